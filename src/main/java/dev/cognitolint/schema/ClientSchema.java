package dev.cognitolint.schema;

import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One of the client schemas of {@code schemas/}, compiled for checking settings: the JSON Schema
 * 2020-12 keywords those files use, with networknt's semantics (an integral number is an integer,
 * NaN and the infinities are no numbers, lengths count code points, {@code pattern} is searched,
 * ECMA's {@code $} is the end of the text). The schema library's start-up (its registry, a Jackson
 * mapper its enum validator needs, compiling every keyword) was most of a one-file run's set-up;
 * this is a tree walk over the schema files. A keyword it does not know fails the compile, so a
 * regenerated schema cannot be checked half.
 */
final class ClientSchema {

  /**
   * A schema error: the keyword, the value it was checked on and where (a pointer relative to the
   * client), the keyword's value in the schema, the schema object holding it, and for {@code
   * required} and {@code additionalProperties} the property concerned.
   */
  record Error(
      String keyword,
      JsonNode instance,
      String pointer,
      JsonNode schemaValue,
      JsonNode schemaObject,
      String property) {}

  /** Keywords that say nothing about the value. */
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$comment", "$defs", "title", "description");

  private static final Set<String> CHECKED =
      Set.of(
          "$ref",
          "type",
          "enum",
          "properties",
          "additionalProperties",
          "required",
          "items",
          "minLength",
          "maxLength",
          "pattern",
          "minimum",
          "maximum",
          "minItems",
          "maxItems");

  /**
   * A compiled schema object: its tree, its keywords' values (null when absent), its subschemas.
   */
  private static final class Node {
    final JsonNode tree;
    final JsonNode type;
    final JsonNode allowed;
    final JsonNode required;
    final JsonNode minimum;
    final JsonNode maximum;
    final int minLength;
    final int maxLength;
    final int minItems;
    final int maxItems;
    final boolean closed;
    Node ref;
    Map<String, Node> properties = Map.of();
    Node items;
    Pattern pattern;

    Node(JsonNode tree) {
      this.tree = tree;
      type = tree.get("type");
      allowed = tree.get("enum");
      required = tree.get("required");
      minimum = tree.get("minimum");
      maximum = tree.get("maximum");
      minLength = tree.path("minLength").asInt(-1);
      maxLength = tree.path("maxLength").asInt(-1);
      minItems = tree.path("minItems").asInt(-1);
      maxItems = tree.path("maxItems").asInt(-1);
      closed =
          tree.path("additionalProperties").isBoolean()
              && !tree.get("additionalProperties").booleanValue();
    }
  }

  private final Node root;

  private ClientSchema(Node root) {
    this.root = root;
  }

  /**
   * Compiles the schema file of that name, reading the files it refers to from {@code schemas/}.
   */
  static ClientSchema compile(String file) {
    return new Compiler().compile(file);
  }

  List<Error> validate(JsonNode settings) {
    List<Error> errors = new ArrayList<>();
    check(root, settings, "", errors);
    return errors;
  }

  private static void check(Node schema, JsonNode value, String pointer, List<Error> out) {
    // A value not known before deploy has no JSON type: nothing of it can be checked.
    if (Values.isUnknown(value)) return;
    if (schema.ref != null) check(schema.ref, value, pointer, out);
    if (schema.type != null && !hasType(value, schema.type))
      out.add(error("type", value, pointer, schema, null));
    if (schema.allowed != null && !contains(schema.allowed, value))
      out.add(error("enum", value, pointer, schema, null));
    if (value.isString()) {
      String text = value.stringValue();
      int length = text.codePointCount(0, text.length());
      if (schema.minLength >= 0 && length < schema.minLength)
        out.add(error("minLength", value, pointer, schema, null));
      if (schema.maxLength >= 0 && length > schema.maxLength)
        out.add(error("maxLength", value, pointer, schema, null));
      if (schema.pattern != null && !schema.pattern.matcher(text).find())
        out.add(error("pattern", value, pointer, schema, null));
    } else if (value.isNumber()) {
      if (schema.minimum != null && compare(value, schema.minimum) < 0)
        out.add(error("minimum", value, pointer, schema, null));
      if (schema.maximum != null && compare(value, schema.maximum) > 0)
        out.add(error("maximum", value, pointer, schema, null));
    } else if (value.isArray()) {
      if (schema.minItems >= 0 && value.size() < schema.minItems)
        out.add(error("minItems", value, pointer, schema, null));
      if (schema.maxItems >= 0 && value.size() > schema.maxItems)
        out.add(error("maxItems", value, pointer, schema, null));
      if (schema.items != null) {
        for (int i = 0; i < value.size(); i++)
          check(schema.items, value.get(i), Pointers.append(pointer, i), out);
      }
    } else if (value.isObject()) {
      if (schema.required != null) {
        for (JsonNode name : schema.required) {
          if (!value.has(name.stringValue()))
            out.add(error("required", value, pointer, schema, name.stringValue()));
        }
      }
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        Node property = schema.properties.get(member.getKey());
        if (property != null)
          check(property, member.getValue(), Pointers.append(pointer, member.getKey()), out);
        else if (schema.closed)
          out.add(error("additionalProperties", value, pointer, schema, member.getKey()));
      }
    }
  }

  private static Error error(
      String keyword, JsonNode value, String pointer, Node schema, String property) {
    return new Error(keyword, value, pointer, schema.tree.get(keyword), schema.tree, property);
  }

  private static boolean hasType(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) if (hasType(value, t.stringValue())) return true;
      return false;
    }
    return hasType(value, type.stringValue());
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isString();
      case "integer" ->
          value.isIntegralNumber() || (value.isNumber() && value.canConvertToExactIntegral());
      case "number" -> value.isNumber() && Double.isFinite(value.doubleValue());
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown type " + type + " in a schema");
    };
  }

  /** Whether the list holds the value (numbers by value, as JSON Schema compares them). */
  private static boolean contains(JsonNode list, JsonNode value) {
    for (JsonNode item : list) {
      if (item.equals(value)) return true;
      if (item.isNumber() && value.isNumber() && compare(value, item) == 0) return true;
    }
    return false;
  }

  private static int compare(JsonNode value, JsonNode limit) {
    if (value.isIntegralNumber() && value.canConvertToLong() && limit.canConvertToLong())
      return Long.compare(value.longValue(), limit.longValue());
    // networknt checks no bound on NaN or an infinity
    if (!Double.isFinite(value.doubleValue())) return 0;
    return value.decimalValue().compareTo(new BigDecimal(limit.asString()));
  }

  /**
   * ECMA-262's {@code $} (no multiline flag) is the end of the text; Java's also matches before a
   * final line break.
   */
  static String javaRegex(String ecma) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < ecma.length()) {
        out.append(c).append(ecma.charAt(++i));
        continue;
      }
      if (c == '[') inClass = true;
      else if (c == ']') inClass = false;
      if (c == '$' && !inClass) out.append("\\z");
      else out.append(c);
    }
    return out.toString();
  }

  /** Reads schema files and resolves their {@code $ref}s, each target compiled once. */
  private static final class Compiler {
    private final Map<String, JsonNode> files = new HashMap<>();
    private final Map<JsonNode, Node> compiled = new IdentityHashMap<>();

    ClientSchema compile(String file) {
      return new ClientSchema(node(file, file(file)));
    }

    private JsonNode file(String name) {
      return files.computeIfAbsent(
          name,
          n -> {
            String text = SchemaText.resource(n);
            if (text == null) throw new IllegalArgumentException("no schema file " + n);
            return SchemaText.tree(text);
          });
    }

    /** The compiled schema object of a file's tree, once (which keeps $ref cycles finite). */
    private Node node(String file, JsonNode tree) {
      Node existing = compiled.get(tree);
      if (existing != null) return existing;
      Node node = new Node(tree);
      compiled.put(tree, node);
      for (Map.Entry<String, JsonNode> keyword : tree.properties()) {
        String name = keyword.getKey();
        if (!ANNOTATIONS.contains(name) && !CHECKED.contains(name))
          throw new IllegalArgumentException(
              "schema keyword " + name + " in " + file + " is not supported");
      }
      JsonNode ref = tree.get("$ref");
      if (ref != null) node.ref = resolve(file, ref.stringValue());
      JsonNode properties = tree.get("properties");
      if (properties != null) {
        Map<String, Node> compiledProperties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : properties.properties())
          compiledProperties.put(p.getKey(), node(file, p.getValue()));
        node.properties = compiledProperties;
      }
      JsonNode additional = tree.get("additionalProperties");
      if (additional != null && !additional.isBoolean())
        throw new IllegalArgumentException("additionalProperties must be a boolean in " + file);
      JsonNode items = tree.get("items");
      if (items != null) node.items = node(file, items);
      JsonNode pattern = tree.get("pattern");
      if (pattern != null) node.pattern = Pattern.compile(javaRegex(pattern.stringValue()));
      return node;
    }

    /** A reference: {@code #/$defs/X} in the same file or {@code other.json#/$defs/X}. */
    private Node resolve(String file, String ref) {
      int hash = ref.indexOf('#');
      String target = hash <= 0 ? file : ref.substring(0, hash);
      if (hash < 0) return node(target, file(target));
      String fragment = ref.substring(hash + 1);
      JsonNode tree = file(target).at(fragment);
      if (tree.isMissingNode())
        throw new IllegalArgumentException("unresolved $ref " + ref + " in " + file);
      return node(target, tree);
    }
  }
}
