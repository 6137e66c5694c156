package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * SARIF 2.1.0, as GitHub code scanning takes it: one run, every rule in {@code tool.driver.rules},
 * locations relative to {@code %SRCROOT%}, and fingerprints without line numbers so that a finding
 * keeps its identity when code moves.
 */
public final class SarifFormat {
  private SarifFormat() {}

  public static final String TOOL_NAME = "cognito-lint";
  public static final String INFORMATION_URI = "https://github.com/cognito-lint/cognito-lint";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public static void write(Report report, String version, PrintWriter out) {
    ObjectNode sarif = NODES.objectNode();
    sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    sarif.put("version", "2.1.0");
    ObjectNode run = sarif.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL_NAME);
    driver.put("version", version);
    driver.put("semanticVersion", version);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleMeta rule : report.rules()) {
      ruleIndex.put(rule.id(), rules.size());
      rules.add(rule(rule));
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", report.errors().isEmpty());
    if (!report.errors().isEmpty()) {
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (String error : report.errors()) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", error);
      }
    }

    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      results.add(result(f, ruleIndex.get(f.rule().id())));
    }
    run.put("columnKind", "unicodeCodePoints");

    String json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(sarif);
    out.print(json.replace("\r\n", "\n"));
    out.print("\n");
  }

  private static ObjectNode rule(RuleMeta rule) {
    ObjectNode node = NODES.objectNode();
    node.put("id", rule.id());
    node.put("name", rule.name());
    node.putObject("shortDescription").put("text", rule.summary());
    String markdown = RuleDocs.markdown(rule).orElse(null);
    String full = markdown == null ? rule.summary() : RuleDocs.rationale(markdown).orElse(rule.summary());
    node.putObject("fullDescription").put("text", full);
    node.put("helpUri", rule.docsUrl());
    ObjectNode help = node.putObject("help");
    help.put("text", rule.summary() + " See " + rule.docsUrl());
    if (markdown != null) help.put("markdown", markdown);
    node.putObject("defaultConfiguration").put("level", rule.severity().label());
    ArrayNode tags = node.putObject("properties").putArray("tags");
    if (rule.security()) tags.add("security");
    tags.add("cognito");
    return node;
  }

  private static ObjectNode result(Finding f, int ruleIndex) {
    ObjectNode result = NODES.objectNode();
    result.put("ruleId", f.rule().id());
    result.put("ruleIndex", ruleIndex);
    result.put("level", f.severity().label());
    result.putObject("message").put("text", f.message());
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(f.path()));
    artifact.put("uriBaseId", "%SRCROOT%");
    ObjectNode region = physical.putObject("region");
    region.put("startLine", f.span().line());
    region.put("startColumn", f.span().column());
    region.put("endLine", f.span().endLine());
    region.put("endColumn", f.span().endColumn());
    if (!f.location().isEmpty()) {
      location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.location());
    }
    result.putObject("partialFingerprints").put("cognitoLint/v1", fingerprint(f));
    if (f.isSuppressed()) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      if (!f.suppression().isEmpty()) suppression.put("justification", f.suppression());
    }
    return result;
  }

  /** A relative URI reference for a '/'-separated path (spaces and the like percent-encoded). */
  static String uri(String path) {
    try {
      return new URI(null, null, path.equals("-") ? "stdin" : path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  /**
   * File, logical location, rule and message (numbers masked, as some messages quote lines): what
   * a finding is, not where its line happens to be.
   */
  static String fingerprint(Finding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(f.path(), f.location(), f.rule().id(), f.message().replaceAll("[0-9]+", "#"))) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
