package dev.cognitolint.schema;

import com.networknt.schema.path.NodePath;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.BuildInfo;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Suggestions;
import dev.cognitolint.model.Unknown;
import dev.cognitolint.model.Values;
import dev.cognitolint.schema.ClientSchema.Error;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a client against the JSON Schema of its kind (in {@code schemas/}) and turns each schema
 * error into a structure finding with a message a person understands. Errors at unknown values
 * (intrinsic functions, expressions) are dropped: such a value has no JSON type to check.
 */
public final class SchemaCheck {

  /**
   * A structure problem: which rule, at which pointer (relative to the client), what to say, and
   * its fix or null.
   */
  public record Violation(
      StructureRule rule, String pointer, boolean atKey, String message, Fix fix) {
    public Violation(StructureRule rule, String pointer, boolean atKey, String message) {
      this(rule, pointer, atKey, message, null);
    }
  }

  static final Map<ClientKind, String> SCHEMA_FILES =
      new EnumMap<>(
          Map.of(
              ClientKind.CREATE_REQUEST, "create-user-pool-client-request.schema.json",
              ClientKind.UPDATE_REQUEST, "update-user-pool-client-request.schema.json",
              ClientKind.DESCRIBED_CLIENT, "user-pool-client.schema.json",
              ClientKind.CLOUDFORMATION, "cloudformation-user-pool-client.schema.json",
              ClientKind.TERRAFORM, "terraform-user-pool-client.schema.json",
              ClientKind.TERRAFORM_MANAGED, "terraform-user-pool-client.schema.json"));

  /** Why a member that the API knows elsewhere is not allowed here. */
  private static final Map<String, String> EXPLAINED =
      Map.of(
          ClientKind.UPDATE_REQUEST + "/GenerateSecret",
              "it is create-only: a client's secret cannot be added or removed after creation",
          ClientKind.UPDATE_REQUEST + "/ClientSecret",
              "it is create-only: a client's secret cannot be changed after creation",
          ClientKind.CLOUDFORMATION + "/ClientSecret",
              "CloudFormation returns it (Fn::GetAtt Client.ClientSecret) but cannot set it; use GenerateSecret: true",
          ClientKind.CLOUDFORMATION + "/ClientId",
              "the client ID is an output (Ref or Fn::GetAtt Client.ClientId), not a property",
          ClientKind.TERRAFORM + "/client_secret",
              "the provider computes it; set generate_secret = true",
          ClientKind.TERRAFORM + "/id",
              "the provider computes the client ID; refer to it as aws_cognito_user_pool_client.NAME.id");

  private final Map<String, Set<String>> knownValues;

  /** Each kind's schema, compiled when a client of that kind is first checked. */
  private final Map<ClientKind, ClientSchema> schemas = new EnumMap<>(ClientKind.class);

  /**
   * @param knownValues enum values newer than the AWS model, by member path ({@code
   *     TokenValidityUnits.AccessToken})
   */
  public SchemaCheck(Map<String, Set<String>> knownValues) {
    this.knownValues = Map.copyOf(knownValues);
  }

  private synchronized ClientSchema schema(ClientKind kind) {
    return schemas.computeIfAbsent(kind, k -> ClientSchema.compile(SCHEMA_FILES.get(k)));
  }

  public List<Violation> check(AppClient client) {
    List<Violation> out = new ArrayList<>();
    List<Error> errors = schema(client.kind()).validate(client.settings());
    Set<String> tooShort =
        errors.stream()
            .filter(e -> e.keyword().equals("minLength"))
            .map(Error::pointer)
            .collect(Collectors.toSet());
    for (Error error : errors) {
      JsonNode instance = error.instance();
      StructureRule rule = StructureRule.forKeyword(error.keyword()).orElseThrow();
      String pointer = error.pointer();
      // An empty string is reported as too short; that it matches no pattern says nothing more.
      if (rule == StructureRule.PATTERN
          && tooShort.contains(pointer)
          && instance != null
          && instance.isString()
          && instance.stringValue().isEmpty()) continue;
      if (rule == StructureRule.UNKNOWN_ENUM_VALUE && listedAsKnown(pointer, instance)) continue;
      Violation v = violation(rule, error, pointer, client.kind(), client.names());
      if (client.kind() == ClientKind.CREATE_REQUEST
          || client.kind() == ClientKind.UPDATE_REQUEST) {
        String limit =
            error.schemaValue() != null && error.schemaValue().isNumber()
                ? error.schemaValue().asString()
                : "";
        v =
            new Violation(
                v.rule(),
                v.pointer(),
                v.atKey(),
                v.message() + ApiAnswers.of(error.keyword(), limit));
      }
      out.add(
          new Violation(
              v.rule(),
              v.pointer(),
              v.atKey(),
              v.message(),
              StructureFixes.fix(client, v.rule(), error, pointer)));
    }
    out.addAll(knownParts(client));
    return out;
  }

  /**
   * Whether options.knownValues lists this value for its member (list indexes left out of the
   * path).
   */
  private boolean listedAsKnown(String pointer, JsonNode value) {
    if (value == null || !value.isString() || knownValues.isEmpty()) return false;
    String member =
        java.util.Arrays.stream(pointer.split("/"))
            .filter(s -> !s.isEmpty() && !s.chars().allMatch(Character::isDigit))
            .collect(Collectors.joining("."));
    return knownValues.getOrDefault(member, Set.of()).contains(value.stringValue());
  }

  /**
   * A string known in parts ({@code !Sub "web (${Stage})!"}, {@code "https://${var.d}/a b"}) is
   * checked as far as it is known: its literal text alone must already keep to the character class
   * and the maximum length of the whole. The schema runs once more on a copy of just the members
   * that hold such strings, with that text in their place; only those two keywords count there.
   */
  private List<Violation> knownParts(AppClient client) {
    Map<String, String> probed = new HashMap<>();
    ObjectNode probe = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : client.settings().properties()) {
      int before = probed.size();
      JsonNode copy =
          withKnownParts(member.getValue(), Pointers.append("", member.getKey()), probed);
      if (probed.size() > before) probe.set(member.getKey(), copy);
    }
    if (probed.isEmpty()) return List.of();
    List<Violation> out = new ArrayList<>();
    for (Error error : schema(client.kind()).validate(probe)) {
      String pointer = error.pointer();
      String known = probed.get(pointer);
      if (known == null) continue;
      String at = client.names().at(pointer) + ": ";
      if (error.keyword().equals("maxLength")) {
        out.add(
            new Violation(
                StructureRule.LENGTH,
                pointer,
                false,
                at
                    + "its known parts alone are "
                    + known.codePointCount(0, known.length())
                    + " characters, longer than the maximum of "
                    + error.schemaValue().asString()));
      } else if (error.keyword().equals("pattern")) {
        String pattern = error.schemaValue().asString();
        charOutsideClass(known, pattern)
            .ifPresent(
                cp ->
                    out.add(
                        new Violation(
                            StructureRule.PATTERN,
                            pointer,
                            false,
                            at
                                + "its known text contains "
                                + describeChar(cp)
                                + ", which the API does not accept (allowed: "
                                + characterClass(pattern)
                                + ")")));
      }
    }
    return out;
  }

  /** A copy with each partly known string replaced by its literal text; records where, and what. */
  private static JsonNode withKnownParts(
      JsonNode node, String pointer, Map<String, String> probed) {
    Unknown unknown = Values.asUnknown(node);
    if (unknown != null) {
      if (unknown.template() == null) return node;
      StringBuilder known = new StringBuilder();
      unknown.template().segments().stream()
          .filter(seg -> !seg.hole())
          .forEach(seg -> known.append(seg.text()));
      if (known.length() == 0) return node;
      probed.put(pointer, known.toString());
      return JsonNodeFactory.instance.stringNode(known.toString());
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        copy.set(
            e.getKey(), withKnownParts(e.getValue(), Pointers.append(pointer, e.getKey()), probed));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < node.size(); i++)
        copy.add(withKnownParts(node.get(i), Pointers.append(pointer, i), probed));
      return copy;
    }
    return node;
  }

  /** A validator's instance location as a JSON pointer. */
  public static String pointer(NodePath path) {
    String pointer = "";
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer =
          element instanceof Integer index
              ? Pointers.append(pointer, index)
              : Pointers.append(pointer, String.valueOf(element));
    }
    return pointer;
  }

  private Violation violation(
      StructureRule rule, Error error, String pointer, ClientKind kind, Names names) {
    JsonNode schema = error.schemaValue();
    JsonNode value = error.instance();
    String at = names.at(pointer);
    String where = at.isEmpty() ? "" : at + ": ";
    return switch (rule) {
      case UNKNOWN_PROPERTY -> {
        String name = error.property();
        String member = Pointers.append(pointer, name);
        List<String> known = new ArrayList<>();
        JsonNode properties = parentProperties(error);
        if (properties != null) {
          properties
              .propertyNames()
              .forEach(p -> known.add(names.key(Pointers.append(pointer, p))));
        }
        String hint =
            pointer.isEmpty() && EXPLAINED.containsKey(kind + "/" + name)
                ? "; " + EXPLAINED.get(kind + "/" + name)
                : Suggestions.closest(name, known)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("");
        String owner = pointer.isEmpty() ? kind.label() : at;
        yield new Violation(
            rule, member, true, "'" + name + "' is not a property of " + owner + hint);
      }
      case MISSING_REQUIRED ->
          new Violation(
              rule,
              pointer,
              true,
              where
                  + "missing required property '"
                  + names.key(Pointers.append(pointer, error.property()))
                  + "'");
      case WRONG_TYPE ->
          new Violation(
              rule,
              pointer,
              false,
              where
                  + "expected "
                  + article(describeType(schema))
                  + ", found "
                  + describeValue(value));
      case UNKNOWN_ENUM_VALUE -> {
        List<String> allowed = new ArrayList<>();
        schema.forEach(v -> allowed.add(v.asString()));
        String title = enumTitle(error, names);
        String shown =
            value != null && value.isString() ? value.stringValue() : String.valueOf(value);
        String what = title == null ? "an allowed value" : article(title);
        // A slip of the keyboard is a typo; anything else may be a value AWS added after the model
        // was taken.
        Optional<String> near = Suggestions.closest(shown, allowed);
        String message;
        if (near.isPresent() && isSlip(shown, near.get())) {
          message = "'" + shown + "' is not " + what + "; did you mean '" + near.get() + "'?";
        } else {
          message =
              "'"
                  + shown
                  + "' is not "
                  + what
                  + " in the API model of "
                  + BuildInfo.apiModelDate()
                  + near.map(n -> "; did you mean '" + n + "'? If")
                      .orElse(
                          "; use one of "
                              + allowed.stream()
                                  .map(a -> "'" + a + "'")
                                  .collect(Collectors.joining(", "))
                              + ", or, if")
                  + " AWS has added it since, update cognito-lint or list it in options.knownValues";
        }
        yield new Violation(rule, pointer, false, where + message);
      }
      case LENGTH -> {
        int length =
            value.isString()
                ? value.stringValue().codePointCount(0, value.stringValue().length())
                : 0;
        boolean tooLong = error.keyword().equals("maxLength");
        yield new Violation(
            rule,
            pointer,
            false,
            where
                + length
                + " characters is "
                + (tooLong ? "longer than the maximum of " : "shorter than the minimum of ")
                + schema.asString());
      }
      case PATTERN ->
          new Violation(rule, pointer, false, where + patternMessage(value, schema.asString()));
      case RANGE ->
          new Violation(
              rule,
              pointer,
              false,
              where
                  + value.asString()
                  + " is "
                  + (error.keyword().equals("maximum")
                      ? "above the maximum of "
                      : "below the minimum of ")
                  + schema.asString());
      case ITEM_COUNT ->
          new Violation(
              rule,
              pointer,
              true,
              where
                  + value.size()
                  + " items; "
                  + (error.keyword().equals("maxItems") ? "at most " : "at least ")
                  + schema.asString()
                  + " are allowed");
    };
  }

  /** Case, one or two characters, or a missing end: too close to be a value of its own. */
  static boolean isSlip(String value, String suggestion) {
    String a = value.toLowerCase(java.util.Locale.ROOT);
    String b = suggestion.toLowerCase(java.util.Locale.ROOT);
    return Suggestions.distance(a, b) <= 2 || a.startsWith(b) || b.startsWith(a);
  }

  /** The {@code properties} beside the failing {@code additionalProperties}, for suggestions. */
  private static JsonNode parentProperties(Error error) {
    return error.schemaObject().get("properties");
  }

  /**
   * The {@code title} of the schema holding the failing {@code enum} ("auth flow"); a title that
   * starts with a member's name ("PreventUserExistenceErrors setting") names it as the file does.
   */
  private static String enumTitle(Error error, Names names) {
    JsonNode parent = error.schemaObject();
    if (!parent.path("title").isString()) return null;
    String title = parent.get("title").stringValue();
    int space = title.indexOf(' ');
    Member member = space < 0 ? null : Member.named(title.substring(0, space));
    return member == null || member.parent() != null
        ? title
        : names.of(member) + title.substring(space);
  }

  /** Most of the model's patterns are ^(?:[class]+)$, a character class repeated. */
  private static final Pattern CLASS_PATTERN =
      Pattern.compile("^\\^\\(\\?:(\\[[^\\]]+\\])\\+\\)\\$$");

  /** The pattern's character class, or null when it is not of that form. */
  private static String characterClass(String pattern) {
    java.util.regex.Matcher m = CLASS_PATTERN.matcher(pattern);
    return m.matches() ? m.group(1) : null;
  }

  /** The first character of text that a class pattern does not allow; empty for other patterns. */
  private static Optional<Integer> charOutsideClass(String text, String pattern) {
    String characterClass = characterClass(pattern);
    if (characterClass == null) return Optional.empty();
    Pattern allowed = Pattern.compile(characterClass);
    return text.codePoints()
        .filter(cp -> !allowed.matcher(new String(Character.toChars(cp))).matches())
        .boxed()
        .findFirst();
  }

  private static String patternMessage(JsonNode value, String pattern) {
    String text = value.asString();
    Optional<Integer> outside = charOutsideClass(text, pattern);
    if (outside.isPresent()) {
      int offset = text.indexOf(new String(Character.toChars(outside.get())));
      return "'"
          + text
          + "' contains "
          + describeChar(outside.get())
          + " at position "
          + (text.codePointCount(0, offset) + 1)
          + ", which the API does not accept (allowed: "
          + characterClass(pattern)
          + ")";
    }
    return "'" + text + "' does not match the pattern " + pattern;
  }

  private static String describeChar(int cp) {
    if (cp == ' ') return "a space";
    if (Character.isWhitespace(cp) || Character.isISOControl(cp))
      return String.format("the control character U+%04X", cp);
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private static String describeType(JsonNode schema) {
    if (schema.isArray()) {
      List<String> types = new ArrayList<>();
      schema.forEach(t -> types.add(t.asString()));
      return String.join(" or ", types);
    }
    return schema.asString().equals("object")
        ? "object (a mapping)"
        : schema.asString().equals("array") ? "list" : schema.asString();
  }

  private static String describeValue(JsonNode value) {
    if (value == null || value.isNull()) return "null";
    if (value.isString()) return "a string ('" + value.stringValue() + "')";
    if (value.isBoolean()) return "a boolean (" + value.asString() + ")";
    if (value.isIntegralNumber()) return "an integer (" + value.asString() + ")";
    if (value.isNumber()) return "a number (" + value.asString() + ")";
    if (value.isArray()) return "a list";
    if (value.isObject()) return "a mapping";
    return value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  static String article(String noun) {
    return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
