package dev.cognitolint.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Fn::ForEach: which clients a loop generates, named and located how. */
class ForEachTest {
  private static final String TEMPLATE =
      """
      Transform: AWS::LanguageExtensions
      Parameters:
        Hosts: {Type: CommaDelimitedList, Default: "a.example.com"}
      Resources:
        Fn::ForEach::Stages:
          - Stage
          - [prod, dev-1]
          - Web&{Stage}:
              Type: AWS::Cognito::UserPoolClient
              Metadata:
                cognito-lint:
                  ignore: [{id: CL201, reason: test rig}]
              Properties:
                ClientName: !Ref Stage
                CallbackURLs: ["https://${Stage}.example.com/cb"]
        Fn::ForEach::Hosts:
          - Host
          - !Ref Hosts
          - Client${Host}:
              Type: AWS::Cognito::UserPoolClient
              Properties:
                ClientName: !Ref Host
                CallbackURLs: ["https://&{Host}/cb"]
      """;

  @Test
  void eachItemIsAClientAtTheBodyAndAnUnknownCollectionIsOne() throws InputException {
    Map<String, AppClient> clients = new TreeMap<>();
    List<Suppression> suppressions = new ArrayList<>();
    for (Document doc : new YamlReader(Limits.DEFAULT).read(new SourceFile("t.yaml", TEMPLATE))) {
      ClientFinder.Found found = ClientFinder.find(doc);
      found.clients().forEach(c -> clients.put(c.name(), c));
      suppressions.addAll(found.suppressions());
    }
    assertEquals(List.of("Client${Host}", "Webdev1", "Webprod"), List.copyOf(clients.keySet()));
    assertEquals(
        "{\"ClientName\":\"dev-1\",\"CallbackURLs\":[\"https://dev-1.example.com/cb\"]}",
        clients.get("Webdev1").settings().toString());
    assertEquals(15, clients.get("Webprod").locations().value("/CallbackURLs/0").line());
    assertEquals(15, clients.get("Webdev1").locations().value("/CallbackURLs/0").line());
    // The parameter's Default is not taken for its value: the item stays unknown.
    AppClient unknown = clients.get("Client${Host}");
    assertEquals("!Ref Host", Values.asUnknown(unknown.settings().get("ClientName")).source());
    assertEquals(
        "https://${Host}/cb",
        Values.asUnknown(unknown.settings().get("CallbackURLs").get(0)).source());
    assertEquals(
        List.of("Webprod", "Webdev1"), suppressions.stream().map(Suppression::resource).toList());
  }
}
