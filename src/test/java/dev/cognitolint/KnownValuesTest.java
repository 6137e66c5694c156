package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.model.BuildInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values newer than the AWS model (made-up ones, so that a model refresh keeps them new): named as
 * such, and accepted once options.knownValues lists them.
 */
class KnownValuesTest {
  private static final String REQUEST =
      "UserPoolId: us-east-1_EXAMPLE\nClientName: app\n"
          + "ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_GUEST_AUTH]\n"
          + "TokenValidityUnits: {AccessToken: weeks}\nAccessTokenValidity: 1\n";
  private static final String ENUM_ANSWER =
      " (Cognito: InvalidParameterException \"... failed to satisfy constraint: Member must satisfy enum value set\") [CL103";

  @Test
  void aValueNotInTheModelSaysSoAndNamesTheOption() {
    CliTest.Run r = CliTest.runWithInput(REQUEST, "-");
    assertEquals(1, r.code());
    String model = " in the API model of " + BuildInfo.apiModelDate() + "; ";
    assertTrue(
        r.out()
            .contains(
                "ExplicitAuthFlows[2]: 'ALLOW_GUEST_AUTH' is not an auth flow"
                    + model
                    + "did you mean 'ALLOW_CUSTOM_AUTH'?"
                    + " If AWS has added it since, update cognito-lint or list it in options.knownValues"
                    + ENUM_ANSWER),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "TokenValidityUnits.AccessToken: 'weeks' is not a time unit"
                    + model
                    + "use one of 'seconds', 'minutes',"
                    + " 'hours', 'days', or, if AWS has added it since, update cognito-lint or list it in options.knownValues"
                    + ENUM_ANSWER),
        r.out());
    // A slip of the keyboard stays a plain typo.
    assertTrue(
        CliTest.runWithInput(REQUEST.replace("weeks", "hour"), "-")
            .out()
            .contains(
                "TokenValidityUnits.AccessToken: 'hour' is not a time unit; did you mean 'hours'?"
                    + ENUM_ANSWER));
  }

  @Test
  void listedValuesAreAcceptedForTheirMemberOnly(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.yaml");
    Files.writeString(
        config,
        "options:\n  knownValues:\n    ExplicitAuthFlows: [ALLOW_GUEST_AUTH]\n"
            + "    TokenValidityUnits.IdToken: [weeks]\n");
    CliTest.Run r = CliTest.runWithInput(REQUEST, "--config", config.toString(), "-");
    assertFalse(r.out().contains("ALLOW_GUEST_AUTH"), r.out());
    assertTrue(
        r.out().contains("TokenValidityUnits.AccessToken: 'weeks' is not a time unit"), r.out());

    Files.writeString(
        config,
        "options:\n  knownValues:\n    ExplicitAuthFlows: [ALLOW_GUEST_AUTH]\n"
            + "    TokenValidityUnits.AccessToken: [weeks]\n");
    r = CliTest.runWithInput(REQUEST, "--config", config.toString(), "-");
    assertFalse(r.out().contains("[CL103"), r.out());
  }

  @Test
  void theConfigurationSchemaChecksTheMembers(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "options:\n  knownValues:\n    ClientName: [x]\n");
    CliTest.Run r = CliTest.runWithInput(REQUEST, "--config", config.toString(), "-");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("config.yaml:3:5: options.knownValues.ClientName"), r.err());
    Files.writeString(
        config, "options:\n  knownValues:\n    ExplicitAuthFlows: ALLOW_GUEST_AUTH\n");
    assertEquals(2, CliTest.runWithInput(REQUEST, "--config", config.toString(), "-").code());
  }

  @Test
  void versionNamesTheModelAndTheSdk() throws Exception {
    CliTest.Run r = CliTest.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("cognito-lint " + BuildInfo.version() + "\n"), r.out());
    String commit = BuildInfo.apiModelCommit();
    assertTrue(
        r.out()
            .contains(
                "AWS API model: cognito-idp of "
                    + BuildInfo.apiModelDate()
                    + " (botocore "
                    + commit.substring(0, Math.min(12, commit.length()))
                    + ")"),
        r.out());
    assertTrue(BuildInfo.apiModelDate().matches("\\d{4}-\\d{2}-\\d{2}"), "the model is dated");
    assertTrue(
        r.out()
            .contains(
                "AWS SDK for Java "
                    + System.getProperty("aws.sdk.version", BuildInfo.awsSdkVersion())),
        r.out());
    assertFalse(BuildInfo.awsSdkVersion().contains("$"), "version.properties is filtered");

    JsonNode driver =
        new JsonMapper()
            .readTree(CliTest.run("--format", "sarif", "samples/api/create-request.json").out())
            .path("runs")
            .path(0)
            .path("tool")
            .path("driver");
    assertEquals(
        BuildInfo.apiModelDate(), driver.path("properties").path("apiModelDate").asString());
    assertEquals(
        BuildInfo.awsSdkVersion(), driver.path("properties").path("awsSdkVersion").asString());
    assertTrue(
        driver
            .path("rules")
            .path(0)
            .path("helpUri")
            .asString()
            .contains("/blob/v" + BuildInfo.version() + "/rules/"));
  }
}
