package dev.cognitolint.dialects;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Generated;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * CloudFormation templates: plain, SAM and CDK-synthesized, with a top-level Resources object.
 * CloudFormation reads YAML 1.1 and refuses aliases and merge keys, which are reported (CL010) and
 * checked as applied: a packaging step may resolve them first.
 */
final class CloudFormationTemplate implements Dialect {
  @Override
  public boolean recognises(Document doc) {
    return doc.root().path("Resources").isObject();
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    List<AppClient> clients = new ArrayList<>();
    List<Document.Problem> problems = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    Map<String, List<Document.Reuse>> reuses = new LinkedHashMap<>();
    doc.reuses().forEach(r -> reuses.computeIfAbsent(r.written(), k -> new ArrayList<>()).add(r));
    reuses.values().forEach(uses -> problems.add(aliasProblem(uses)));
    CloudFormation.extract(doc, "/Resources", true, clients, problems, suppressions);
    JsonNode resources = doc.root().path("Resources");
    if (synthesizedByCdk(resources)) {
      clients.replaceAll(
          c -> {
            JsonNode path = resources.path(c.name()).path("Metadata").path("aws:cdk:path");
            return c.generatedAs(Generated.cdk(path.isString() ? path.stringValue() : null));
          });
    }
    return new ClientFinder.Found("CloudFormation template", clients, problems, suppressions);
  }

  /**
   * What {@code cdk synth} writes: a {@code CDKMetadata} resource (AWS::CDK::Metadata) or resources
   * with their construct path in {@code Metadata: {aws:cdk:path: ...}}.
   */
  private static boolean synthesizedByCdk(JsonNode resources) {
    for (JsonNode resource : resources) {
      JsonNode type = resource.path("Type");
      if (type.isString() && type.stringValue().equals("AWS::CDK::Metadata")
          || resource.path("Metadata").path("aws:cdk:path").isString()) return true;
    }
    return false;
  }

  /**
   * One problem for each alias name and one for the merge keys, at the first use: 40,000 aliases
   * are one mistake.
   */
  private static Document.Problem aliasProblem(List<Document.Reuse> uses) {
    Document.Reuse reuse = uses.get(0);
    String more = uses.size() == 1 ? "" : " (used " + uses.size() + " times)";
    String what =
        reuse.mergeKey()
            ? "the YAML merge key '<<'" + more + ": CloudFormation does not support hash merges"
            : "the YAML alias "
                + reuse.written()
                + more
                + ": CloudFormation rejects aliases (\"Template error: YAML aliases are not allowed"
                + " in CloudFormation templates\")";
    return new Document.Problem(
        InputRule.YAML_ALIAS,
        what
            + "; write the values out, or deploy through a step that"
            + " resolves them (aws cloudformation package, sam build); the values are checked as resolved",
        reuse.span(),
        reuse.pointer());
  }
}
