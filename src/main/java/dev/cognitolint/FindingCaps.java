package dev.cognitolint;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Suppression;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How many findings a file and a run report at most, so that memory follows the input and not what
 * its aliases and lists make of it (40,000 aliases of one client gave 720,000 findings; 10^6 http
 * callbacks 10^6). What is past a cap is counted, and one CL004 finding says so.
 */
final class FindingCaps {
  static final int MAX_PER_FILE = Limits.MAX_FINDINGS_PER_FILE;
  static final int MAX_PER_RUN = 100_000;

  private FindingCaps() {}

  /**
   * The findings of one file, as they are found: each once, and at most {@link #MAX_PER_FILE}. A
   * finding equal to one already kept but for its logical location (what a YAML alias repeats: the
   * same rule and message at the anchor's text, see Locations) is not added again, and {@code add}
   * returns false for it as for one past the cap and one of a rule that is off. Findings of
   * resources with suppressions of their own (CloudFormation {@code Metadata}) are not merged with
   * those of other resources: the suppressions could tell them apart. The resources a Fn::ForEach
   * body generates share its suppressions (written once), so their findings are merged.
   */
  static final class FileFindings extends AbstractList<Finding> {
    private record Key(String rule, Span span, String message, List<Span> suppressions) {}

    private final String path;
    private final Predicate<String> enabled;
    private final List<Finding> kept = new ArrayList<>();
    private final Set<Key> seen = new HashSet<>();
    private final List<Suppression> resourceSuppressions = new ArrayList<>();
    private long dropped;

    /**
     * @param enabled which rule ids are on: the findings of the others take no place under the cap
     */
    FileFindings(String path, Predicate<String> enabled) {
      this.path = path;
      this.enabled = enabled;
    }

    @Override
    public boolean add(Finding finding) {
      if (!enabled.test(finding.rule().id())) return false;
      Key key =
          new Key(
              finding.rule().id(),
              finding.span(),
              finding.message(),
              resourceSuppressionsOf(finding));
      if (seen.contains(key)) return false;
      if (kept.size() >= MAX_PER_FILE) {
        dropped++;
        return false;
      }
      seen.add(key);
      return kept.add(finding);
    }

    /** Notes the resource suppressions of a document, before its clients are checked. */
    void resourceSuppressions(List<Suppression> suppressions) {
      for (Suppression s : suppressions) {
        if (s.scope() == Suppression.Scope.RESOURCE) resourceSuppressions.add(s);
      }
    }

    /**
     * Where the resource suppressions that could cover the finding are written (whose resource
     * {@link Suppression#covers} it).
     */
    private List<Span> resourceSuppressionsOf(Finding finding) {
      if (resourceSuppressions.isEmpty()) return List.of();
      String location = finding.location();
      return resourceSuppressions.stream()
          .filter(s -> location.equals(s.resource()) || location.startsWith(s.resource() + "/"))
          .map(Suppression::span)
          .distinct()
          .toList();
    }

    @Override
    public Finding get(int index) {
      return kept.get(index);
    }

    @Override
    public int size() {
      return kept.size();
    }

    /** The CL004 finding that says how many were not kept, if any were not. */
    List<Finding> overflow() {
      if (dropped == 0) return List.of();
      return List.of(
          notice(
              path,
              "this file has more findings than the "
                  + number(MAX_PER_FILE)
                  + " a file reports: the first "
                  + number(MAX_PER_FILE)
                  + " found are reported, "
                  + number(dropped)
                  + " more are not (a generated or hostile file?)"));
    }
  }

  /**
   * The findings of a run in report order, the first {@link #MAX_PER_RUN} of them and a CL004
   * finding for the rest.
   */
  static List<Finding> perRun(List<Finding> findings) {
    if (findings.size() <= MAX_PER_RUN) return findings;
    List<Finding> out = new ArrayList<>(findings.subList(0, MAX_PER_RUN));
    Finding first = findings.get(MAX_PER_RUN);
    out.add(
        notice(
            first.path(),
            "this run has more findings than the "
                + number(MAX_PER_RUN)
                + " a run reports: "
                + number(findings.size() - MAX_PER_RUN)
                + " more, from here on, are not reported; lint fewer files at a time"));
    return out;
  }

  private static Finding notice(String path, String message) {
    RuleMeta limit = InputRule.INPUT_LIMIT.meta();
    return new Finding(limit, limit.severity(), message, path, Span.START, "");
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
