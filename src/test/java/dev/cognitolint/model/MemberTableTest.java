package dev.cognitolint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The member table says what the AWS model (model/) and the generated schemas (schemas/) say. */
class MemberTableTest {
  private static final JsonNode SHAPES = read("model/cognito-idp-app-client.json").path("shapes");

  private static JsonNode read(String file) {
    try {
      return new JsonMapper().readTree(Files.readString(Path.of(file)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Every member of the three root shapes (in the order the create request, update and response
   * first list them), with its type.
   */
  @Test
  void topLevelMembersAreTheModelsWithTheirTypes() {
    Map<String, String> model = new LinkedHashMap<>();
    for (String root :
        List.of(
            "CreateUserPoolClientRequest", "UpdateUserPoolClientRequest", "UserPoolClientType")) {
      SHAPES
          .path(root)
          .path("members")
          .properties()
          .forEach(e -> model.putIfAbsent(e.getKey(), shapeType(e.getValue())));
    }
    Map<String, String> table = new LinkedHashMap<>();
    Member.topLevel()
        .forEach(m -> table.put(m.apiName(), m.type().name().toLowerCase(Locale.ROOT)));
    assertEquals(Set.copyOf(model.entrySet()), Set.copyOf(table.entrySet()));
    assertEquals(
        List.copyOf(model.keySet()).stream()
            .filter(n -> !n.endsWith("Date") && !n.equals("ClientId"))
            .toList(),
        table.keySet().stream().filter(n -> !n.endsWith("Date") && !n.equals("ClientId")).toList(),
        "the create request's order");
  }

  @Test
  void structureMembersAreTheModelsWithTheirTypes() {
    for (Member structure : Member.values()) {
      if (structure.type() != Member.Type.STRUCTURE) continue;
      JsonNode shape =
          SHAPES.path(
              SHAPES
                  .path("CreateUserPoolClientRequest")
                  .path("members")
                  .path(structure.apiName())
                  .path("shape")
                  .stringValue());
      Map<String, String> model = new LinkedHashMap<>();
      shape
          .path("members")
          .properties()
          .forEach(e -> model.put(e.getKey(), shapeType(e.getValue())));
      Map<String, String> table = new LinkedHashMap<>();
      structure
          .members()
          .forEach(m -> table.put(m.apiName(), m.type().name().toLowerCase(Locale.ROOT)));
      assertEquals(model, table, structure.apiName());
    }
  }

  /**
   * UpdateUserPoolClient takes exactly the updatable members; each it resets on omission has a
   * default to say.
   */
  @Test
  void updatableMembersAreTheUpdateRequests() {
    List<String> update = new ArrayList<>();
    SHAPES.path("UpdateUserPoolClientRequest").path("members").propertyNames().forEach(update::add);
    update.removeAll(List.of("UserPoolId", "ClientId")); // they say which client; nothing is reset
    assertEquals(
        update, Member.topLevel().stream().filter(Member::updatable).map(Member::apiName).toList());
    assertEquals(
        List.of(),
        Member.topLevel().stream().filter(m -> m.updatable() && m.apiDefault() == null).toList());
  }

  @Test
  void cloudFormationPropertiesAreTheSchemas() {
    assertNamesAreTheSchemas(
        "cloudformation-user-pool-client.schema.json", Member::cloudFormationName);
  }

  /**
   * The Terraform schema is written in API names: each of its members needs the provider's name for
   * it.
   */
  @Test
  void everyTerraformMemberHasAnArgumentName() {
    assertNamesAreTheSchemas("terraform-user-pool-client.schema.json", Member::terraformName);
  }

  private static void assertNamesAreTheSchemas(
      String schema, java.util.function.Function<Member, String> name) {
    JsonNode properties = read("schemas/" + schema).path("properties");
    List<String> inSchema = new ArrayList<>();
    properties.propertyNames().forEach(inSchema::add);
    assertEquals(
        inSchema,
        Member.topLevel().stream()
            .filter(m -> name.apply(m) != null)
            .map(Member::apiName)
            .toList());
    for (Member structure : Member.values()) {
      if (structure.type() != Member.Type.STRUCTURE || name.apply(structure) == null) continue;
      // The schemas' structures are the shapes' (the CloudFormation schema adjusts only their
      // constraints).
      assertEquals(
          List.of(),
          structure.members().stream().filter(m -> name.apply(m) == null).toList(),
          structure.apiName());
    }
  }

  private static String shapeType(JsonNode member) {
    return SHAPES.path(member.path("shape").stringValue()).path("type").stringValue();
  }
}
