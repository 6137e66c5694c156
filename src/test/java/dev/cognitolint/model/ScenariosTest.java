package dev.cognitolint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.dialects.ClientFinder;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.syntax.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a client with choices expands into scenarios. */
class ScenariosTest {
  private static final String HEAD =
      """
      Resources:
        Client:
          Type: AWS::Cognito::UserPoolClient
          Properties:
      """;

  @Test
  void aClientWithoutChoicesIsItsOwnOnlyScenario() throws InputException {
    AppClient client = client("      ClientName: web\n      CallbackURLs: [!Ref Url]\n");
    List<Scenarios.Scenario> scenarios = Scenarios.of(client);
    assertEquals(1, scenarios.size());
    assertSame(client, scenarios.get(0).client());
    assertEquals(Map.of(), scenarios.get(0).assignment());
  }

  @Test
  void theSameConditionTakesTheSameBranchEverywhere() throws InputException {
    List<Scenarios.Scenario> scenarios =
        Scenarios.of(
            client(
                """
                      ClientName: !If [IsProd, prod, dev]
                      CallbackURLs: [!If [IsProd, "https://prod", "https://dev"]]
                """));
    assertEquals(2, scenarios.size());
    for (Scenarios.Scenario s : scenarios) {
      String name = s.client().get("ClientName").stringValue();
      assertEquals(s.assignment().get("IsProd") ? "prod" : "dev", name);
      assertEquals("https://" + name, s.client().get("CallbackURLs").get(0).stringValue());
    }
  }

  @Test
  void aNestedConditionIsAssignedAndEachValueIsLocatedAtItsBranch() throws InputException {
    List<Scenarios.Scenario> scenarios =
        Scenarios.of(client("      ClientName: !If [A, a, !If [B, b, c]]\n"));
    assertEquals(4, scenarios.size());
    for (Scenarios.Scenario s : scenarios) {
      boolean a = s.assignment().get("A");
      boolean b = s.assignment().get("B");
      String expected = a ? "a" : b ? "b" : "c";
      assertEquals(expected, s.client().get("ClientName").stringValue());
      // Line 5 is the property's: "      ClientName: !If [A, a, !If [B, b, c]]"
      int column = a ? 27 : b ? 38 : 41;
      assertEquals(Span.at(5, column), start(s.client().locations().value("/ClientName")));
      assertEquals(Span.at(5, 7), start(s.client().locations().key("/ClientName")));
    }
  }

  @Test
  void noValueRemovesAnItemAndTheItemsAfterItKeepTheirPlaceAndIndex() throws InputException {
    List<Scenarios.Scenario> scenarios =
        Scenarios.of(
            client(
                """
                      CallbackURLs:
                        - !If [IsProd, !Ref AWS::NoValue, "http://dev"]
                        - "http://after"
                """));
    Scenarios.Scenario prod = scenarios.get(0);
    assertTrue(prod.assignment().get("IsProd"));
    assertEquals(1, prod.client().get("CallbackURLs").size());
    assertEquals(Span.at(7, 11), start(prod.client().locations().value("/CallbackURLs/0")));
    assertEquals("CallbackURLs[1]", prod.client().names().at("/CallbackURLs/0"));
    Scenarios.Scenario dev = scenarios.get(1);
    assertEquals(2, dev.client().get("CallbackURLs").size());
    assertEquals(Span.at(6, 43), start(dev.client().locations().value("/CallbackURLs/0")));
    assertEquals("CallbackURLs[0]", dev.client().names().at("/CallbackURLs/0"));
  }

  @Test
  void propertiesChosenWholeAreChosenPerProperty() throws InputException {
    String text =
        """
        Resources:
          Client:
            Type: AWS::Cognito::UserPoolClient
            Properties: !If
              - IsProd
              - ClientName: prod
              - !Ref AWS::NoValue
        """;
    List<Scenarios.Scenario> scenarios = Scenarios.of(clientOf(text));
    assertEquals("prod", scenarios.get(0).client().get("ClientName").stringValue());
    assertEquals(Span.at(6, 9), start(scenarios.get(0).client().locations().key("/ClientName")));
    assertEquals(0, scenarios.get(1).client().settings().size());
  }

  @Test
  void conditionsBeyondTheCapStayUnknown() throws InputException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Scenarios.MAX_CONDITIONS + 2; i++) {
      text.append("      P").append(i).append(": !If [C").append(i).append(", a, b]\n");
    }
    List<Scenarios.Scenario> scenarios = Scenarios.of(client(text.toString()));
    assertEquals(1 << Scenarios.MAX_CONDITIONS, scenarios.size());
    for (Scenarios.Scenario s : scenarios) {
      assertEquals(Scenarios.MAX_CONDITIONS, s.assignment().size());
      assertTrue(s.client().get("P" + (Scenarios.MAX_CONDITIONS - 1)).isString());
      assertTrue(Values.isUnknown(s.client().get("P" + Scenarios.MAX_CONDITIONS)));
      assertTrue(Values.isUnknown(s.client().get("P" + (Scenarios.MAX_CONDITIONS + 1))));
    }
  }

  private static Span start(Span span) {
    return Span.at(span.line(), span.column());
  }

  private static AppClient client(String properties) throws InputException {
    return clientOf(HEAD + properties);
  }

  private static AppClient clientOf(String text) throws InputException {
    List<AppClient> clients =
        ClientFinder.find(
                new YamlReader(Limits.DEFAULT).read(new SourceFile("t.yaml", text)).get(0))
            .clients();
    assertEquals(1, clients.size());
    return clients.get(0);
  }
}
