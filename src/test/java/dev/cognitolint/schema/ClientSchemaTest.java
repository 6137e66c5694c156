package dev.cognitolint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cognitolint.Linter;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * ClientSchema finds the errors networknt's validator finds, on the same schemas: on every client
 * of the fixtures and samples, and on each member of each schema set to values of every type and
 * edge.
 */
class ClientSchemaTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemas(
                  iri ->
                      iri.startsWith("classpath:schemas/")
                          ? SchemaText.resource(iri.substring("classpath:schemas/".length()))
                          : null));

  private final Map<ClientKind, Schema> reference = new EnumMap<>(ClientKind.class);
  private final Map<ClientKind, ClientSchema> compiled = new EnumMap<>(ClientKind.class);

  /** Keyword, pointer and property of each error that the structure rules report, sorted. */
  private List<String> expected(ClientKind kind, JsonNode settings) {
    Schema schema =
        reference.computeIfAbsent(
            kind,
            k ->
                REGISTRY.getSchema(
                    SchemaLocation.of("classpath:schemas/" + SchemaCheck.SCHEMA_FILES.get(k))));
    List<String> out = new ArrayList<>();
    for (com.networknt.schema.Error e : schema.validate(settings)) {
      if (e.getInstanceNode() != null && Values.isUnknown(e.getInstanceNode())) continue;
      if (StructureRule.forKeyword(e.getKeyword()).isEmpty()) continue;
      out.add(
          e.getKeyword()
              + " "
              + SchemaCheck.pointer(e.getInstanceLocation())
              + " "
              + e.getProperty()
              + " "
              + e.getSchemaNode());
    }
    out.sort(null);
    return out;
  }

  private List<String> actual(ClientKind kind, JsonNode settings) {
    ClientSchema schema =
        compiled.computeIfAbsent(kind, k -> ClientSchema.compile(SchemaCheck.SCHEMA_FILES.get(k)));
    List<String> out = new ArrayList<>();
    for (ClientSchema.Error e : schema.validate(settings)) {
      out.add(e.keyword() + " " + e.pointer() + " " + e.property() + " " + e.schemaValue());
    }
    out.sort(null);
    return out;
  }

  @Test
  void sameErrorsOnEveryClientOfTheFixturesAndSamples() throws IOException {
    Linter linter = new Linter(Limits.DEFAULT, List.of());
    int clients = 0;
    int errors = 0;
    List<Path> files;
    try (Stream<Path> fixtures = Files.walk(Path.of("src/test/resources/fixtures"));
        Stream<Path> samples = Files.walk(Path.of("samples"))) {
      files =
          Stream.concat(fixtures, samples)
              .filter(Files::isRegularFile)
              .filter(p -> !p.toString().endsWith(".expect"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      List<AppClient> found;
      try {
        found = linter.clients(file, file.toString());
      } catch (InputException e) {
        continue;
      }
      for (AppClient client : found) {
        List<String> expected = expected(client.kind(), client.settings());
        assertEquals(expected, actual(client.kind(), client.settings()), file.toString());
        clients++;
        errors += expected.size();
      }
    }
    assertTrue(clients > 300 && errors > 100, clients + " clients, " + errors + " errors");
  }

  @Test
  void sameErrorsForEveryMemberSetToValuesOfEachType() {
    for (ClientKind kind : SchemaCheck.SCHEMA_FILES.keySet()) {
      JsonNode schema = SchemaText.tree(SchemaText.resource(SchemaCheck.SCHEMA_FILES.get(kind)));
      List<String> members = new ArrayList<>();
      schema.get("properties").propertyNames().forEach(members::add);
      members.add("NoSuchMember");
      for (String member : members) {
        for (JsonNode value : values()) {
          ObjectNode settings = NODES.objectNode();
          settings.set(member, value);
          assertEquals(
              expected(kind, settings), actual(kind, settings), kind + " " + member + ": " + value);
        }
      }
    }
  }

  private static List<JsonNode> values() {
    List<JsonNode> values = new ArrayList<>();
    for (String s :
        List.of(
            "",
            "x",
            "a b",
            "us-east-1_Abc",
            "us-east-1_Abc\n",
            "https://example.com/cb",
            "https://example.com/cb\n",
            "days",
            "weeks",
            "ENABLED",
            "code",
            "ALLOW_REFRESH_TOKEN_AUTH",
            "0123456789abcdef0123456789abcdef",
            "arn:aws:iam::123456789012:role/r",
            "x".repeat(3000),
            "\u00e9\ud83d\ude00",
            "12",
            "true")) values.add(NODES.stringNode(s));
    for (long n : List.of(0L, -1L, 1L, 3L, 16L, 60L, 86401L, 315360001L, 1L << 40))
      values.add(NODES.numberNode(n));
    values.add(NODES.numberNode(1.5));
    values.add(NODES.numberNode(2.0));
    values.add(NODES.numberNode(Double.NaN));
    values.add(NODES.numberNode(Double.POSITIVE_INFINITY));
    values.add(NODES.numberNode(Double.NEGATIVE_INFINITY));
    values.add(NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
    values.add(NODES.booleanNode(true));
    values.add(NODES.nullNode());
    values.add(NODES.arrayNode());
    ArrayNode mixed = NODES.arrayNode().add("code").add(1).add("bogus").add(NODES.nullNode());
    values.add(mixed);
    ArrayNode many = NODES.arrayNode();
    for (int i = 0; i < 101; i++) many.add("https://example.com/" + i);
    values.add(many);
    values.add(NODES.objectNode());
    values.add(
        NODES.objectNode().put("AccessToken", "weeks").put("Bogus", 1).put("Feature", "ENABLED"));
    values.add(NODES.objectNode().put("RetryGracePeriodSeconds", 61).put("ApplicationId", "zz"));
    values.add(Values.unknown(dev.cognitolint.model.Unknown.of("!Ref Other")));
    return values;
  }
}
