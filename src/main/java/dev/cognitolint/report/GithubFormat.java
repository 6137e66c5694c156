package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}): each finding
 * becomes an annotation on the pull request's diff, with no upload step.
 */
public final class GithubFormat {
  private GithubFormat() {}

  public static void write(Report report, PrintWriter out) {
    for (Finding f : report.reported()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case NOTE -> "notice";
      };
      out.printf("::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", command,
          property(f.path()), f.span().line(), f.span().column(), f.span().endLine(), f.span().endColumn(),
          property(f.rule().id() + " " + f.rule().name()), data(f.message()));
    }
    report.errors().forEach(e -> out.printf("::error::%s\n", data(e)));
  }

  /** The escaping of the actions toolkit: a message may not break the line the command is on. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
