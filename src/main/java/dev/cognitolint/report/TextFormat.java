package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.Severity;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line a finding, {@code path:line:col: severity: message [ID name]}, the form compilers use
 * and terminals and editors link, with {@code [*]} after it when {@code --fix} repairs it; then a
 * line saying how many findings the fixes would repair, if any, and a one-line summary. For people
 * at a terminal, optionally: colour, the source line under each finding, counts per rule.
 */
public final class TextFormat implements ReportFormat {
  /** The most characters of a source line shown before a span, of the span, and after it. */
  static final int BEFORE = 60;

  static final int SPAN = 120;
  static final int AFTER = 80;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void write(Report report, ReportOptions options, PrintWriter out) {
    boolean color = options.color();
    for (Finding f : report.findings()) {
      if (f.isSuppressed() && !options.showSuppressed()) continue;
      String suppressed =
          !f.isSuppressed()
              ? ""
              : " (suppressed" + (f.suppression().isEmpty() ? "" : ": " + f.suppression()) + ")";
      String where =
          SafeText.path(f.path()) + ":" + f.span().line() + ":" + f.span().column() + ":";
      String line =
          style(color, BOLD, where)
              + " "
              + style(color, severityColor(f.severity()), f.severity().label() + ":")
              + " "
              + SafeText.visible(f.message())
              + " "
              + style(
                  color, DIM, SafeText.visible("[" + f.rule().id() + " " + f.rule().name() + "]"))
              + (isSafelyFixable(f) ? " [*]" : "")
              + SafeText.visible(suppressed);
      out.print(line + System.lineSeparator());
      if (options.showSource())
        report
            .sources()
            .line(f.path(), f.span().line())
            .ifPresent(text -> frame(f, text, color, out));
    }
    if (options.statistics()) statistics(report, out);
    long safe = report.findings().stream().filter(TextFormat::isSafelyFixable).count();
    long unsafe =
        report.findings().stream().filter(f -> !f.isSuppressed() && f.fix() != null).count() - safe;
    if (safe > 0) {
      out.printf(
          "[*] %d fixable with --fix%s.%n",
          safe, unsafe == 0 ? "" : " (" + unsafe + " more with --fix --unsafe-fixes)");
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
      // A plan's findings are in the .tf files beside it, which may not be among those linted.
      int with = counts.filesWithFindings();
      out.printf(
          "%d %s (%s, %s, %s) in %s%s.%n",
          counts.total(),
          counts.total() == 1 ? "problem" : "problems",
          count(counts.errors(), "error"),
          count(counts.warnings(), "warning"),
          count(counts.notes(), "note"),
          with <= files ? with + " of " + linted : with + " files (" + linted + " linted)",
          hidden);
    }
  }

  /**
   * The finding's line, control characters escaped, with carets under its span, as compilers print
   * it: a span over several lines is marked to the end of its first. A long line is cut around the
   * span, so one finding prints a bounded amount whatever the file holds.
   */
  private static void frame(Finding f, String text, boolean color, PrintWriter out) {
    int length = text.codePointCount(0, text.length());
    int start = Math.min(f.span().column() - 1, length);
    int end =
        f.span().endLine() == f.span().line()
            ? Math.min(Math.max(f.span().endColumn() - 1, start), length)
            : length;
    String before = SafeText.visible(codePoints(text, 0, start));
    String span = SafeText.visible(codePoints(text, start, end));
    String after = SafeText.visible(codePoints(text, end, length));
    if (width(before) > BEFORE)
      before = "..." + codePoints(before, width(before) - BEFORE + 3, width(before));
    if (width(span) > SPAN) {
      span = codePoints(span, 0, SPAN - 3) + "...";
      after = "";
    }
    if (width(after) > AFTER) after = codePoints(after, 0, AFTER - 3) + "...";
    String number = String.valueOf(f.span().line());
    String carets = "^".repeat(Math.max(1, columns(span)));
    out.print(
        " "
            + style(color, DIM, number + " |")
            + " "
            + before
            + span
            + after
            + System.lineSeparator());
    out.print(
        " "
            + style(color, DIM, " ".repeat(number.length()) + " |")
            + " "
            + " ".repeat(columns(before))
            + style(color, severityColor(f.severity()), carets)
            + System.lineSeparator());
  }

  /** Findings per rule, most first, after the findings: {@code count ID name}. */
  private static void statistics(Report report, PrintWriter out) {
    Map<String, Integer> byRule = new LinkedHashMap<>();
    for (Finding f : report.reported())
      byRule.merge(f.rule().id() + " " + f.rule().name(), 1, Integer::sum);
    List<Map.Entry<String, Integer>> rows =
        byRule.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    int digits = rows.stream().mapToInt(r -> String.valueOf(r.getValue()).length()).max().orElse(1);
    for (var row : rows)
      out.print(
          String.format(
                  Locale.ROOT,
                  "%" + digits + "d  %s",
                  row.getValue(),
                  SafeText.visible(row.getKey()))
              + System.lineSeparator());
  }

  private static String severityColor(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case NOTE -> "\u001b[36m";
    };
  }

  private static String style(boolean color, String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String codePoints(String text, int from, int to) {
    return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * The terminal columns the text takes, as wcwidth counts them: East Asian wide and fullwidth
   * characters and emoji take two, combining marks none, so the carets line up under the span.
   */
  static int columns(String text) {
    return text.codePoints().map(TextFormat::columns).sum();
  }

  private static int columns(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || c == 0x200B
        || (c >= 0x1160 && c <= 0x11FF)) return 0;
    boolean wide =
        (c >= 0x1100 && c <= 0x115F)
            || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
            || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6)
            || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF)
            || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /** What --fix repairs: Ruff's [*]. */
  private static boolean isSafelyFixable(Finding f) {
    return !f.isSuppressed()
        && f.fix() != null
        && f.fix().applicability() == Fix.Applicability.SAFE;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
