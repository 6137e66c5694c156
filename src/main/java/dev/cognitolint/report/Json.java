package dev.cognitolint.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The JSON reports' common writing: indented, '\n' line ends whatever the platform, a final newline. */
final class Json {
  private Json() {}

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  static String pretty(JsonNode node) {
    return MAPPER.writeValueAsString(node).replace("\r\n", "\n") + "\n";
  }
}
