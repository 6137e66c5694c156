package dev.cognitolint;

import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.Scenarios.Scenario;
import dev.cognitolint.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The findings of a client's scenarios as one client's: each once, and one that only some scenarios
 * have says when, by the fewest conditions that tell them apart ({@code (when IsProd is false)}).
 */
final class ScenarioFindings {
  private ScenarioFindings() {}

  private record Key(String rule, Span span, String message) {}

  /** A finding and the scenarios that have it, by index, with the fix each gave. */
  private static final class Occurrences {
    final Finding first;
    final Set<Integer> scenarios = new LinkedHashSet<>();
    final List<Fix> fixes = new ArrayList<>();

    Occurrences(Finding first) {
      this.first = first;
    }
  }

  /**
   * @param findings the findings of each scenario, in the order of {@code scenarios}
   */
  static List<Finding> merge(List<Scenario> scenarios, List<List<Finding>> findings) {
    Map<Key, Occurrences> byKey = new LinkedHashMap<>();
    for (int i = 0; i < scenarios.size(); i++) {
      for (Finding f : findings.get(i)) {
        Occurrences o =
            byKey.computeIfAbsent(
                new Key(f.rule().id(), f.span(), f.message()), k -> new Occurrences(f));
        if (o.scenarios.add(i)) o.fixes.add(f.fix());
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Occurrences o : byKey.values()) {
      Fix fix = o.fixes.stream().distinct().count() == 1 ? o.fixes.get(0) : null;
      if (o.scenarios.size() == scenarios.size()) {
        out.add(o.first.withFix(fix));
        continue;
      }
      // A fix of a finding some branches have must edit only that branch's own text.
      if (fix != null && !fix.edits().stream().allMatch(e -> within(e, o.first.span()))) fix = null;
      out.add(
          new Finding(
              o.first.rule(),
              o.first.severity(),
              o.first.message() + " (" + when(scenarios, o.scenarios) + ")",
              o.first.path(),
              o.first.span(),
              o.first.location(),
              o.first.suppression(),
              o.first.subject(),
              fix));
    }
    return out;
  }

  private static boolean within(Edit edit, Span span) {
    Span e = edit.span();
    return Span.at(e.line(), e.column()).compareTo(Span.at(span.line(), span.column())) >= 0
        && Span.at(e.endLine(), e.endColumn()).compareTo(Span.at(span.endLine(), span.endColumn()))
            <= 0;
  }

  /**
   * "when A is true and B is false, or when ...": the fewest conditions that decide whether a
   * scenario is among those given, and the fewest of their values in each case.
   */
  static String when(List<Scenario> scenarios, Set<Integer> present) {
    List<String> conditions = new ArrayList<>(scenarios.get(0).assignment().keySet());
    int n = conditions.size();
    for (int size = 1; size <= n; size++) {
      for (int subset = 1; subset < 1 << n; subset++) {
        if (Integer.bitCount(subset) != size) continue;
        Set<List<Boolean>> among = new LinkedHashSet<>();
        for (int i : present) among.add(project(scenarios.get(i), conditions, subset));
        boolean decides = true;
        for (int i = 0; i < scenarios.size() && decides; i++) {
          decides =
              present.contains(i) == among.contains(project(scenarios.get(i), conditions, subset));
        }
        if (decides) return cases(conditions, subset, among);
      }
    }
    throw new IllegalStateException("the full assignment decides every scenario");
  }

  /**
   * The cases of values of the subset's conditions that are among those given, each as few values
   * as stay among them (A is true or B is true, not three full cases).
   */
  private static String cases(List<String> conditions, int subset, Set<List<Boolean>> among) {
    List<Integer> decided = new ArrayList<>();
    for (int c = 0; c < conditions.size(); c++) if ((subset & 1 << c) != 0) decided.add(c);
    List<Map<Integer, Boolean>> terms = new ArrayList<>();
    for (List<Boolean> values : among) {
      Map<Integer, Boolean> term = new LinkedHashMap<>();
      for (int k = 0; k < decided.size(); k++) term.put(k, values.get(k));
      if (terms.stream().anyMatch(t -> covers(t, values))) continue;
      for (int k = decided.size() - 1; k >= 0; k--) { // the first conditions stay named
        Boolean value = term.remove(k);
        if (!allAmong(term, decided.size(), among)) term.put(k, value);
      }
      terms.add(term);
    }
    List<String> out = new ArrayList<>();
    for (Map<Integer, Boolean> term : terms) {
      List<String> parts = new ArrayList<>();
      new java.util.TreeMap<>(term)
          .forEach((k, v) -> parts.add(conditions.get(decided.get(k)) + " is " + v));
      out.add("when " + String.join(" and ", parts));
    }
    return String.join(", or ", out);
  }

  private static boolean covers(Map<Integer, Boolean> term, List<Boolean> values) {
    return term.entrySet().stream().allMatch(e -> values.get(e.getKey()).equals(e.getValue()));
  }

  /** Whether every case of values that agrees with the term is among those given. */
  private static boolean allAmong(Map<Integer, Boolean> term, int size, Set<List<Boolean>> among) {
    for (int bits = 0; bits < 1 << size; bits++) {
      List<Boolean> values = new ArrayList<>();
      for (int k = 0; k < size; k++) values.add((bits & 1 << k) == 0);
      if (covers(term, values) && !among.contains(values)) return false;
    }
    return true;
  }

  private static List<Boolean> project(Scenario scenario, List<String> conditions, int subset) {
    List<Boolean> out = new ArrayList<>();
    for (int c = 0; c < conditions.size(); c++) {
      if ((subset & 1 << c) != 0) {
        out.add(Objects.requireNonNull(scenario.assignment().get(conditions.get(c))));
      }
    }
    return out;
  }
}
