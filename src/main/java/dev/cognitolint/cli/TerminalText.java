package dev.cognitolint.cli;

import dev.cognitolint.model.SafeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule doc (Markdown) as plain text for a terminal: headings underlined, tables as aligned
 * columns, code blocks indented, links as "text (url)", emphasis and backticks dropped. Control
 * characters are escaped, because a plugin's doc is not ours to trust.
 */
final class TerminalText {
  private TerminalText() {}

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*([^*]+)\\*\\*|`([^`]*)`");

  static String render(String markdown) {
    List<String> out = new ArrayList<>();
    List<String[]> table = new ArrayList<>();
    boolean code = false;
    for (String raw : escape(markdown).split("\n", -1)) {
      String line = raw.stripTrailing();
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      if (code) {
        out.add("    " + line);
        continue;
      }
      if (line.startsWith("|")) {
        if (!line.matches("\\|[\\s|:-]+\\|")) table.add(cells(line));
        continue;
      }
      if (!table.isEmpty()) {
        out.addAll(columns(table));
        table.clear();
      }
      if (line.startsWith("# ")) {
        underline(out, inline(line.substring(2)), '=');
      } else if (line.startsWith("## ")) {
        underline(out, inline(line.substring(3)), '-');
      } else {
        out.add(inline(line));
      }
    }
    if (!table.isEmpty()) out.addAll(columns(table));
    return String.join("\n", out).strip() + "\n";
  }

  /** Control characters as \\uXXXX, tabs and line ends kept. */
  /**
   * The text with its line breaks kept and every other unsafe character made visible (SafeText).
   */
  static String escape(String text) {
    return Arrays.stream(text.split("\n", -1))
        .map(SafeText::visible)
        .collect(Collectors.joining("\n"));
  }

  private static void underline(List<String> out, String heading, char mark) {
    if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) out.add("");
    out.add(heading);
    out.add(String.valueOf(mark).repeat(heading.codePointCount(0, heading.length())));
  }

  private static String inline(String text) {
    String linked =
        LINK.matcher(text)
            .replaceAll(
                m ->
                    java.util.regex.Matcher.quoteReplacement(
                        m.group(2).isEmpty() ? m.group(1) : m.group(1) + " (" + m.group(2) + ")"));
    return EMPHASIS
        .matcher(linked)
        .replaceAll(
            m ->
                java.util.regex.Matcher.quoteReplacement(
                    m.group(1) != null ? m.group(1) : m.group(2)));
  }

  private static String[] cells(String row) {
    String inner =
        row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    String[] cells = inner.split("(?<!\\\\)\\|", -1);
    for (int i = 0; i < cells.length; i++) cells[i] = inline(cells[i].strip().replace("\\|", "|"));
    return cells;
  }

  /**
   * A header row and one row (the docs' summary table) as "Header: value" lines; larger tables as
   * columns.
   */
  private static List<String> columns(List<String[]> rows) {
    List<String> out = new ArrayList<>();
    if (rows.size() == 2) {
      String[] header = rows.get(0);
      String[] values = rows.get(1);
      for (int i = 0; i < header.length && i < values.length; i++)
        out.add(header[i] + ": " + values[i]);
      return out;
    }
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows)
      for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++)
        line.append(i == 0 ? "" : "  ")
            .append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s", row[i]));
      out.add(line.toString().stripTrailing());
    }
    return out;
  }
}
