package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Severity;
import java.io.PrintWriter;

/**
 * One line a finding, {@code path:line:col: severity: message [ID name]}, the form compilers use
 * and terminals and editors link; then a one-line summary.
 */
public final class TextFormat {
  private TextFormat() {}

  public static void write(Report report, boolean showSuppressed, PrintWriter out) {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    java.util.Set<String> files = new java.util.HashSet<>();
    for (Finding f : report.findings()) {
      if (f.isSuppressed()) {
        suppressed++;
        if (showSuppressed) {
          out.printf("%s:%d:%d: %s: %s [%s %s] (suppressed%s)%n", f.path(), f.span().line(), f.span().column(),
              f.severity().label(), f.message(), f.rule().id(), f.rule().name(),
              f.suppression().isEmpty() ? "" : ": " + f.suppression());
        }
        continue;
      }
      out.printf("%s:%d:%d: %s: %s [%s %s]%n", f.path(), f.span().line(), f.span().column(),
          f.severity().label(), f.message(), f.rule().id(), f.rule().name());
      files.add(f.path());
      if (f.severity() == Severity.ERROR) errors++;
      else if (f.severity() == Severity.WARNING) warnings++;
      else notes++;
    }
    int total = errors + warnings + notes;
    String linted = report.filesLinted() + (report.filesLinted() == 1 ? " file" : " files");
    String hidden = suppressed == 0 ? "" : " (" + suppressed + " suppressed)";
    if (total == 0) {
      out.printf("No problems found in %s%s.%n", linted, hidden);
    } else {
      out.printf("%d %s (%s, %s, %s) in %d of %s%s.%n", total, total == 1 ? "problem" : "problems",
          count(errors, "error"), count(warnings, "warning"), count(notes, "note"), files.size(), linted, hidden);
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
