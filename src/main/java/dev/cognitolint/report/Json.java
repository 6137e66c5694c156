package dev.cognitolint.report;

import dev.cognitolint.model.SafeText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The JSON reports' common writing: indented, '\n' line ends whatever the platform, a final
 * newline. Jackson escapes the C0 controls; a lone surrogate, which it writes as it is, becomes
 * U+FFFD so that the report is valid UTF-8.
 */
final class Json {
  private Json() {}

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  static String pretty(JsonNode node) {
    return SafeText.wellFormed(MAPPER.writeValueAsString(node).replace("\r\n", "\n") + "\n");
  }
}
