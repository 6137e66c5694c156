package dev.cognitolint.report;

import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.Finding;
import java.io.PrintWriter;

/**
 * One line a finding, {@code path:line:col: severity: message [ID name]}, the form compilers use
 * and terminals and editors link; then a one-line summary.
 */
public final class TextFormat implements ReportFormat {

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void write(Report report, ReportOptions options, PrintWriter out) {
    for (Finding f : report.findings()) {
      if (f.isSuppressed() && !options.showSuppressed()) continue;
      String suppressed = !f.isSuppressed() ? "" : " (suppressed" + (f.suppression().isEmpty() ? "" : ": " + f.suppression()) + ")";
      String line = String.format("%s:%d:%d: %s: %s [%s %s]%s", SafeText.path(f.path()), f.span().line(), f.span().column(),
          f.severity().label(), f.message(), f.rule().id(), f.rule().name(), suppressed);
      out.print(SafeText.visible(line) + System.lineSeparator());
    }
    Report.Counts counts = report.counts();
    int files = report.files().size();
    String linted = files + (files == 1 ? " file" : " files");
    String hidden = counts.suppressed() == 0 ? "" : " (" + counts.suppressed() + " suppressed)";
    if (counts.total() == 0) {
      out.printf("No problems found in %s%s.%n", linted, hidden);
    } else {
      out.printf("%d %s (%s, %s, %s) in %d of %s%s.%n", counts.total(), counts.total() == 1 ? "problem" : "problems",
          count(counts.errors(), "error"), count(counts.warnings(), "warning"), count(counts.notes(), "note"),
          counts.filesWithFindings(), linted, hidden);
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
