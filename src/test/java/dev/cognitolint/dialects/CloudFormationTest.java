package dev.cognitolint.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.syntax.YamlReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudFormationTest {
  private static final JsonMapper JSON = new JsonMapper();

  /**
   * The properties CloudFormation converts from strings (the member table's) are exactly the
   * schema's integers and booleans.
   */
  @Test
  void coercedPropertiesAreTheSchemasIntegersAndBooleans() {
    JsonNode shapes = JSON.readTree(Path.of("schemas/cognito-idp-shapes.schema.json").toFile());
    JsonNode properties =
        JSON.readTree(Path.of("schemas/cloudformation-user-pool-client.schema.json").toFile())
            .get("properties");
    Map<String, Set<String>> byType = new TreeMap<>();
    collect(properties, shapes, byType);
    assertEquals(ofType(Member.Type.INTEGER), byType.get("integer"));
    assertEquals(ofType(Member.Type.BOOLEAN), byType.get("boolean"));
  }

  private static Set<String> ofType(Member.Type type) {
    return Arrays.stream(Member.values())
        .filter(m -> m.type() == type && m.cloudFormationName() != null)
        .filter(CloudFormation::isNumberOrBoolean)
        .map(Member::apiName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void collect(
      JsonNode properties, JsonNode shapes, Map<String, Set<String>> byType) {
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      JsonNode shape = property.getValue();
      while (shape.has("$ref")) {
        String ref = shape.get("$ref").stringValue();
        shape = shapes.at(ref.substring(ref.indexOf('#') + 1));
      }
      if (shape.path("type").isString())
        byType
            .computeIfAbsent(shape.get("type").stringValue(), k -> new TreeSet<>())
            .add(property.getKey());
      if (shape.has("properties")) collect(shape.get("properties"), shapes, byType);
    }
  }

  @Test
  void mergedValuesAreLocatedWhereTheyAreWritten() throws InputException {
    String template =
        """
        Resources:
          Web:
            Type: AWS::Cognito::UserPoolClient
            Properties: &web
              UserPoolId: us-east-1_abc
              CallbackURLs: [https://a.example.com/cb]
          Admin:
            Type: AWS::Cognito::UserPoolClient
            Properties:
              <<: [{ClientName: admin}, *web]
              UserPoolId: us-east-1_own
        """;
    AppClient admin = clients(template, "template.yaml").get("Admin");
    assertEquals(
        "{\"UserPoolId\":\"us-east-1_own\",\"ClientName\":\"admin\",\"CallbackURLs\":[\"https://a.example.com/cb\"]}",
        admin.settings().toString());
    assertEquals(11, admin.locations().value("/UserPoolId").line());
    assertEquals(10, admin.locations().value("/ClientName").line());
    assertEquals(6, admin.locations().value("/CallbackURLs/0").line());
    assertEquals(6, admin.locations().key("/CallbackURLs").line());
  }

  /** CloudFormation reads YAML 1.1; the Serverless Framework reads YAML 1.2 and sends JSON. */
  @Test
  void plainScalarsAreReadAsTheConsumerReadsThem() throws InputException {
    String properties =
        """
              UserPoolId: us-east-1_abc
              EnableTokenRevocation: no
              GenerateSecret: on
              AccessTokenValidity: 1_0
              IdTokenValidity: 010
              AuthSessionValidity: 0o17
              RefreshTokenValidity: 1:30
              ClientName: yes
        """;
    String cloudFormation =
        "Resources:\n  Web:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n"
            + properties;
    assertEquals(
        "{\"UserPoolId\":\"us-east-1_abc\",\"EnableTokenRevocation\":false,\"GenerateSecret\":true,\"AccessTokenValidity\":10,"
            + "\"IdTokenValidity\":8,\"AuthSessionValidity\":\"0o17\",\"RefreshTokenValidity\":90,\"ClientName\":true}",
        clients(cloudFormation, "template.yaml").get("Web").settings().toString());
    String serverless =
        "resources:\n  Resources:\n    Web:\n      Type: AWS::Cognito::UserPoolClient\n      Properties:\n"
            + properties.replaceAll("(?m)^", "  ");
    assertEquals(
        "{\"UserPoolId\":\"us-east-1_abc\",\"EnableTokenRevocation\":\"no\",\"GenerateSecret\":\"on\",\"AccessTokenValidity\":\"1_0\","
            + "\"IdTokenValidity\":10,\"AuthSessionValidity\":15,\"RefreshTokenValidity\":\"1:30\",\"ClientName\":\"yes\"}",
        clients(serverless, "serverless.yml").get("Web").settings().toString());
  }

  private static Map<String, AppClient> clients(String text, String path) throws InputException {
    Map<String, AppClient> out = new TreeMap<>();
    new YamlReader(Limits.DEFAULT)
        .read(new SourceFile(path, text))
        .forEach(doc -> ClientFinder.find(doc).clients().forEach(c -> out.put(c.name(), c)));
    return out;
  }
}
