package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as test results: a test suite a file, a
 * failed test case a finding, and one passing case for a file without findings.
 */
public final class JunitFormat implements ReportFormat {

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public void write(Report report, ReportOptions options, PrintWriter out) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    report.files().stream().sorted().forEach(file -> byFile.put(file, new ArrayList<>()));
    for (Finding f : report.reported())
      byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
    int failures = report.reported().size();
    int tests = byFile.values().stream().mapToInt(list -> Math.max(1, list.size())).sum();

    out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.printf(
        "<testsuites name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n",
        SarifFormat.TOOL_NAME, tests, failures);
    for (var file : byFile.entrySet()) {
      List<Finding> findings = file.getValue();
      String name = xml(file.getKey());
      out.printf(
          "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n",
          name, Math.max(1, findings.size()), findings.size());
      if (findings.isEmpty())
        out.printf("    <testcase classname=\"%s\" name=\"no problems\"/>\n", name);
      for (Finding f : findings) {
        String where = f.path() + ":" + f.span().line() + ":" + f.span().column();
        out.printf(
            "    <testcase classname=\"%s\" name=\"%s\">\n",
            name, xml(f.rule().id() + " " + f.rule().name() + " at " + where));
        out.printf(
            "      <failure type=\"%s\" message=\"%s\">%s</failure>\n",
            f.severity().label(),
            xml(f.message()),
            xml(
                    where
                        + ": "
                        + f.severity().label()
                        + ": "
                        + f.message()
                        + " ["
                        + f.rule().id()
                        + " "
                        + f.rule().name()
                        + "]")
                + "\n"
                + xml(f.rule().docsUrl()));
        out.print("    </testcase>\n");
      }
      out.print("  </testsuite>\n");
    }
    out.print("</testsuites>\n");
  }

  /**
   * Escapes text for an attribute or element. Control characters are made visible first (XML 1.0
   * cannot hold most of them even as character references, and an attribute's line breaks would be
   * read as spaces); what XML 1.0 still cannot hold (U+FFFE, U+FFFF) becomes U+FFFD.
   */
  static String xml(String text) {
    StringBuilder b = new StringBuilder(text.length());
    SafeText.visible(text)
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                  boolean allowed =
                      (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                  b.appendCodePoint(allowed ? c : 0xFFFD);
                }
              }
            });
    return b.toString();
  }
}
