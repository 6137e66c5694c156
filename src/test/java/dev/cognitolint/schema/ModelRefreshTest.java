package dev.cognitolint.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refreshes {@code model/cognito-idp-app-client.json} from botocore's {@code
 * cognito-idp/2016-04-18/service-2.json} and prints what changed; run by {@code
 * scripts/update-aws-model.sh}, which passes the file, its commit and its date.
 */
class ModelRefreshTest {
  static final Path MODEL = Path.of("model/cognito-idp-app-client.json");

  /** The shapes the app client schemas are made of, and everything they refer to. */
  static final List<String> ROOTS =
      List.of("CreateUserPoolClientRequest", "UpdateUserPoolClientRequest", "UserPoolClientType");

  /** The facts kept of a shape; documentation and SDK hints (sensitive, box) are left out. */
  private static final Set<String> FACTS =
      Set.of("type", "required", "members", "member", "enum", "min", "max", "pattern");

  @Test
  @EnabledIfSystemProperty(named = "botocore.model", matches = ".+")
  void refreshFromBotocore() throws IOException {
    JsonNode service = ModelJson.read(Path.of(System.getProperty("botocore.model")));
    ObjectNode model = JsonNodeFactory.instance.objectNode();
    model.put("source", "botocore/data/cognito-idp/2016-04-18/service-2.json");
    model.put("botocoreCommit", System.getProperty("botocore.commit", "unknown"));
    model.put("modelDate", System.getProperty("botocore.date", "unknown"));
    ArrayNode roots = model.putArray("roots");
    ROOTS.forEach(roots::add);
    model.set("shapes", trim(service.path("shapes")));
    JsonNode before =
        Files.exists(MODEL) ? ModelJson.read(MODEL) : JsonNodeFactory.instance.objectNode();
    List<String> changes = new ArrayList<>();
    diff("", before, model, changes);
    Files.writeString(MODEL, ModelJson.write(model));
    System.out.println(
        changes.isEmpty() ? "model: no change" : "model: " + String.join("\nmodel: ", changes));
  }

  /** The root shapes and those they refer to, in the order met, with their facts only. */
  static ObjectNode trim(JsonNode shapes) {
    Set<String> names = new LinkedHashSet<>();
    ROOTS.forEach(root -> collect(root, shapes, names));
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String name : names) {
      ObjectNode shape = out.putObject(name);
      for (var fact : shapes.get(name).properties()) {
        if (!FACTS.contains(fact.getKey())) continue;
        switch (fact.getKey()) {
          case "members" -> {
            ObjectNode members = shape.putObject("members");
            fact.getValue()
                .properties()
                .forEach(
                    m ->
                        members
                            .putObject(m.getKey())
                            .put("shape", m.getValue().path("shape").asString()));
          }
          case "member" ->
              shape.putObject("member").put("shape", fact.getValue().path("shape").asString());
          default -> shape.set(fact.getKey(), fact.getValue());
        }
      }
    }
    return out;
  }

  private static void collect(String name, JsonNode shapes, Set<String> names) {
    if (!names.add(name)) return;
    JsonNode shape = shapes.get(name);
    if (shape == null) throw new IllegalArgumentException("the service model has no shape " + name);
    shape.path("members").forEach(m -> collect(m.path("shape").asString(), shapes, names));
    if (shape.has("member")) collect(shape.path("member").path("shape").asString(), shapes, names);
  }

  /** One line per difference: added and removed keys and list items, changed values. */
  static void diff(String path, JsonNode before, JsonNode after, List<String> out) {
    if (before.isObject() && after.isObject()) {
      Set<String> keys = new TreeSet<>(before.propertyNames());
      keys.addAll(after.propertyNames());
      for (String key : keys) {
        String at = path.isEmpty() ? key : path + "." + key;
        if (!before.has(key)) out.add(at + ": added " + after.get(key));
        else if (!after.has(key)) out.add(at + ": removed");
        else diff(at, before.get(key), after.get(key), out);
      }
    } else if (before.isArray() && after.isArray()) {
      Set<JsonNode> old = new LinkedHashSet<>();
      before.forEach(old::add);
      Set<JsonNode> now = new LinkedHashSet<>();
      after.forEach(now::add);
      now.stream().filter(v -> !old.contains(v)).forEach(v -> out.add(path + ": added " + v));
      old.stream().filter(v -> !now.contains(v)).forEach(v -> out.add(path + ": removed " + v));
    } else if (!before.equals(after)) {
      out.add(path + ": " + before + " -> " + after);
    }
  }
}
