package dev.cognitolint.report;

/**
 * The options of every report format, in one object; a format uses those it has a use for.
 *
 * @param showSuppressed text: also print suppressed findings
 * @param sarifCategory SARIF: the run's {@code automationDetails} id, which tells this run apart
 *     from other cognito-lint runs uploaded for the same commit
 * @param color text: ANSI colours (only for a terminal)
 * @param showSource text: under each finding, its line with a caret under the span (from {@link
 *     Report#sources()})
 * @param statistics text: how many findings each rule reported
 */
public record ReportOptions(
    boolean showSuppressed,
    String sarifCategory,
    boolean color,
    boolean showSource,
    boolean statistics) {

  /** What {@code --format} writes without other options. */
  public static final ReportOptions DEFAULT =
      new ReportOptions(false, "cognito-lint", false, false, false);

  /**
   * The same options with colour on or off: colour is for the report a terminal shows, never for a
   * file.
   */
  public ReportOptions withColor(boolean on) {
    return new ReportOptions(showSuppressed, sarifCategory, on, showSource, statistics);
  }
}
