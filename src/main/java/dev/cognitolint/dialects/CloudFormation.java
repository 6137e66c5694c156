package dev.cognitolint.dialects;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Choice;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Suggestions;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Unknown;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * App clients in CloudFormation resources, for {@link CloudFormationTemplate} and {@link
 * ServerlessResources}. Every resource of type AWS::Cognito::UserPoolClient is one client; its
 * Properties use the API member names.
 */
public final class CloudFormation {
  private CloudFormation() {}

  public static final String CLIENT_TYPE = "AWS::Cognito::UserPoolClient";

  /** Every AWS::Cognito:: resource type CloudFormation knows, to catch misspellings. */
  static final Set<String> COGNITO_TYPES =
      Set.of(
          "AWS::Cognito::IdentityPool",
          "AWS::Cognito::IdentityPoolPrincipalTag",
          "AWS::Cognito::IdentityPoolRoleAttachment",
          "AWS::Cognito::LogDeliveryConfiguration",
          "AWS::Cognito::ManagedLoginBranding",
          "AWS::Cognito::Terms",
          "AWS::Cognito::UserPool",
          "AWS::Cognito::UserPoolClient",
          "AWS::Cognito::UserPoolDomain",
          "AWS::Cognito::UserPoolGroup",
          "AWS::Cognito::UserPoolIdentityProvider",
          "AWS::Cognito::UserPoolResourceServer",
          "AWS::Cognito::UserPoolRiskConfigurationAttachment",
          "AWS::Cognito::UserPoolUICustomizationAttachment",
          "AWS::Cognito::UserPoolUser",
          "AWS::Cognito::UserPoolUserToGroupAttachment");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern FILE_INCLUDE = Pattern.compile("\\$\\{file\\(");

  /**
   * The Resources objects of a Serverless file, by pointer; empty if none. Serverless also takes
   * {@code resources:} as a list of such objects, which it merges.
   */
  static List<String> serverlessResources(JsonNode root) {
    JsonNode resources = root.path("resources");
    if (resources.path("Resources").isObject()) return List.of("/resources/Resources");
    List<String> out = new ArrayList<>();
    for (int i = 0; resources.isArray() && i < resources.size(); i++) {
      if (resources.get(i).path("Resources").isObject()) out.add("/resources/" + i + "/Resources");
    }
    return out;
  }

  /**
   * The Serverless {@code ${file(...)}} includes in {@code resources:} (the whole value, its
   * Resources, or a list item), by pointer. Their files are not read from here.
   */
  static List<String> serverlessIncludes(JsonNode root) {
    JsonNode resources = root.path("resources");
    List<String> out = new ArrayList<>();
    if (isFileInclude(resources)) out.add("/resources");
    if (isFileInclude(resources.path("Resources"))) out.add("/resources/Resources");
    for (int i = 0; resources.isArray() && i < resources.size(); i++) {
      if (isFileInclude(resources.get(i))) out.add("/resources/" + i);
    }
    return out;
  }

  private static boolean isFileInclude(JsonNode node) {
    return node.isString() && FILE_INCLUDE.matcher(node.stringValue()).find();
  }

  static void reportIncludes(Document doc, List<String> includes, List<Document.Problem> problems) {
    for (String pointer : includes) {
      problems.add(
          new Document.Problem(
              InputRule.INCLUDE_NOT_READ,
              "'"
                  + doc.root().at(pointer).stringValue()
                  + "' includes resources from another file, which is not"
                  + " read from here, so its app clients are not checked as part of this file; a file with"
                  + " a top-level Resources: is checked on its own when it is among the files linted",
              doc.locations().value(pointer),
              pointer));
    }
  }

  /**
   * @param yaml11 whether plain YAML scalars mean what YAML 1.1 reads (CloudFormation reads the
   *     file itself) rather than YAML 1.2 (the Serverless Framework reads it and sends JSON)
   */
  static void extract(
      Document doc,
      String resourcesPointer,
      boolean yaml11,
      List<AppClient> clients,
      List<Document.Problem> problems,
      List<Suppression> suppressions) {
    for (ForEach.Resource resource : ForEach.resources(doc, resourcesPointer, problems)) {
      String logicalId = resource.logicalId();
      String resourcePointer = resource.pointer();
      metadataSuppressions(doc, logicalId, resourcePointer, suppressions);
      JsonNode type = resource.node().path("Type");
      if (!type.isString()) continue;
      if (type.stringValue().equals(CLIENT_TYPE)) {
        client(doc, logicalId, resourcePointer, resource.node(), yaml11).ifPresent(clients::add);
      } else if (type.stringValue().startsWith("AWS::Cognito::")
          && !COGNITO_TYPES.contains(type.stringValue())) {
        String typePointer = Pointers.append(resourcePointer, "Type");
        problems.add(
            new Document.Problem(
                InputRule.UNKNOWN_COGNITO_TYPE,
                "'"
                    + type.stringValue()
                    + "' is not a CloudFormation resource type; did you mean '"
                    + nearestType(type.stringValue())
                    + "'?",
                doc.locations().value(typePointer),
                typePointer));
      }
    }
  }

  private static java.util.Optional<AppClient> client(
      Document doc, String logicalId, String resourcePointer, JsonNode resource, boolean yaml11) {
    String propertiesPointer = Pointers.append(resourcePointer, "Properties");
    JsonNode properties = resource.path("Properties");
    Span anchor = doc.locations().key(resourcePointer);
    JsonNode condition = doc.root().at(Pointers.append(resourcePointer, "Condition"));
    Conversion conversion =
        new Conversion(
            doc.root(),
            yaml11 ? doc::asYaml11 : node -> node,
            condition.isString() ? Condition.named(doc.root(), condition.stringValue()) : null);
    ObjectNode settings;
    if (properties.isMissingNode() || properties.isNull()) {
      settings = NODES.objectNode();
    } else if (properties.isObject() && !isIntrinsic(properties)) {
      settings = (ObjectNode) conversion.convert(properties, null, "");
    } else if (properties.has("Fn::If")) {
      settings = conversion.choiceOfProperties(properties);
      if (settings == null) return java.util.Optional.empty();
    } else {
      return java.util.Optional
          .empty(); // Properties from a parameter or the like: nothing is known.
    }
    return java.util.Optional.of(
        new AppClient(
            doc.source(),
            ClientKind.CLOUDFORMATION,
            logicalId,
            settings,
            doc.locations().below(propertiesPointer, anchor),
            anchor));
  }

  /**
   * {@code Metadata: {cognito-lint: {ignore: [{id: CL201, reason: ...}]}}} on a resource (a plain
   * id string also works): suppressions for every finding of that resource.
   */
  private static void metadataSuppressions(
      Document doc, String logicalId, String resourcePointer, List<Suppression> out) {
    String ignorePointer = resourcePointer + "/Metadata/cognito-lint/ignore";
    JsonNode ignore = doc.root().at(ignorePointer);
    for (int i = 0; i < ignore.size(); i++) {
      JsonNode entry = ignore.get(i);
      JsonNode id = entry.isObject() ? entry.path("id") : entry;
      if (!id.isString()) continue;
      String reason = entry.path("reason").isString() ? entry.get("reason").stringValue() : "";
      out.add(
          new Suppression(
              Suppression.Scope.RESOURCE,
              Set.of(id.stringValue()),
              reason,
              doc.locations().value(Pointers.append(ignorePointer, i)),
              logicalId));
    }
  }

  /**
   * A copy of a client's Properties with CloudFormation's coercions, the intrinsic functions whose
   * arguments are known evaluated, {@code Fn::If} and {@code AWS::NoValue} as {@link Choice}s, and
   * the other intrinsics as unknown values.
   *
   * @param root the template, whose Mappings {@code Fn::FindInMap} reads
   * @param scalars how the template's consumer reads each plain scalar
   * @param created the resource's own Condition, true wherever the client exists; or null
   */
  private record Conversion(JsonNode root, UnaryOperator<JsonNode> scalars, Condition created) {

    /**
     * @param member the property it is the value of (or an item of), by its name; null for none the
     *     API has
     * @param pointer where it is written, relative to the Properties
     */
    JsonNode convert(JsonNode node, Member member, String pointer) {
      if (isIntrinsic(node)) return intrinsic(node, member, pointer);
      if (node.isObject()) {
        ObjectNode out = NODES.objectNode();
        node.properties()
            .forEach(
                e ->
                    out.set(
                        e.getKey(),
                        convert(
                            e.getValue(),
                            Member.named(e.getKey()),
                            Pointers.append(pointer, e.getKey()))));
        return out;
      }
      if (node.isArray()) {
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < node.size(); i++) {
          out.add(convert(node.get(i), member, Pointers.append(pointer, i)));
        }
        return out;
      }
      JsonNode value = scalars.apply(node);
      if (value.isString()) return scalar(value.stringValue(), member);
      return value;
    }

    private JsonNode intrinsic(JsonNode node, Member member, String pointer) {
      String function = node.propertyNames().iterator().next();
      JsonNode argument = node.get(function);
      Unknown whole = unknown(node);
      switch (function) {
        case "Fn::If" -> {
          if (argument.size() == 3 && argument.isArray() && argument.get(0).isString()) {
            String at = Pointers.append(pointer, function);
            return choice(
                argument.get(0).stringValue(),
                branch(argument.get(1), member, Pointers.append(at, 1)),
                branch(argument.get(2), member, Pointers.append(at, 2)),
                whole);
          }
        }
        case "Ref" -> {
          if (isNoValue(node)) return Choice.fixed(new Choice.Branch(null, pointer), whole).node();
        }
        case "Fn::Select" -> {
          int index = index(argument.path(0));
          JsonNode list = argument.path(1);
          if (index >= 0 && list.isArray() && index < list.size() && argument.size() == 2) {
            String at = Pointers.append(Pointers.append(pointer, function), 1);
            return Choice.fixed(branch(list.get(index), member, Pointers.append(at, index)), whole)
                .node();
          }
        }
        case "Fn::FindInMap" -> {
          // Located at the Fn::FindInMap: its value stands in Mappings, outside the client.
          JsonNode value = mapped(argument);
          if (value != null) return convert(value, member, pointer);
        }
        case "Fn::Join" -> {
          Template joined = whole.template();
          if (joined != null && joined.isFullyKnown()) return scalar(joined.display(), member);
        }
        default -> {}
      }
      return Values.unknown(whole);
    }

    private Choice.Branch branch(JsonNode value, Member member, String pointer) {
      return new Choice.Branch(isNoValue(value) ? null : convert(value, member, pointer), pointer);
    }

    /** {@code Fn::FindInMap [Map, Key, Key]} with literal names, in literal Mappings; or null. */
    private JsonNode mapped(JsonNode argument) {
      if (!argument.isArray() || argument.size() < 3) return null;
      JsonNode value = root.path("Mappings");
      for (int i = 0; i < 3; i++) {
        if (!argument.get(i).isString() || !value.isObject()) return null;
        value = value.path(argument.get(i).stringValue());
      }
      return value.isMissingNode() || containsIntrinsic(value) ? null : value;
    }

    /**
     * {@code Properties: !If [Cond, {...}, {...}]}: each property a choice of its value in either
     * branch (none, where the branch has none or is AWS::NoValue); null when a branch is neither an
     * object nor AWS::NoValue.
     */
    ObjectNode choiceOfProperties(JsonNode properties) {
      JsonNode argument = properties.get("Fn::If");
      if (!argument.isArray() || argument.size() != 3 || !argument.get(0).isString()) return null;
      List<JsonNode> branches = List.of(argument.get(1), argument.get(2));
      Set<String> names = new java.util.LinkedHashSet<>();
      for (JsonNode branch : branches) {
        if (isNoValue(branch)) continue;
        if (!branch.isObject() || isIntrinsic(branch)) return null;
        branch.propertyNames().forEach(names::add);
      }
      Unknown whole = unknown(properties);
      ObjectNode out = NODES.objectNode();
      for (String name : names) {
        List<Choice.Branch> chosen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          String at = Pointers.append(Pointers.append("/Fn::If", i + 1), name);
          JsonNode value = branches.get(i).get(name);
          chosen.add(
              value == null ? new Choice.Branch(null, at) : branch(value, Member.named(name), at));
        }
        out.set(name, choice(argument.get(0).stringValue(), chosen.get(0), chosen.get(1), whole));
      }
      return out;
    }

    /**
     * The choice of Fn::If by the named condition: by the condition it negates, where it is {@code
     * Fn::Not} of one (so that both are one condition), or fixed, where it is known: the resource's
     * own Condition, or Fn::Equals of literals.
     */
    private JsonNode choice(
        String name, Choice.Branch whenTrue, Choice.Branch whenFalse, Unknown whole) {
      Condition condition = Condition.named(root, name);
      Boolean value = condition.value();
      if (value == null && created != null && created.label().equals(condition.label())) {
        value = created.negated() == condition.negated();
      }
      if (value != null) return Choice.fixed(value ? whenTrue : whenFalse, whole).node();
      return condition.negated()
          ? new Choice(condition.label(), whenFalse, whenTrue, whole).node()
          : new Choice(condition.label(), whenTrue, whenFalse, whole).node();
    }
  }

  /**
   * A condition of the template's Conditions as what decides it: true exactly when the condition
   * {@code label} is (or, negated, is not); or its value, where literals decide it.
   */
  private record Condition(String label, boolean negated, Boolean value) {
    private static final int MAX_DEPTH = 16;

    static Condition named(JsonNode root, String name) {
      return named(root, name, 0);
    }

    private static Condition named(JsonNode root, String name, int depth) {
      JsonNode definition = root.path("Conditions").path(name);
      if (depth < MAX_DEPTH && isIntrinsic(definition)) {
        JsonNode not = definition.path("Fn::Not");
        if (not.size() == 1 && not.path(0).path("Condition").isString()) {
          Condition inner = named(root, not.get(0).get("Condition").stringValue(), depth + 1);
          return new Condition(
              inner.label(), !inner.negated(), inner.value() == null ? null : !inner.value());
        }
        if (definition.path("Condition").isString()) {
          return named(root, definition.get("Condition").stringValue(), depth + 1);
        }
        JsonNode equals = definition.path("Fn::Equals");
        if (equals.size() == 2 && equals.get(0).isValueNode() && equals.get(1).isValueNode()) {
          return new Condition(
              name, false, equals.get(0).asString().equals(equals.get(1).asString()));
        }
      }
      return new Condition(name, false, null);
    }
  }

  private static boolean isNoValue(JsonNode node) {
    return isIntrinsic(node) && node.path("Ref").asString("").equals("AWS::NoValue");
  }

  private static boolean containsIntrinsic(JsonNode node) {
    if (isIntrinsic(node)) return true;
    for (JsonNode child : node.values()) {
      if (containsIntrinsic(child)) return true;
    }
    return false;
  }

  /** A literal list index: a number or a string of digits; -1 otherwise. */
  private static int index(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToInt()) return node.intValue();
    if (node.isString() && node.stringValue().matches("[0-9]{1,9}")) {
      return Integer.parseInt(node.stringValue());
    }
    return -1;
  }

  /**
   * Whether the member's type is integer or boolean. CloudFormation converts string values such as
   * "60" or "true" to these types before calling Cognito, so the linter does too.
   */
  static boolean isNumberOrBoolean(Member member) {
    return member != null
        && (member.type() == Member.Type.INTEGER || member.type() == Member.Type.BOOLEAN);
  }

  static JsonNode scalar(String text, Member member) {
    Member.Type type = member == null ? null : member.type();
    if (type == Member.Type.INTEGER && text.matches("-?[0-9]{1,18}")) {
      return NODES.numberNode(Long.parseLong(text));
    }
    if (type == Member.Type.BOOLEAN
        && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return NODES.booleanNode(Boolean.parseBoolean(text));
    }
    return ApiDocuments.text(text);
  }

  /** An object with one key that names an intrinsic function or a condition. */
  static boolean isIntrinsic(JsonNode node) {
    if (!node.isObject() || node.size() != 1) return false;
    String key = node.propertyNames().iterator().next();
    return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
  }

  private static Unknown unknown(JsonNode intrinsic) {
    String function = intrinsic.propertyNames().iterator().next();
    JsonNode argument = intrinsic.get(function);
    return new Unknown(display(function, argument), template(function, argument));
  }

  private static String display(String function, JsonNode argument) {
    String name = function.startsWith("Fn::") ? function.substring(4) : function;
    if (function.equals("Fn::GetAtt") && argument.isArray()) {
      List<String> parts = new ArrayList<>();
      argument.forEach(p -> parts.add(p.isString() ? p.stringValue() : "?"));
      return "!GetAtt " + String.join(".", parts);
    }
    return argument.isString() ? "!" + name + " " + argument.stringValue() : "!" + name;
  }

  /** What Fn::Sub and Fn::Join make known of their string; null for other functions. */
  private static Template template(String function, JsonNode argument) {
    if (function.equals("Fn::Sub")) {
      if (argument.isString()) return sub(argument.stringValue(), NODES.objectNode());
      if (argument.isArray() && argument.path(0).isString()) {
        return sub(argument.get(0).stringValue(), argument.path(1));
      }
    }
    if (function.equals("Fn::Join")
        && argument.isArray()
        && argument.path(0).isString()
        && argument.path(1).isArray()) {
      String delimiter = argument.get(0).stringValue();
      Template.Builder out = new Template.Builder();
      JsonNode parts = argument.get(1);
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) out.literal(delimiter);
        out.append(partTemplate(parts.get(i)));
      }
      return out.build();
    }
    return null;
  }

  private static Template partTemplate(JsonNode part) {
    if (part.isString()) return ApiDocuments.template(part.stringValue());
    if (part.isNumber() || part.isBoolean()) return Template.literal(part.asString());
    if (isIntrinsic(part)) {
      Unknown u = unknown(part);
      if (u.template() != null) return u.template();
      return new Template.Builder().hole("${" + u.source() + "}").build();
    }
    return new Template.Builder().hole("${?}").build();
  }

  /**
   * Fn::Sub: ${Name} is a hole unless the variable map gives it a plain string; ${!x} is literal.
   */
  private static Template sub(String text, JsonNode variables) {
    Template.Builder out = new Template.Builder();
    Matcher m = SUB_VARIABLE.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(ApiDocuments.template(text.substring(last, m.start())));
      String name = m.group(1);
      JsonNode value = variables.path(name);
      if (name.startsWith("!")) out.literal("${" + name.substring(1) + "}");
      else if (value.isString()) out.append(ApiDocuments.template(value.stringValue()));
      else if (value.isObject() && isIntrinsic(value)) out.append(partTemplate(value));
      else out.hole(m.group());
      last = m.end();
    }
    out.append(ApiDocuments.template(text.substring(last)));
    return out.build();
  }

  private static String nearestType(String type) {
    return COGNITO_TYPES.stream()
        .min(
            Comparator.comparingInt((String known) -> Suggestions.distance(known, type))
                .thenComparing(known -> known))
        .orElse(CLIENT_TYPE);
  }
}
