package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SafeText;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}): each finding
 * becomes an annotation on the pull request's diff, with no upload step.
 */
public final class GithubFormat implements ReportFormat {

  @Override
  public String name() {
    return "github";
  }

  @Override
  public void write(Report report, ReportOptions options, PrintWriter out) {
    for (Finding f : report.reported()) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
          };
      out.printf(
          "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
          command,
          property(f.path()),
          f.span().line(),
          f.span().column(),
          f.span().endLine(),
          f.span().endColumn(),
          property(f.rule().id() + " " + f.rule().name()),
          data(f.message()));
    }
    report.errors().forEach(e -> out.printf("::error::%s\n", data(e)));
  }

  /**
   * A command's message. The actions toolkit escapes {@code %}, CR and LF ({@code %25}, {@code
   * %0D}, {@code %0A}, which the runner undoes); here every control and invisible character is
   * first made visible instead, CR and LF included, so a value's line break shows as {@code \n} and
   * cannot start a line of the log or put a forged finding into an annotation. Then only {@code %}
   * is left to escape.
   */
  static String data(String text) {
    return SafeText.visible(text).replace("%", "%25");
  }

  /** A command's property (file, title): also {@code :} and {@code ,}, which end a property. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
