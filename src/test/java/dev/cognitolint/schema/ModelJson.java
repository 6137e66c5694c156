package dev.cognitolint.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the model and schema files: two-space indents, one array item a line, a final
 * newline.
 */
final class ModelJson {
  private ModelJson() {}

  static final ObjectMapper MAPPER = new JsonMapper();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

  static JsonNode read(Path file) throws IOException {
    return MAPPER.readTree(Files.readString(file));
  }

  static String write(JsonNode node) {
    return MAPPER.writer().with(PRETTY).writeValueAsString(node).replace("\r\n", "\n") + "\n";
  }
}
