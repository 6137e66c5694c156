package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tuning the linter: configuration file, command-line overrides, baseline. */
class ConfigAndBaselineTest {
  private static final String CLIENT = """
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
    Files.writeString(config, """
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
    for (String glob : new String[] {"test/**", "**/test/**"}) { // "**/" matches no folder too, as in .gitignore
      Files.writeString(config, "exclude: ['" + glob + "']\nfailLevel: note\n");
      CliTest.Run r = run("--config", config.toString(), dir.toString());
      assertEquals(0, r.code(), glob + ": " + r.out());
      assertTrue(r.out().contains("No problems found in 2 files."), r.out()); // cognito.yaml and good.yaml
    }
  }

  @Test
  void baselineHidesKnownFindingsEvenWhenLinesMove(@TempDir Path dir) throws Exception {
    Path file = template(dir, CLIENT);
    Path baseline = dir.resolve("baseline.json");
    assertEquals(1, run("--write-baseline", baseline.toString(), file.toString()).code());
    assertTrue(Files.readString(baseline).contains("\"location\" : \"Client/CallbackURLs/0\""));

    Files.writeString(file, "# a comment that moves every line down\n\n" + CLIENT);
    CliTest.Run moved = run("--baseline", baseline.toString(), file.toString());
    assertEquals(0, moved.code(), moved.out());
    assertTrue(moved.out().startsWith("No problems found"), moved.out());

    Files.writeString(file, CLIENT.replace("[ALLOW_USER_PASSWORD_AUTH, ", "[ALLOW_USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, "));
    CliTest.Run added = run("--baseline", baseline.toString(), file.toString());
    assertTrue(added.out().contains("ExplicitAuthFlows[1]: ALLOW_ADMIN_USER_PASSWORD_AUTH"), added.out());
    assertEquals(1, added.out().lines().filter(l -> l.contains("[CL602")).count(), added.out());
  }

  @Test
  void suppressedFindingsDoNotFailTheRunButStayInSarif(@TempDir Path dir) throws Exception {
    Path file = template(dir, CLIENT.replace("CallbackURLs: [http://dev.internal/cb]",
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
    Path file = template(dir, CLIENT.replace("CallbackURLs: [http://dev.internal/cb]",
        "CallbackURLs: [http://dev.internal/cb] # cognito-lint: disable=CL201"));
    assertTrue(run(file.toString()).out().contains("[CL006 suppression-without-reason]"));
    assertFalse(run("--disable", "CL006", file.toString()).out().contains("CL006"));
    assertTrue(run("--severity", "CL006=error", file.toString()).out().lines()
        .anyMatch(l -> l.contains(": error: ") && l.contains("[CL006 ")));
  }
}
