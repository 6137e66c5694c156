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
import dev.cognitolint.model.Finding;
import dev.cognitolint.report.Baseline;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

  /**
   * Baseline matching: list items are keyed by value, so a baseline matches the findings of the
   * same callback and logout URLs in any order, and a value it never saw is a new finding.
   */
  @FuzzTest(maxDuration = "5m")
  void baselineMatching(byte[] data) {
    List<String> urls = Arrays.stream(new String(data, StandardCharsets.UTF_8).split("\n", -1)).limit(8).toList();
    List<String> shuffled = new ArrayList<>(urls);
    Collections.shuffle(shuffled, new Random(Arrays.hashCode(data)));
    List<Finding> before = lintCallbacks(urls);
    Baseline baseline = Baseline.of(before);
    if (!baseline.newFindings(lintCallbacks(shuffled)).isEmpty() || !Baseline.of(lintCallbacks(shuffled)).newFindings(before).isEmpty()) {
      throw new AssertionError("reordering " + urls + " as " + shuffled + " changed what the baseline matches");
    }
    shuffled.add(0, "http://new-" + Integer.toHexString(Arrays.hashCode(data)) + ".example.com/cb");
    if (baseline.newFindings(lintCallbacks(shuffled)).isEmpty()) throw new AssertionError("a new http URL was hidden: " + shuffled);
  }

  private static List<Finding> lintCallbacks(List<String> urls) {
    ObjectNode properties = JsonNodeFactory.instance.objectNode().put("UserPoolId", "us-east-1_EXAMPLE").put("ClientName", "fuzz")
        .put("AllowedOAuthFlowsUserPoolClient", true);
    properties.putArray("AllowedOAuthFlows").add("code");
    properties.putArray("AllowedOAuthScopes").add("openid");
    urls.forEach(properties.putArray("CallbackURLs")::add);
    urls.forEach(properties.putArray("LogoutURLs")::add);
    ObjectNode template = JsonNodeFactory.instance.objectNode();
    template.putObject("Resources").putObject("Client").put("Type", "AWS::Cognito::UserPoolClient").set("Properties", properties);
    List<Finding> findings = LINTER.lint(new SourceFile("fuzz.json", template.toString())).findings();
    findings.stream().filter(f -> f.rule().id().equals("CL008")).findFirst().ifPresent(f -> {
      throw new AssertionError(f.message());
    });
    return findings;
  }
}
