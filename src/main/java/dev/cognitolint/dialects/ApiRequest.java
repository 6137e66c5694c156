package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.syntax.Document;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * CreateUserPoolClient and UpdateUserPoolClient requests: the {@code --cli-input-json} and {@code
 * --cli-input-yaml} files and SDK parameters. A request names the pool, the client or the client's
 * name; one with ClientId is an update. Placeholders left for a person to fill in make the file a
 * template ({@link Placeholders}), which one note says.
 */
final class ApiRequest implements Dialect {
  @Override
  public boolean recognises(Document doc) {
    JsonNode root = doc.root();
    return root.isObject()
        && (root.has("UserPoolId") || root.has("ClientId") || root.has("ClientName"));
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    ClientKind kind =
        doc.root().has("ClientId") ? ClientKind.UPDATE_REQUEST : ClientKind.CREATE_REQUEST;
    String operation =
        kind == ClientKind.UPDATE_REQUEST ? "UpdateUserPoolClient" : "CreateUserPoolClient";
    Placeholders placeholders = new Placeholders(doc.root());
    AppClient client = ApiDocuments.client(doc, kind, operation, "", placeholders::scalar);
    return new ClientFinder.Found(
        kind.label(), List.of(client), placeholders.note(doc).stream().toList(), List.of());
  }
}
