package dev.cognitolint;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cognitolint.input.ClientFinder;
import dev.cognitolint.input.Document;
import dev.cognitolint.input.InputException;
import dev.cognitolint.input.Limits;
import dev.cognitolint.input.YamlReader;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.UrlDifferential;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets. In `mvn verify` each runs once on every input kept under
 * {@code src/test/resources/dev/cognitolint/FuzzTargetsInputs/<target>/} (crashes found by campaigns
 * are kept there); {@code JAZZER_FUZZ=1 mvn test -Dtest=FuzzTargets} runs a real campaign. A target
 * fails on any exception: bad input must become a finding, never a crash.
 */
class FuzzTargets {
  private static final Limits LIMITS = new Limits(1 << 20, 200, 100_000);
  private static final Linter LINTER = new Linter(LIMITS, BuiltinRules.checks());

  @FuzzTest(maxDuration = "5m")
  void yamlReader(byte[] data) {
    try {
      new YamlReader(LIMITS).read(new SourceFile("fuzz.yaml", new String(data, StandardCharsets.UTF_8)));
    } catch (InputException expected) {
      // a finding, not a crash
    }
  }

  /** Arbitrary YAML as the Properties of an app client: the CloudFormation tag and intrinsic conversion. */
  @FuzzTest(maxDuration = "5m")
  void cloudFormationClient(byte[] data) {
    String properties = new String(data, StandardCharsets.UTF_8).replace("\n", "\n      ");
    String template = "Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      " + properties + "\n";
    try {
      for (Document doc : new YamlReader(LIMITS).read(new SourceFile("fuzz.yaml", template))) {
        ClientFinder.find(doc);
      }
    } catch (InputException expected) {
      // a finding, not a crash
    }
    LINTER.lint(new SourceFile("fuzz.yaml", template));
  }

  /** Arbitrary text as a Terraform file: the HCL reader, the Terraform mapping, schema and rules. */
  @FuzzTest(maxDuration = "5m")
  void terraformFile(byte[] data) {
    LINTER.lint(new SourceFile("fuzz.tf", new String(data, StandardCharsets.UTF_8)));
  }

  /**
   * Differential: the host and loopback verdict of the URL rules against galimatias, a WHATWG URL
   * parser, on arbitrary http(s) URLs (see UrlDifferential for where the two are compared).
   */
  @FuzzTest(maxDuration = "5m")
  void urlAuthority(byte[] data) {
    String url = new String(data, StandardCharsets.UTF_8);
    UrlDifferential.disagreement(url).ifPresent(d -> {
      throw new AssertionError(d);
    });
  }

  /** Arbitrary bytes through the whole linter: decoding, parsing, finding clients, schema, rules. */
  @FuzzTest(maxDuration = "5m")
  void wholeLint(byte[] data) {
    LINTER.lintStream(new ByteArrayInputStream(data), "-");
  }
}
