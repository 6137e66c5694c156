package dev.cognitolint.report;

import java.io.PrintWriter;

/**
 * A report format: what {@code --format} and {@code --report} name, and how a run's report is
 * written in it. A new format is a class of this interface and one line in {@link ReportFormats}.
 */
public interface ReportFormat {

  /** The name on the command line ({@code --format NAME}), lower case. */
  String name();

  /** Writes the whole report; the options a format has no use for it ignores. */
  void write(Report report, ReportOptions options, PrintWriter out);
}
