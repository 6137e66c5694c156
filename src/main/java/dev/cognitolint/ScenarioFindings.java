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
   * "when A is true and B is false, or when ...": the assignments of the fewest conditions that
   * decide whether a scenario is among those given.
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
        if (!decides) continue;
        List<String> cases = new ArrayList<>();
        for (List<Boolean> values : among) {
          List<String> parts = new ArrayList<>();
          int k = 0;
          for (int c = 0; c < n; c++) {
            if ((subset & 1 << c) != 0) parts.add(conditions.get(c) + " is " + values.get(k++));
          }
          cases.add("when " + String.join(" and ", parts));
        }
        return String.join(", or ", cases);
      }
    }
    throw new IllegalStateException("the full assignment decides every scenario");
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
