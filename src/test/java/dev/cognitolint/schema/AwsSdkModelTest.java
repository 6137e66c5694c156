package dev.cognitolint.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import tools.jackson.databind.JsonNode;

/**
 * The AWS SDK for Java v2 (a test dependency that a dependency bot moves) knows no member of the
 * app client shapes and no enum value that model/ lacks: when a version bump fails here, AWS has
 * added something, and scripts/update-aws-model.sh with a newer botocore brings it in.
 */
class AwsSdkModelTest {
  private static final String SDK_MODEL =
      "software.amazon.awssdk.services.cognitoidentityprovider.model.";

  @Test
  void sdkKnowsNothingTheModelLacks() throws IOException, ReflectiveOperationException {
    JsonNode shapes = ModelJson.read(Path.of("model/cognito-idp-app-client.json")).path("shapes");
    List<String> lacking = new ArrayList<>();
    for (var shape : shapes.properties()) {
      JsonNode facts = shape.getValue();
      if (facts.has("members")) {
        Set<String> ours = new TreeSet<>(facts.get("members").propertyNames());
        for (String member : sdkMembers(shape.getKey())) {
          if (!ours.contains(member)) lacking.add("member " + shape.getKey() + "." + member);
        }
      } else if (facts.has("enum")) {
        Set<String> ours = new TreeSet<>();
        facts.get("enum").forEach(v -> ours.add(v.asString()));
        for (String value : sdkEnumValues(shape.getKey())) {
          if (!ours.contains(value)) lacking.add("value " + value + " of " + shape.getKey());
        }
      }
    }
    assertTrue(
        lacking.isEmpty(),
        "the AWS SDK knows what model/cognito-idp-app-client.json lacks: "
            + lacking
            + "; refresh the model (README: Updating the AWS model)");
  }

  /** The wire names of a structure's members: its builder's sdkFields(). */
  private static List<String> sdkMembers(String shape) throws ReflectiveOperationException {
    Class<?> type = Class.forName(SDK_MODEL + shape);
    SdkPojo builder = (SdkPojo) type.getMethod("builder").invoke(null);
    List<String> names = new ArrayList<>();
    for (SdkField<?> field : builder.sdkFields()) names.add(field.locationName());
    return names;
  }

  /** An enum's knownValues(), as their wire strings. */
  private static List<String> sdkEnumValues(String shape) throws ReflectiveOperationException {
    Method known = Class.forName(SDK_MODEL + shape).getMethod("knownValues");
    List<String> values = new ArrayList<>();
    for (Object value : (Collection<?>) known.invoke(null)) values.add(value.toString());
    return values;
  }
}
