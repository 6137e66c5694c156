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
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * App clients in Cognito API documents: CreateUserPoolClient and UpdateUserPoolClient requests
 * (the {@code --cli-input-json} / {@code --cli-input-yaml} files and SDK parameters), responses
 * ({@code {"UserPoolClient": {...}}} from describe/create/update), and the AWS SDK's example files.
 */
public final class ApiDocuments {
  private ApiDocuments() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Whether the root looks like a request: it names the pool, the client or the client's name. */
  static boolean isRequest(JsonNode root) {
    return root.isObject() && (root.has("UserPoolId") || root.has("ClientId") || root.has("ClientName"));
  }

  static boolean isResponse(JsonNode root) {
    return root.isObject() && root.path("UserPoolClient").isObject();
  }

  /**
   * Whether the root is a bare UserPoolClientType ({@code describe-user-pool-client --query
   * UserPoolClient}): it has a member that neither request has — CreationDate or LastModifiedDate
   * (response only), or ClientSecret beside ClientId (Create has no ClientId, Update no ClientSecret).
   */
  static boolean isBareClient(JsonNode root) {
    return root.isObject() && (root.has("CreationDate") || root.has("LastModifiedDate")
        || root.has("ClientId") && root.has("ClientSecret"));
  }

  /** The AWS SDK's {@code examples.json}: {@code {"examples": {"CreateUserPoolClient": [{input, output}]}}}. */
  static boolean isSdkExamples(JsonNode root) {
    JsonNode examples = root.path("examples");
    return examples.path("CreateUserPoolClient").isArray() || examples.path("UpdateUserPoolClient").isArray();
  }

  static void extractRequest(Document doc, List<AppClient> clients) {
    ClientKind kind = doc.root().has("ClientId") ? ClientKind.UPDATE_REQUEST : ClientKind.CREATE_REQUEST;
    clients.add(client(doc, kind, kind == ClientKind.UPDATE_REQUEST ? "UpdateUserPoolClient" : "CreateUserPoolClient", ""));
  }

  static void extractResponse(Document doc, List<AppClient> clients) {
    clients.add(client(doc, ClientKind.DESCRIBED_CLIENT, "UserPoolClient", "/UserPoolClient"));
  }

  static void extractBareClient(Document doc, List<AppClient> clients) {
    clients.add(client(doc, ClientKind.DESCRIBED_CLIENT, "UserPoolClient", ""));
  }

  static void extractSdkExamples(Document doc, List<AppClient> clients) {
    for (String operation : List.of("CreateUserPoolClient", "UpdateUserPoolClient")) {
      JsonNode examples = doc.root().path("examples").path(operation);
      ClientKind kind = operation.startsWith("Create") ? ClientKind.CREATE_REQUEST : ClientKind.UPDATE_REQUEST;
      for (int i = 0; i < examples.size(); i++) {
        String base = Pointers.append(Pointers.append("/examples", operation), i);
        if (examples.get(i).path("input").isObject()) {
          String input = Pointers.append(base, "input");
          clients.add(client(doc, kind, input.substring(1), input));
        }
        if (examples.get(i).path("output").path("UserPoolClient").isObject()) {
          String output = base + "/output/UserPoolClient";
          clients.add(client(doc, ClientKind.DESCRIBED_CLIENT, output.substring(1), output));
        }
      }
    }
  }

  private static AppClient client(Document doc, ClientKind kind, String name, String pointer) {
    Span start = doc.locations().value(pointer);
    Span anchor = Span.at(start.line(), start.column());
    ObjectNode settings = (ObjectNode) convert(doc.root().at(pointer));
    return new AppClient(doc.source(), kind, name, pointer, settings, doc.locations().below(pointer, anchor), anchor);
  }

  /** A copy in which strings with placeholders are unknown values. */
  private static JsonNode convert(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      node.properties().forEach(e -> out.set(e.getKey(), convert(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(item -> out.add(convert(item)));
      return out;
    }
    return node.isString() ? text(node.stringValue()) : node;
  }

  /** A string value: plain when fully known, else an unknown value that keeps its template. */
  static JsonNode text(String value) {
    if (!TemplateStrings.hasPlaceholder(value)) return NODES.stringNode(value);
    return Values.unknown(new Unknown(value, TemplateStrings.parse(value)));
  }

  static Template template(String value) {
    return TemplateStrings.hasPlaceholder(value) ? TemplateStrings.parse(value) : Template.literal(value);
  }
}
