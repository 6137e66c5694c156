package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Unknown;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.TemplateStrings;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * App clients in Cognito API documents ({@link ApiRequest}, {@link ApiResponse}, {@link
 * SdkExamples}): the members are the API's, and strings with placeholders are unknown values.
 */
public final class ApiDocuments {
  private ApiDocuments() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static AppClient client(Document doc, ClientKind kind, String name, String pointer) {
    return client(doc, kind, name, pointer, (at, value) -> scalar(value));
  }

  /**
   * @param scalars the value of each scalar, from its pointer (relative to the client) and node
   */
  static AppClient client(
      Document doc,
      ClientKind kind,
      String name,
      String pointer,
      BiFunction<String, JsonNode, JsonNode> scalars) {
    Span start = doc.locations().value(pointer);
    Span anchor = Span.at(start.line(), start.column());
    ObjectNode settings = (ObjectNode) convert(doc.root().at(pointer), "", scalars);
    return new AppClient(
        doc.source(), kind, name, settings, doc.locations().below(pointer, anchor), anchor);
  }

  /** A copy in which strings with placeholders are unknown values. */
  private static JsonNode convert(
      JsonNode node, String pointer, BiFunction<String, JsonNode, JsonNode> scalars) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      node.properties()
          .forEach(
              e ->
                  out.set(
                      e.getKey(),
                      convert(e.getValue(), Pointers.append(pointer, e.getKey()), scalars)));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        out.add(convert(node.get(i), Pointers.append(pointer, i), scalars));
      }
      return out;
    }
    return scalars.apply(pointer, node);
  }

  static JsonNode scalar(JsonNode node) {
    return node.isString() ? text(node.stringValue()) : node;
  }

  /** A string value: plain when fully known, else an unknown value that keeps its template. */
  static JsonNode text(String value) {
    if (!TemplateStrings.hasPlaceholder(value)) return NODES.stringNode(value);
    return Values.unknown(new Unknown(value, TemplateStrings.parse(value)));
  }

  static Template template(String value) {
    return TemplateStrings.hasPlaceholder(value)
        ? TemplateStrings.parse(value)
        : Template.literal(value);
  }
}
