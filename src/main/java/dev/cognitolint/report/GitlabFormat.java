package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GitLab Code Quality report ({@code artifacts: reports: codequality:}), the Code Climate subset
 * GitLab reads: description, check_name, fingerprint, severity and location.
 */
public final class GitlabFormat implements ReportFormat {

  @Override
  public String name() {
    return "gitlab";
  }

  @Override
  public void write(Report report, ReportOptions options, PrintWriter out) {
    ArrayNode issues = Json.NODES.arrayNode();
    Map<String, Integer> seen = new HashMap<>();
    for (Finding f : report.reported()) {
      // GitLab shows only the first issue of a fingerprint; a repeat gets its occurrence number.
      String fingerprint = Fingerprints.of(f);
      int occurrence = seen.merge(fingerprint, 1, Integer::sum);
      if (occurrence > 1) fingerprint += "-" + occurrence;
      ObjectNode issue =
          issues
              .addObject()
              .put("description", f.message())
              .put("check_name", f.rule().id() + " " + f.rule().name())
              .put("fingerprint", fingerprint)
              .put(
                  "severity",
                  switch (f.severity()) {
                    case ERROR -> "major";
                    case WARNING -> "minor";
                    case NOTE -> "info";
                  });
      issue
          .putObject("location")
          .put("path", f.path())
          .putObject("lines")
          .put("begin", f.span().line())
          .put("end", f.span().endLine());
    }
    out.print(Json.pretty(issues));
  }
}
