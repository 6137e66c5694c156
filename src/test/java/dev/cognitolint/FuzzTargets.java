package dev.cognitolint;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cognitolint.input.ClientFinder;
import dev.cognitolint.input.Document;
import dev.cognitolint.input.InputException;
import dev.cognitolint.input.InputRule;
import dev.cognitolint.input.Limits;
import dev.cognitolint.input.YamlReader;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets. In `mvn verify` each runs once on every input kept under
 * {@code src/test/resources/dev/cognitolint/FuzzTargetsInputs/<target>/} (crashes found by campaigns
 * are kept there; the pom's surefire includes name this class, which matches no default pattern);
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=FuzzTargets} runs a real campaign. A target fails on any
 * exception and on a CL008 finding (the linter's own failure): bad input must become a finding of
 * what is wrong with it, never a crash.
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
    noInternalFailure(LINTER.lint(new SourceFile("fuzz.yaml", template)));
  }

  /** Arbitrary text as a Terraform file: the HCL reader, the Terraform mapping, schema and rules. */
  @FuzzTest(maxDuration = "5m")
  void terraformFile(byte[] data) {
    noInternalFailure(LINTER.lint(new SourceFile("fuzz.tf", new String(data, StandardCharsets.UTF_8))));
  }

  /** Arbitrary bytes through the whole linter: decoding, parsing, finding clients, schema, rules. */
  @FuzzTest(maxDuration = "5m")
  void wholeLint(byte[] data) {
    noInternalFailure(LINTER.lintStream(new ByteArrayInputStream(data), "-"));
  }

  /**
   * The linter turns its own exceptions into CL008 findings so that a run goes on; to a fuzzer each
   * is a bug, so a target fails on one.
   */
  static void noInternalFailure(Linter.FileResult result) {
    for (Finding finding : result.findings()) {
      if (finding.rule().id().equals(InputRule.RULE_FAILURE.meta().id())) {
        throw new AssertionError(finding.path() + ":" + finding.span().line() + ": " + finding.message());
      }
    }
  }
}
