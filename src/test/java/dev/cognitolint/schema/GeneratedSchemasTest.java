package dev.cognitolint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.cognitolint.dialects.Terraform;
import org.junit.jupiter.api.Test;

/** The checked-in schemas are what the generator writes; after changing model/: scripts/update-aws-model.sh. */
class GeneratedSchemasTest {
  private static final Path SCHEMAS = Path.of("schemas");

  @Test
  void schemasAreGenerated() throws IOException {
    Map<String, String> generated = SchemaGenerator.fromRepository()
        .generate(ModelJson.read(SCHEMAS.resolve(SchemaGenerator.CONFIG)));
    for (var file : generated.entrySet()) {
      Path path = SCHEMAS.resolve(file.getKey());
      if (Boolean.getBoolean("schemas.update")) Files.writeString(path, file.getValue());
      assertEquals(file.getValue(), Files.exists(path) ? Files.readString(path) : "",
          "schemas/" + file.getKey() + " is not what model/ generates; run scripts/update-aws-model.sh");
    }
  }

  /** A member that AWS adds needs its provider argument name in dev.cognitolint.dialects.Terraform too. */
  @Test
  void everyTerraformMemberHasAnArgumentName() throws IOException {
    List<String> unnamed = new ArrayList<>();
    for (String member : ModelJson.read(SCHEMAS.resolve("terraform-user-pool-client.schema.json")).path("properties").propertyNames()) {
      if (Terraform.argumentName(member).equals(member)) unnamed.add(member);
    }
    assertEquals(List.of(), unnamed, "members without a Terraform argument name in Terraform.API_TO_TERRAFORM");
  }
}
