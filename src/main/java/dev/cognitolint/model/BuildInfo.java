package dev.cognitolint.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What this build is: the tool's version, the date of the AWS API model its schemas are generated
 * from ({@code model/cognito-idp-app-client.json}, carried in the jar) and the AWS SDK version
 * whose request classes and enums the model was checked against in the build's tests.
 */
public final class BuildInfo {
  private BuildInfo() {}

  private static final Properties BUILD = properties();

  /** Read on first use only: most runs never need the model's date. */
  private static final class Model {
    static final JsonNode TREE = model();
  }

  public static String version() {
    return BUILD.getProperty("version", "unknown");
  }

  public static String awsSdkVersion() {
    return BUILD.getProperty("awsSdkVersion", "unknown");
  }

  /** The day botocore's cognito-idp model last changed before it was trimmed into model/. */
  public static String apiModelDate() {
    return Model.TREE.path("modelDate").asString("unknown");
  }

  /** The botocore commit the model was trimmed from. */
  public static String apiModelCommit() {
    return Model.TREE.path("botocoreCommit").asString("unknown");
  }

  private static Properties properties() {
    Properties p = new Properties();
    try (InputStream in =
        BuildInfo.class.getResourceAsStream("/dev/cognitolint/version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // the getters say "unknown"
    }
    return p;
  }

  private static JsonNode model() {
    JsonMapper json = JsonMapper.builder().build();
    try (InputStream in =
        BuildInfo.class.getResourceAsStream("/model/cognito-idp-app-client.json")) {
      return in == null ? json.createObjectNode() : json.readTree(in);
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }
}
