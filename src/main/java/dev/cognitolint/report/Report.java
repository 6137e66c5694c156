package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import java.util.List;

/**
 * Everything a report format needs from one run.
 *
 * @param findings in report order, suppressed ones included
 * @param rules every rule that could report, by id
 * @param files the files linted, as shown in reports, in the order linted
 * @param errors paths that could not be used (missing, unreadable directories)
 * @param version the linter's version
 * @param config the configuration files used (each file's nearest), as shown (relative to the
 *     working directory when below it) and comma-separated, or null for none
 * @param skipped what the run passed over and why: what a folder walk skipped (FIFOs, devices,
 *     sockets) and the suppressions that --no-inline-suppressions ignored
 * @param sources the lines findings point at, for {@code --show-source}; {@link SourceLines#NONE}
 *     when not kept
 */
public record Report(
    List<Finding> findings,
    List<RuleMeta> rules,
    List<String> files,
    List<String> errors,
    String version,
    String config,
    List<String> skipped,
    SourceLines sources) {

  /** A report of a run without a configuration file that skipped nothing. */
  public Report(
      List<Finding> findings,
      List<RuleMeta> rules,
      List<String> files,
      List<String> errors,
      String version) {
    this(findings, rules, files, errors, version, null, List.of(), SourceLines.NONE);
  }

  /** The same report with only its errors, for {@code --quiet}. */
  public Report errorsOnly() {
    return new Report(
        findings.stream().filter(f -> f.severity() == Severity.ERROR).toList(),
        rules,
        files,
        errors,
        version,
        config,
        skipped,
        sources);
  }

  /** How many findings of each kind, and in how many files. */
  public record Counts(int errors, int warnings, int notes, int suppressed, int filesWithFindings) {
    public int total() {
      return errors + warnings + notes;
    }
  }

  /** The findings that are not suppressed. */
  public List<Finding> reported() {
    return findings.stream().filter(f -> !f.isSuppressed()).toList();
  }

  public Counts counts() {
    List<Finding> reported = reported();
    int[] bySeverity = new int[Severity.values().length];
    for (Finding f : reported) bySeverity[f.severity().ordinal()]++;
    return new Counts(
        bySeverity[Severity.ERROR.ordinal()],
        bySeverity[Severity.WARNING.ordinal()],
        bySeverity[Severity.NOTE.ordinal()],
        findings.size() - reported.size(),
        (int) reported.stream().map(Finding::path).distinct().count());
  }
}
