package dev.cognitolint.report;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.BuildInfo;
import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Span;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, as GitHub code scanning takes it: one run with its category in {@code
 * automationDetails}, every rule in {@code tool.driver.rules}, locations relative to {@code
 * %SRCROOT%}, fingerprints without line numbers so that a finding keeps its identity when code
 * moves, and no more results than code scanning accepts.
 */
public final class SarifFormat implements ReportFormat {

  public static final String TOOL_NAME = "cognito-lint";
  public static final String INFORMATION_URI = "https://github.com/cognito-lint/cognito-lint";

  /** GitHub code scanning rejects a run with more results than this. */
  static final int MAX_RESULTS = 25_000;

  @Override
  public String name() {
    return "sarif";
  }

  /**
   * The options' SARIF category tells this run apart from others of the same commit (GitHub keeps
   * one run per category).
   */
  @Override
  public void write(Report report, ReportOptions options, PrintWriter out) {
    String version = report.version();
    ObjectNode sarif = Json.NODES.objectNode();
    sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    sarif.put("version", "2.1.0");
    ObjectNode run = sarif.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL_NAME);
    driver.put("version", version);
    driver.put("semanticVersion", version);
    driver.put("informationUri", INFORMATION_URI);
    ObjectNode properties = driver.putObject("properties");
    properties.put("apiModelDate", BuildInfo.apiModelDate());
    properties.put("awsSdkVersion", BuildInfo.awsSdkVersion());
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleMeta rule : report.rules()) {
      ruleIndex.put(rule.id(), rules.size());
      rules.add(rule(rule));
    }

    String category = options.sarifCategory();
    run.putObject("automationDetails")
        .put("id", category.endsWith("/") ? category : category + "/");

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", report.errors().isEmpty());
    if (report.config() != null)
      invocation.putObject("properties").put("configurationFile", report.config());
    ArrayNode notifications = Json.NODES.arrayNode();
    for (String error : report.errors()) notifications.add(notification("error", error, null));
    for (String skipped : report.skipped()) notifications.add(notification("note", skipped, null));
    for (Finding f : report.findings()) {
      // A file that could not be read is a result, and also what code scanning shows as a tool
      // problem.
      if (UNREADABLE.contains(f.rule().id()))
        notifications.add(notification("warning", f.message(), f));
    }

    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      if (results.size() == MAX_RESULTS) {
        notifications.add(
            notification(
                "warning",
                "only the first "
                    + MAX_RESULTS
                    + " of "
                    + report.findings().size()
                    + " results are in this report (the most GitHub code scanning accepts); lint fewer files at a time",
                null));
        break;
      }
      results.add(result(f, ruleIndex.get(f.rule().id())));
    }
    if (!notifications.isEmpty()) invocation.set("toolExecutionNotifications", notifications);
    run.put("columnKind", "unicodeCodePoints");
    out.print(Json.pretty(sarif));
  }

  /** The input rules whose findings mean a file was not linted. */
  private static final List<String> UNREADABLE =
      Stream.of(InputRule.SYNTAX_ERROR, InputRule.UNREADABLE_FILE, InputRule.INPUT_LIMIT)
          .map(rule -> rule.meta().id())
          .toList();

  private static ObjectNode notification(String level, String text, Finding about) {
    ObjectNode n = Json.NODES.objectNode();
    n.put("level", level);
    n.putObject("message").put("text", about == null ? text : about.path() + ": " + text);
    if (about != null) {
      n.putArray("locations")
          .addObject()
          .putObject("physicalLocation")
          .set("artifactLocation", artifactLocation(about.path()));
      n.putObject("associatedRule").put("id", about.rule().id());
    }
    return n;
  }

  private static ObjectNode rule(RuleMeta rule) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("id", rule.id());
    node.put("name", rule.name());
    node.putObject("shortDescription").put("text", rule.summary());
    String markdown = RuleDocs.markdown(rule).orElse(null);
    String full =
        markdown == null ? rule.summary() : RuleDocs.rationale(markdown).orElse(rule.summary());
    node.putObject("fullDescription").put("text", full);
    node.put("helpUri", rule.docsUrl());
    ObjectNode help = node.putObject("help");
    help.put("text", rule.summary() + " See " + rule.docsUrl());
    if (markdown != null) help.put("markdown", markdown);
    node.putObject("defaultConfiguration").put("level", rule.severity().label());
    ObjectNode properties = node.putObject("properties");
    ArrayNode tags = properties.putArray("tags");
    if (rule.security()) tags.add("security");
    tags.add("cognito");
    if (rule.security()) properties.put("security-severity", securitySeverity(rule.severity()));
    if (rule.fixable())
      properties.put("fixable", rule.fix().name().toLowerCase(java.util.Locale.ROOT));
    return node;
  }

  /** GitHub's scale: 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
  private static String securitySeverity(Severity severity) {
    return switch (severity) {
      case ERROR -> "7.5";
      case WARNING -> "5.0";
      case NOTE -> "2.0";
    };
  }

  private static ObjectNode result(Finding f, int ruleIndex) {
    ObjectNode result = Json.NODES.objectNode();
    result.put("ruleId", f.rule().id());
    result.put("ruleIndex", ruleIndex);
    result.put("level", f.severity().label());
    result.putObject("message").put("text", f.message());
    ObjectNode location = result.putArray("locations").addObject();
    location.set("physicalLocation", physicalLocation(f.path(), f.span()));
    if (!f.location().isEmpty()) {
      location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.location());
    }
    if (!f.related().isEmpty()) {
      ArrayNode related = result.putArray("relatedLocations");
      for (int i = 0; i < f.related().size(); i++) {
        ObjectNode other = related.addObject();
        other.put("id", i + 1);
        other.set("physicalLocation", physicalLocation(f.path(), f.related().get(i).span()));
        other.putObject("message").put("text", f.related().get(i).message());
      }
    }
    result.putObject("partialFingerprints").put(Fingerprints.SARIF_KEY, Fingerprints.of(f));
    if (f.fix() != null) result.putArray("fixes").add(fix(f));
    if (f.isSuppressed()) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      if (!f.suppression().isEmpty()) suppression.put("justification", f.suppression());
    }
    return result;
  }

  /**
   * The fix as SARIF's: one artifact change of the finding's file; regions in lines and columns and
   * in code points.
   */
  private static ObjectNode fix(Finding f) {
    ObjectNode fix = Json.NODES.objectNode();
    fix.putObject("description")
        .put(
            "text",
            f.fix().description()
                + (f.fix().applicability() == Fix.Applicability.SAFE
                    ? " (safe: --fix)"
                    : " (unsafe: --fix --unsafe-fixes)"));
    ObjectNode change = fix.putArray("artifactChanges").addObject();
    change.set("artifactLocation", artifactLocation(f.path()));
    ArrayNode replacements = change.putArray("replacements");
    for (Edit e : f.fix().edits()) {
      ObjectNode replacement = replacements.addObject();
      replacement.set(
          "deletedRegion",
          region(e.span()).put("charOffset", e.offset()).put("charLength", e.length()));
      replacement.putObject("insertedContent").put("text", e.text());
    }
    return fix;
  }

  private static ObjectNode physicalLocation(String path, Span span) {
    ObjectNode physical = Json.NODES.objectNode();
    physical.set("artifactLocation", artifactLocation(path));
    physical.set("region", region(span));
    return physical;
  }

  private static ObjectNode region(Span span) {
    return Json.NODES
        .objectNode()
        .put("startLine", span.line())
        .put("startColumn", span.column())
        .put("endLine", span.endLine())
        .put("endColumn", span.endColumn());
  }

  /**
   * Where a file is: relative to {@code %SRCROOT%} (the working directory) when its path is
   * relative, as code scanning needs; an absolute {@code file:} URI for a file outside it.
   */
  static ObjectNode artifactLocation(String path) {
    ObjectNode location = Json.NODES.objectNode();
    if (!path.equals("-") && Path.of(path).isAbsolute())
      return location.put("uri", Path.of(path).toUri().toASCIIString());
    try {
      location.put(
          "uri", new URI(null, null, path.equals("-") ? "stdin" : path, null).toASCIIString());
    } catch (URISyntaxException e) {
      location.put("uri", path);
    }
    return location.put("uriBaseId", "%SRCROOT%");
  }
}
