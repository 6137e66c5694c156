package dev.cognitolint.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the app client schemas of {@code schemas/} from the trimmed AWS model ({@code
 * model/cognito-idp-app-client.json}) and the hand-kept {@code model/schemas.json} (descriptions,
 * enum titles, how CloudFormation and Terraform differ from the API), and the {@code
 * options.knownValues} members of the configuration schema.
 */
final class SchemaGenerator {
  static final Path MODEL_DIR = Path.of("model");
  static final String SHAPES = "cognito-idp-shapes.schema.json";
  static final String CONFIG = "cognito-lint-config.schema.json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode shapes;
  private final JsonNode notes;
  private final String modelDate;

  SchemaGenerator(JsonNode model, JsonNode notes) {
    this.shapes = model.path("shapes");
    this.notes = notes;
    this.modelDate = model.path("modelDate").asString();
  }

  static SchemaGenerator fromRepository() throws IOException {
    return new SchemaGenerator(
        ModelJson.read(MODEL_DIR.resolve("cognito-idp-app-client.json")),
        ModelJson.read(MODEL_DIR.resolve("schemas.json")));
  }

  /**
   * File name in schemas/ to its generated text; the configuration schema is given as it is now.
   */
  Map<String, String> generate(JsonNode configSchema) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(SHAPES, ModelJson.write(shapesSchema()));
    for (JsonNode dialect : notes.path("schemas"))
      out.put(dialect.path("file").asString(), ModelJson.write(rootSchema(dialect)));
    out.put(CONFIG, ModelJson.write(withKnownValues(configSchema)));
    return out;
  }

  /**
   * The model's shapes, then one definition per member of the root shapes (with its description).
   */
  private ObjectNode shapesSchema() {
    ObjectNode schema = header(notes.path("shapes"));
    ObjectNode defs = schema.putObject("$defs");
    Set<String> members = new LinkedHashSet<>();
    Set<String> roots = rootShapes();
    for (String root : roots)
      shapes.get(root).path("members").propertyNames().forEach(members::add);
    for (var shape : shapes.properties()) {
      if (roots.contains(shape.getKey()) || members.contains(shape.getKey())) continue;
      defs.set(shape.getKey(), shape(shape.getKey(), shape.getValue()));
    }
    for (String member : members) {
      String shapeName = memberShape(member);
      // A shape named as its member (botocore's GenerateSecret) is written into the member's
      // definition.
      ObjectNode def =
          members.contains(shapeName)
              ? shape(shapeName, shapes.get(shapeName))
              : ref("#/$defs/" + shapeName);
      def.put("description", description(member));
      defs.set(member, def);
    }
    return schema;
  }

  private Set<String> rootShapes() {
    Set<String> roots = new LinkedHashSet<>();
    notes.path("schemas").forEach(s -> roots.add(s.path("root").asString()));
    return roots;
  }

  /** The shape of a member of the root shapes (the same in each, as in the model). */
  private String memberShape(String member) {
    for (String root : rootShapes()) {
      JsonNode m = shapes.get(root).path("members").get(member);
      if (m != null) return m.path("shape").asString();
    }
    throw new IllegalStateException("no root shape has the member " + member);
  }

  private ObjectNode shape(String name, JsonNode shape) {
    ObjectNode def = NODES.objectNode();
    String type = shape.path("type").asString();
    if (shape.has("enum")) {
      def.put("title", text(notes.path("enumTitles"), name, "an enum title"));
      def.set("enum", shape.get("enum"));
      return def;
    }
    switch (type) {
      case "string" -> {
        def.put("type", "string");
        copy(shape, "min", def, "minLength");
        copy(shape, "max", def, "maxLength");
        if (shape.has("pattern")) def.put("pattern", whole(shape.get("pattern").asString()));
      }
      case "integer", "long" -> {
        def.put("type", "integer");
        copy(shape, "min", def, "minimum");
        copy(shape, "max", def, "maximum");
      }
      case "boolean" -> def.put("type", "boolean");
      case "list" -> {
        def.put("type", "array");
        copy(shape, "min", def, "minItems");
        copy(shape, "max", def, "maxItems");
        def.set("items", ref("#/$defs/" + shape.path("member").path("shape").asString()));
      }
      case "structure" -> structure(name, shape, "#/$defs/", true, def);
      default -> {
        JsonNode mapped = notes.path("types").get(type);
        if (mapped == null)
          throw new IllegalStateException(
              "model/schemas.json: types has no JSON Schema for the model type " + type);
        def.setAll((ObjectNode) mapped);
      }
    }
    return def;
  }

  private void structure(
      String name, JsonNode shape, String refBase, boolean required, ObjectNode def) {
    def.put("type", "object");
    def.put("additionalProperties", false);
    if (required && shape.has("required")) def.set("required", shape.get("required"));
    ObjectNode properties = def.putObject("properties");
    for (var member : shape.path("members").properties()) {
      ObjectNode property = ref(refBase + member.getValue().path("shape").asString());
      if (refBase.startsWith("#"))
        property.put("description", description(name + "." + member.getKey()));
      properties.set(member.getKey(), property);
    }
  }

  /** A request or resource schema: the root shape's members, as the dialect adjusts them. */
  private ObjectNode rootSchema(JsonNode dialect) {
    JsonNode root = shapes.get(dialect.path("root").asString());
    ObjectNode schema = header(dialect);
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    JsonNode required = dialect.has("required") ? dialect.get("required") : root.get("required");
    if (required != null) schema.set("required", required);
    Set<String> omit = new LinkedHashSet<>();
    dialect.path("omit").forEach(m -> omit.add(m.asString()));
    ObjectNode properties = schema.putObject("properties");
    for (String member : root.path("members").propertyNames()) {
      if (omit.contains(member)) continue;
      ObjectNode property;
      JsonNode optional = dialect.path("optional").get(member);
      if (optional != null) {
        // Some members of a structure are optional here though the API requires them: the
        // structure, inline.
        property = NODES.objectNode();
        property.put("description", description(member));
        String shapeName = memberShape(member);
        structure(shapeName, shapes.get(shapeName), SHAPES + "#/$defs/", false, property);
      } else {
        property = ref(SHAPES + "#/$defs/" + member);
      }
      JsonNode override = dialect.path("override").get(member);
      if (override != null) property.setAll((ObjectNode) override);
      properties.set(member, property);
    }
    return schema;
  }

  /**
   * The configuration schema with {@code options.knownValues} listing every enumerated member
   * (nested ones as {@code TokenValidityUnits.AccessToken}); the rest of it is hand-written.
   */
  private JsonNode withKnownValues(JsonNode config) {
    ObjectNode copy = (ObjectNode) config.deepCopy();
    ObjectNode known = NODES.objectNode();
    known.put(
        "description",
        "Values that AWS added after the API model of "
            + modelDate
            + " and CL103 should accept, by member: ExplicitAuthFlows: [ALLOW_PASSKEY_AUTH].");
    known.put("type", "object");
    known.put("additionalProperties", false);
    ObjectNode properties = known.putObject("properties");
    Set<String> seen = new LinkedHashSet<>();
    for (String root : rootShapes()) enumMembers("", shapes.get(root), seen);
    for (String member : seen) {
      ObjectNode list = properties.putObject(member);
      list.put("type", "array");
      list.putObject("items").put("type", "string").put("minLength", 1);
    }
    ((ObjectNode) copy.path("properties").path("options").path("properties"))
        .set("knownValues", known);
    return copy;
  }

  private void enumMembers(String prefix, JsonNode structure, Set<String> out) {
    for (var member : structure.path("members").properties()) {
      JsonNode shape = shapes.get(member.getValue().path("shape").asString());
      if (shape.path("type").asString().equals("list"))
        shape = shapes.get(shape.path("member").path("shape").asString());
      if (shape.has("enum")) out.add(prefix + member.getKey());
      else if (shape.has("members")) enumMembers(prefix + member.getKey() + ".", shape, out);
    }
  }

  private ObjectNode header(JsonNode notesOfFile) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", notesOfFile.path("title").asString());
    schema.put(
        "$comment", notesOfFile.path("$comment").asString().replace("{modelDate}", modelDate));
    return schema;
  }

  private String description(String key) {
    return text(notes.path("descriptions"), key, "a description");
  }

  private static String text(JsonNode map, String key, String what) {
    JsonNode value = map.get(key);
    if (value == null)
      throw new IllegalStateException("model/schemas.json: add " + what + " for " + key);
    return value.asString();
  }

  private static ObjectNode ref(String target) {
    return NODES.objectNode().put("$ref", target);
  }

  private static void copy(JsonNode shape, String fact, ObjectNode def, String keyword) {
    if (shape.has(fact)) def.set(keyword, shape.get(fact));
  }

  /** The service matches a pattern against the whole value; JSON Schema anywhere in it. */
  private static String whole(String pattern) {
    return pattern.startsWith("^") && pattern.endsWith("$") ? pattern : "^(?:" + pattern + ")$";
  }
}
