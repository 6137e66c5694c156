package dev.cognitolint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checked-in schemas are what the generator writes; after changing model/:
 * scripts/update-aws-model.sh.
 */
class GeneratedSchemasTest {
  private static final Path SCHEMAS = Path.of("schemas");

  @Test
  void schemasAreGenerated() throws IOException {
    Map<String, String> generated =
        SchemaGenerator.fromRepository()
            .generate(ModelJson.read(SCHEMAS.resolve(SchemaGenerator.CONFIG)));
    for (var file : generated.entrySet()) {
      Path path = SCHEMAS.resolve(file.getKey());
      if (Boolean.getBoolean("schemas.update")) Files.writeString(path, file.getValue());
      assertEquals(
          file.getValue(),
          Files.exists(path) ? Files.readString(path) : "",
          "schemas/"
              + file.getKey()
              + " is not what model/ generates; run scripts/update-aws-model.sh");
    }
  }
}
