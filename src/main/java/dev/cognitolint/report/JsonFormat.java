package dev.cognitolint.report;

import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import java.io.PrintWriter;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * cognito-lint's own JSON, for scripts: its shape is {@code
 * schemas/cognito-lint-report.schema.json} and changes only with {@link #FORMAT_VERSION}.
 */
public final class JsonFormat implements ReportFormat {

  static final int FORMAT_VERSION = 1;

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(Report report, ReportOptions options, PrintWriter out) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.putObject("tool").put("name", SarifFormat.TOOL_NAME).put("version", report.version());
    Report.Counts counts = report.counts();
    root.putObject("summary")
        .put("files", report.files().size())
        .put("filesWithFindings", counts.filesWithFindings())
        .put("errors", counts.errors())
        .put("warnings", counts.warnings())
        .put("notes", counts.notes())
        .put("suppressed", counts.suppressed());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n =
          findings
              .addObject()
              .put("ruleId", f.rule().id())
              .put("ruleName", f.rule().name())
              .put("severity", f.severity().label())
              .put("message", f.message())
              .put("path", f.path())
              .put("line", f.span().line())
              .put("column", f.span().column())
              .put("endLine", f.span().endLine())
              .put("endColumn", f.span().endColumn())
              .put("location", f.location())
              .put("fingerprint", Fingerprints.of(f))
              .put("suppressed", f.isSuppressed());
      if (f.isSuppressed()) n.put("justification", f.suppression());
      if (f.fix() != null) n.set("fix", fix(f.fix()));
    }
    ArrayNode errors = root.putArray("errors");
    report.errors().forEach(errors::add);
    ArrayNode skipped = root.putArray("skipped");
    report.skipped().forEach(skipped::add);
    out.print(Json.pretty(root));
  }

  private static ObjectNode fix(Fix fix) {
    ObjectNode node =
        Json.NODES
            .objectNode()
            .put("description", fix.description())
            .put("applicability", fix.applicability().name().toLowerCase(Locale.ROOT));
    ArrayNode edits = node.putArray("edits");
    for (Edit e : fix.edits()) {
      edits
          .addObject()
          .put("line", e.span().line())
          .put("column", e.span().column())
          .put("endLine", e.span().endLine())
          .put("endColumn", e.span().endColumn())
          .put("offset", e.offset())
          .put("length", e.length())
          .put("text", e.text());
    }
    return node;
  }
}
