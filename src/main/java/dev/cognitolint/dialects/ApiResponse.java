package dev.cognitolint.dialects;

import dev.cognitolint.model.ClientKind;
import dev.cognitolint.syntax.Document;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * describe/create/update-user-pool-client output: {@code {"UserPoolClient": {...}}}, or the bare
 * UserPoolClientType ({@code --query UserPoolClient}), which has a member that neither request has:
 * CreationDate or LastModifiedDate, or ClientSecret beside ClientId (Create has no ClientId, Update
 * no ClientSecret).
 */
final class ApiResponse implements Dialect {
  @Override
  public boolean recognises(Document doc) {
    JsonNode root = doc.root();
    return root.isObject() && (root.path("UserPoolClient").isObject() || isBareClient(root));
  }

  private static boolean isBareClient(JsonNode root) {
    return root.has("CreationDate")
        || root.has("LastModifiedDate")
        || root.has("ClientId") && root.has("ClientSecret");
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    String pointer = doc.root().path("UserPoolClient").isObject() ? "/UserPoolClient" : "";
    return ClientFinder.Found.of(
        "UserPoolClient API response",
        List.of(ApiDocuments.client(doc, ClientKind.DESCRIBED_CLIENT, "UserPoolClient", pointer)));
  }
}
