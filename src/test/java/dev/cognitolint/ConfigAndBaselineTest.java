package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tuning the linter: configuration file, command-line overrides, baseline. */
class ConfigAndBaselineTest {
  static final String CLIENT =
      """
      Resources:
        Client:
          Type: AWS::Cognito::UserPoolClient
          Properties:
            UserPoolId: us-east-1_EXAMPLE1
            ClientName: web
            AllowedOAuthFlowsUserPoolClient: true
            AllowedOAuthFlows: [code]
            AllowedOAuthScopes: [openid]
            CallbackURLs: [http://dev.internal/cb]
            ExplicitAuthFlows: [ALLOW_USER_PASSWORD_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
            PreventUserExistenceErrors: ENABLED
            ReadAttributes: [email]
            WriteAttributes: [name]
      """;

  private static Path template(Path dir, String text) throws Exception {
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void configurationTurnsRulesOffChangesSeverityAndSetsOptions(@TempDir Path dir) throws Exception {
    Path file = template(dir, CLIENT);
    CliTest.Run before = run(file.toString());
    assertTrue(before.out().contains("[CL201 callback-url-https]"), before.out());
    assertTrue(before.out().contains("warning: ExplicitAuthFlows[0]"), before.out());

    Path config = dir.resolve("cognito.yaml");
    Files.writeString(
        config,
        """
        rules:
          password-auth-flow: error
          CL602: error
        options:
          httpHosts: [dev.internal]
        """);
    CliTest.Run after = run("--config", config.toString(), file.toString());
    assertFalse(after.out().contains("CL201"), after.out());
    assertTrue(after.out().contains("error: ExplicitAuthFlows[0]"), after.out());
    assertEquals(1, after.code());

    CliTest.Run off = run("--config", config.toString(), "--disable", "CL602", file.toString());
    assertFalse(off.out().contains("CL602"), off.out());
    assertEquals(0, off.code(), off.out());
    CliTest.Run severity = run("--severity", "CL201=note", file.toString());
    assertTrue(severity.out().contains("note: CallbackURLs[0]"), severity.out());
  }

  @Test
  void aMistakeInTheConfigurationIsAUsageErrorWithItsLine(@TempDir Path dir) throws Exception {
    Path file = template(dir, CLIENT);
    Path config = dir.resolve("cognito.yaml");
    Files.writeString(config, "rules:\n  CL201: loud\n");
    CliTest.Run r = run("--config", config.toString(), file.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cognito.yaml:2:10: rules.CL201"), r.err());

    Files.writeString(config, "rulez: {}\n");
    r = run("--config", config.toString(), file.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cognito.yaml:1:1: "), r.err());

    Files.writeString(config, "rules:\n  no-such-rule: off\n");
    r = run("--config", config.toString(), file.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown rule 'no-such-rule'"), r.err());
    assertEquals(2, run("--disable", "CL999", file.toString()).code());
  }

  @Test
  void excludeGlobsSkipFilesInDirectoryWalks(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve("test/fixture.yaml"), CLIENT);
    Files.writeString(dir.resolve("good.yaml"), "a: 1\n");
    Path config = dir.resolve("cognito.yaml");
    for (String glob :
        new String[] {"test/**", "**/test/**"}) { // "**/" matches no folder too, as in .gitignore
      Files.writeString(config, "exclude: ['" + glob + "']\nfailLevel: note\n");
      CliTest.Run r = run("--config", config.toString(), dir.toString());
      assertEquals(0, r.code(), glob + ": " + r.out());
      assertTrue(
          r.out().contains("No problems found in 2 files."), r.out()); // cognito.yaml and good.yaml
    }
  }

  @Test
  void baselineHidesKnownFindingsEvenWhenLinesMove(@TempDir Path dir) throws Exception {
    Path file = template(dir, CLIENT);
    Path baseline = dir.resolve("baseline.json");
    assertEquals(1, run("--write-baseline", baseline.toString(), file.toString()).code());
    assertTrue(
        Files.readString(baseline)
            .contains(
                "\"location\" : \"Client/CallbackURLs/*\",\n    \"value\" : \"http://dev.internal/cb\""));

    Files.writeString(file, "# a comment that moves every line down\n\n" + CLIENT);
    CliTest.Run moved = run("--baseline", baseline.toString(), file.toString());
    assertEquals(0, moved.code(), moved.out());
    assertTrue(moved.out().startsWith("No problems found"), moved.out());

    Files.writeString(
        file,
        CLIENT.replace(
            "[ALLOW_USER_PASSWORD_AUTH, ",
            "[ALLOW_USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, "));
    CliTest.Run added = run("--baseline", baseline.toString(), file.toString());
    assertTrue(
        added.out().contains("ExplicitAuthFlows[1]: ALLOW_ADMIN_USER_PASSWORD_AUTH"), added.out());
    assertEquals(1, added.out().lines().filter(l -> l.contains("[CL602")).count(), added.out());
  }

  private static final String URLS =
      "CallbackURLs: [http://a.example.com/cb, http://b.example.com/cb, http://c.example.com/cb]";

  /** The CL201 lines a run on CLIENT with these callbacks reports over the baseline of URLS. */
  private static List<String> newCallbackFindings(Path dir, String callbacks) throws Exception {
    Path file = template(dir, CLIENT.replace("CallbackURLs: [http://dev.internal/cb]", URLS));
    Path baseline = dir.resolve("baseline.json");
    assertEquals(1, run("--write-baseline", baseline.toString(), file.toString()).code());
    template(dir, CLIENT.replace("CallbackURLs: [http://dev.internal/cb]", callbacks));
    CliTest.Run r = run("--baseline", baseline.toString(), file.toString());
    return r.out()
        .lines()
        .filter(l -> l.contains("[CL201 "))
        .map(l -> l.replaceAll("^.*CallbackURLs\\[\\d+\\]: '([^']*)'.*$", "$1"))
        .toList();
  }

  /**
   * What was wrong is part of a baseline entry, and list items are keyed by value, not position.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CallbackURLs: [http://a.example.com/cb, http://b.example.com/cb, http://c.example.com/cb] |",
        "CallbackURLs: [http://c.example.com/cb, http://a.example.com/cb, http://b.example.com/cb] |",
        "CallbackURLs: [http://evil.example.com/cb, http://b.example.com/cb, http://c.example.com/cb] | http://evil.example.com/cb",
        "CallbackURLs: [http://new.example.com/cb, http://a.example.com/cb, http://b.example.com/cb, http://c.example.com/cb] | http://new.example.com/cb",
        "CallbackURLs: [http://a.example.com/cb, http://a.example.com/cb, http://c.example.com/cb] | http://a.example.com/cb",
        "CallbackURLs: [http://b.example.com/cb] |"
      })
  void baselineKeysListItemsByValue(String callbacks, String expectedNew, @TempDir Path dir)
      throws Exception {
    assertEquals(
        expectedNew == null ? List.of() : List.of(expectedNew),
        newCallbackFindings(dir, callbacks));
  }

  /**
   * The value is normalised: written differently it is the same; changed, even inside an
   * expression, it is new.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "IdTokenValidity: 25                                 | IdTokenValidity: 25.0                                | 0",
        "IdTokenValidity: 25                                 | IdTokenValidity: 26                                  | 1",
        "CallbackURLs: [!Sub 'http://${Host}/cb']            | CallbackURLs: [!Sub \"http://${Host}/cb\"]           | 0",
        "CallbackURLs: [!Sub 'http://${Host}/cb']            | CallbackURLs: [!Sub 'http://${Other}/cb']            | 1",
        "CallbackURLs: [!Join ['', ['http://', !Ref H, /a]]] | CallbackURLs: [!Join ['', ['http://', !Ref H, /b]]] | 1"
      })
  void baselineValuesAreNormalised(String before, String after, int expectedNew, @TempDir Path dir)
      throws Exception {
    String client =
        CLIENT
            .replace("CallbackURLs: [http://dev.internal/cb]", "VALUE")
            .replace(
                "PreventUserExistenceErrors: ENABLED\n",
                "PreventUserExistenceErrors: ENABLED\n      "
                    + (before.startsWith("Id")
                        ? "CallbackURLs: [https://a.example.com/cb]"
                        : "IdTokenValidity: 1")
                    + "\n");
    Path file = template(dir, client.replace("VALUE", before));
    Path baseline = dir.resolve("baseline.json");
    run("--write-baseline", baseline.toString(), file.toString());
    template(dir, client.replace("VALUE", after));
    CliTest.Run r = run("--baseline", baseline.toString(), "--disable", "CL602", file.toString());
    assertEquals(
        expectedNew, r.out().lines().filter(l -> l.contains(": error: ")).count(), r.out());
  }

  /**
   * A module's clients list is a list too: a client inserted at its front is new, the others stay
   * accepted.
   */
  @Test
  void baselineKeysModuleClientsByName(@TempDir Path dir) throws Exception {
    String module =
        """
        module "pool" {
          source  = "lgallard/cognito-user-pool/aws"
          clients = [
            { name = "web", callback_urls = ["http://web.example.com/cb"] },
            { name = "admin", callback_urls = ["http://admin.example.com/cb"] },
          ]
        }
        """;
    Path file = dir.resolve("main.tf");
    Files.writeString(file, module);
    Path baseline = dir.resolve("baseline.json");
    assertEquals(1, run("--write-baseline", baseline.toString(), file.toString()).code());
    assertTrue(
        Files.readString(baseline)
            .contains("\"location\" : \"module.pool.clients[web]/CallbackURLs/*\""));
    Files.writeString(
        file,
        module.replace(
            "clients = [\n",
            "clients = [\n    { name = \"new\", callback_urls = [\"http://new.example.com/cb\"] },\n"));
    CliTest.Run r = run("--baseline", baseline.toString(), file.toString());
    assertEquals(
        List.of("http://new.example.com/cb"),
        r.out()
            .lines()
            .filter(l -> l.contains("[CL201 "))
            .map(l -> l.replaceAll("^.*'(http[^']*)'.*$", "$1"))
            .toList(),
        r.out());
  }

  /**
   * Code scanning matches alerts by partialFingerprints: reordering a list reopens none, a new
   * value is new.
   */
  @Test
  void sarifFingerprintsDoNotDependOnListPositions(@TempDir Path dir) throws Exception {
    Path file = template(dir, CLIENT.replace("CallbackURLs: [http://dev.internal/cb]", URLS));
    java.util.Set<String> before = fingerprints(run("--format", "sarif", file.toString()).out());
    template(
        dir,
        CLIENT.replace(
            "CallbackURLs: [http://dev.internal/cb]",
            "CallbackURLs: [http://new.example.com/cb, http://c.example.com/cb, http://b.example.com/cb, http://a.example.com/cb]"));
    java.util.Set<String> after = fingerprints(run("--format", "sarif", file.toString()).out());
    assertTrue(after.containsAll(before), before + " " + after);
    assertEquals(before.size() + 1, after.size());
  }

  private static java.util.Set<String> fingerprints(String sarif) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (JsonNode result :
        JsonMapper.builder().build().readTree(sarif).path("runs").path(0).path("results")) {
      out.add(
          result.path("ruleId").asString()
              + " "
              + result.path("partialFingerprints").path("cognitoLint/v2").asString());
    }
    return out;
  }

  /**
   * A baseline holds any value: control characters, a lone surrogate, a value too long to keep
   * whole.
   */
  @Test
  void baselineRoundTripsOddValues(@TempDir Path dir) throws Exception {
    String request =
        "{\"UserPoolId\": \"us-east-1_EXAMPLE\", \"ClientName\": \"a\\u0000b\\u001b\\ud800\","
            + " \"CallbackURLs\": [\"http://x.example.com/"
            + "p".repeat(300)
            + "\", \"http://y.example.com/\\udc00\"]}";
    Path file = dir.resolve("request.json");
    Files.writeString(file, request);
    Path baseline = dir.resolve("baseline.json");
    CliTest.Run first = run("--write-baseline", baseline.toString(), file.toString());
    assertEquals(1, first.code(), first.err());
    String written = Files.readString(baseline);
    assertTrue(written.contains("\"value\" : \"sha256:"), written);
    assertTrue(written.contains("\"value\" : \"http://y.example.com/\uFFFD\""), written);
    CliTest.Run again = run("--baseline", baseline.toString(), file.toString());
    assertEquals(0, again.code(), again.out());
    assertTrue(again.out().startsWith("No problems found"), again.out());
  }

  /**
   * Decided: a version 1 baseline (keyed by list position) is refused with what to do, never read
   * as hiding more.
   */
  @Test
  void anUnusableBaselineIsAUsageErrorSayingWhatToDo(@TempDir Path dir) throws Exception {
    Path file = template(dir, CLIENT);
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(
        baseline,
        "{\"version\": 1, \"findings\": [{\"path\": \"x\", \"location\": \"Client/CallbackURLs/0\", \"rule\": \"CL201\"}]}");
    CliTest.Run v1 = run("--baseline", baseline.toString(), file.toString());
    assertEquals(2, v1.code());
    assertTrue(
        v1.err().startsWith("cognito-lint: --baseline " + baseline + ": a version 1 baseline"),
        v1.err());
    assertTrue(v1.err().contains("write it again with --write-baseline"), v1.err());
    for (String text : new String[] {"{\"version\": 3}", "[1, 2", "\u00ff"}) {
      Files.writeString(
          baseline,
          text,
          text.startsWith("\u00ff")
              ? java.nio.charset.StandardCharsets.ISO_8859_1
              : java.nio.charset.StandardCharsets.UTF_8);
      CliTest.Run r = run("--baseline", baseline.toString(), file.toString());
      assertEquals(2, r.code(), text);
      assertTrue(r.err().startsWith("cognito-lint: --baseline " + baseline + ": "), r.err());
      assertFalse(r.err().contains("internal error"), r.err());
    }
    CliTest.Run missing = run("--baseline", dir.resolve("none.json").toString(), file.toString());
    assertEquals(
        "cognito-lint: --baseline " + dir.resolve("none.json") + ": no such file\n", missing.err());
    assertEquals(2, missing.code());
  }

  @Test
  void suppressedFindingsDoNotFailTheRunButStayInSarif(@TempDir Path dir) throws Exception {
    Path file =
        template(
            dir,
            CLIENT.replace(
                "CallbackURLs: [http://dev.internal/cb]",
                "CallbackURLs: [http://dev.internal/cb] # cognito-lint: disable=CL201 -- internal test host"));
    CliTest.Run text = run(file.toString());
    assertEquals(0, text.code(), text.out());
    assertFalse(text.out().contains("CL201"));
    CliTest.Run sarif = run("--format", "sarif", file.toString());
    assertTrue(sarif.out().contains("\"justification\" : \"internal test host\""), sarif.out());
    CliTest.assertValidSarif(sarif.out());
  }

  @Test
  void suppressionRulesFollowTheConfigurationToo(@TempDir Path dir) throws Exception {
    Path file =
        template(
            dir,
            CLIENT.replace(
                "CallbackURLs: [http://dev.internal/cb]",
                "CallbackURLs: [http://dev.internal/cb] # cognito-lint: disable=CL201"));
    assertTrue(run(file.toString()).out().contains("[CL006 suppression-without-reason]"));
    assertFalse(run("--disable", "CL006", file.toString()).out().contains("CL006"));
    assertTrue(
        run("--severity", "CL006=error", file.toString())
            .out()
            .lines()
            .anyMatch(l -> l.contains(": error: ") && l.contains("[CL006 ")));
  }
}
