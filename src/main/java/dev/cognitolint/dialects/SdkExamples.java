package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The AWS SDK's {@code examples.json}: {@code {"examples": {"CreateUserPoolClient": [{input,
 * output}]}}}.
 */
final class SdkExamples implements Dialect {
  private static final List<String> OPERATIONS =
      List.of("CreateUserPoolClient", "UpdateUserPoolClient");

  @Override
  public boolean recognises(Document doc) {
    JsonNode examples = doc.root().path("examples");
    return OPERATIONS.stream().anyMatch(operation -> examples.path(operation).isArray());
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    List<AppClient> clients = new ArrayList<>();
    for (String operation : OPERATIONS) {
      JsonNode examples = doc.root().path("examples").path(operation);
      ClientKind kind =
          operation.startsWith("Create") ? ClientKind.CREATE_REQUEST : ClientKind.UPDATE_REQUEST;
      for (int i = 0; i < examples.size(); i++) {
        String base = Pointers.append(Pointers.append("/examples", operation), i);
        if (examples.get(i).path("input").isObject()) {
          String input = Pointers.append(base, "input");
          clients.add(ApiDocuments.client(doc, kind, input.substring(1), input));
        }
        if (examples.get(i).path("output").path("UserPoolClient").isObject()) {
          String output = base + "/output/UserPoolClient";
          clients.add(
              ApiDocuments.client(doc, ClientKind.DESCRIBED_CLIENT, output.substring(1), output));
        }
      }
    }
    return ClientFinder.Found.of("AWS SDK examples", clients);
  }
}
