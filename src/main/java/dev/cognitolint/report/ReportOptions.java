package dev.cognitolint.report;

/**
 * The options of every report format, in one object.
 *
 * @param showSuppressed text: also print suppressed findings
 * @param sarifCategory  SARIF: the run's {@code automationDetails} id, which tells this run apart
 *     from other cognito-lint runs uploaded for the same commit
 */
public record ReportOptions(boolean showSuppressed, String sarifCategory) {

  /** What {@code --format} writes without other options. */
  public static final ReportOptions DEFAULT = new ReportOptions(false, "cognito-lint");
}
