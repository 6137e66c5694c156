package dev.cognitolint.report;

import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import java.io.PrintWriter;

/**
 * One line a finding, {@code path:line:col: severity: message [ID name]}, the form compilers use
 * and terminals and editors link, with {@code [*]} after it when {@code --fix} repairs it; then a
 * line saying how many findings the fixes would repair, if any, and a one-line summary.
 */
public final class TextFormat {
  private TextFormat() {}

  public static void write(Report report, boolean showSuppressed, PrintWriter out) {
    for (Finding f : report.findings()) {
      if (f.isSuppressed() && !showSuppressed) continue;
      String suppressed = !f.isSuppressed() ? "" : " (suppressed" + (f.suppression().isEmpty() ? "" : ": " + f.suppression()) + ")";
      String line = String.format("%s:%d:%d: %s: %s [%s %s]%s%s", SafeText.path(f.path()), f.span().line(), f.span().column(),
          f.severity().label(), f.message(), f.rule().id(), f.rule().name(), isSafelyFixable(f) ? " [*]" : "", suppressed);
      out.print(SafeText.visible(line) + System.lineSeparator());
    }
    long safe = report.findings().stream().filter(TextFormat::isSafelyFixable).count();
    long unsafe = report.findings().stream().filter(f -> !f.isSuppressed() && f.fix() != null).count() - safe;
    if (safe > 0) {
      out.printf("[*] %d fixable with --fix%s.%n", safe, unsafe == 0 ? "" : " (" + unsafe + " more with --fix --unsafe-fixes)");
    } else if (unsafe > 0) {
      out.printf("%d fixable with --fix --unsafe-fixes.%n", unsafe);
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

  /** What --fix repairs: Ruff's [*]. */
  private static boolean isSafelyFixable(Finding f) {
    return !f.isSuppressed() && f.fix() != null && f.fix().applicability() == Fix.Applicability.SAFE;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
