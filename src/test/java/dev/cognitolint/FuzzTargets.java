package dev.cognitolint;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cognitolint.dialects.ClientFinder;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.report.Baseline;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.UrlDifferential;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.YamlReader;
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
 * Fuzz targets. In `mvn verify` each runs once on every input kept under {@code
 * src/test/resources/dev/cognitolint/FuzzTargetsInputs/<target>/} (crashes found by campaigns are
 * kept there; the pom's surefire includes name this class, which matches no default pattern);
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
      new YamlReader(LIMITS)
          .read(new SourceFile("fuzz.yaml", new String(data, StandardCharsets.UTF_8)));
    } catch (InputException expected) {
      // a finding, not a crash
    }
  }

  /**
   * Arbitrary YAML as the Properties of an app client: the CloudFormation tag and intrinsic
   * conversion.
   */
  @FuzzTest(maxDuration = "5m")
  void cloudFormationClient(byte[] data) {
    String properties = new String(data, StandardCharsets.UTF_8).replace("\n", "\n      ");
    String template =
        "Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      "
            + properties
            + "\n";
    try {
      for (Document doc : new YamlReader(LIMITS).read(new SourceFile("fuzz.yaml", template))) {
        ClientFinder.find(doc);
      }
    } catch (InputException expected) {
      // a finding, not a crash
    }
    noInternalFailure(LINTER.lint(new SourceFile("fuzz.yaml", template)));
  }

  /**
   * Arbitrary text as a Terraform file: the HCL reader, the Terraform mapping, schema and rules.
   */
  @FuzzTest(maxDuration = "5m")
  void terraformFile(byte[] data) {
    noInternalFailure(
        LINTER.lint(new SourceFile("fuzz.tf", new String(data, StandardCharsets.UTF_8))));
  }

  /**
   * Arbitrary text as a Jest snapshot's entry of a template: the template literal, the
   * pretty-format reader, the CloudFormation mapping, schema and rules.
   */
  @FuzzTest(maxDuration = "5m")
  void jestSnapshot(byte[] data) {
    String entry = new String(data, StandardCharsets.UTF_8);
    noInternalFailure(
        LINTER.lint(
            new SourceFile(
                "fuzz.snap",
                "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`t 1`] = `\n{\n  \"Resources\": "
                    + entry
                    + "\n}\n`;\n")));
  }

  /**
   * Differential: the host and loopback verdict of the URL rules against galimatias, a WHATWG URL
   * parser, on arbitrary http(s) URLs (see UrlDifferential for where the two are compared).
   */
  @FuzzTest(maxDuration = "5m")
  void urlAuthority(byte[] data) {
    String url = new String(data, StandardCharsets.UTF_8);
    UrlDifferential.disagreement(url)
        .ifPresent(
            d -> {
              throw new AssertionError(d);
            });
  }

  /**
   * Arbitrary bytes through the whole linter: decoding, parsing, finding clients, schema, rules.
   */
  @FuzzTest(maxDuration = "5m")
  void wholeLint(byte[] data) {
    noInternalFailure(LINTER.lintStream(new ByteArrayInputStream(data), "-"));
  }

  /**
   * Fixes, safe and unsafe, applied to whatever they are offered on, leave a document that still
   * parses (no CL001 where there was none) and never make the linter fail; as YAML/JSON and as HCL.
   */
  @FuzzTest(maxDuration = "5m")
  void appliedFixes(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    FileFixer fixer = new FileFixer(LINTER, true);
    for (String name : List.of("fuzz.yaml", "fuzz.tf")) {
      Linter.FileResult before = LINTER.lint(new SourceFile(name, text));
      FileFixer.Outcome fixed = fixer.fixText(text, name, before);
      noInternalFailure(fixed.result());
      boolean parsedBefore =
          before.findings().stream()
              .noneMatch(f -> f.rule().id().equals(InputRule.SYNTAX_ERROR.meta().id()));
      boolean parsedAfter =
          fixed.result().findings().stream()
              .noneMatch(f -> f.rule().id().equals(InputRule.SYNTAX_ERROR.meta().id()));
      if (parsedBefore && !parsedAfter)
        throw new AssertionError(name + ": the fixes broke it:\n" + fixed.fixed());
    }
  }

  /**
   * The linter turns its own exceptions into CL008 findings so that a run goes on; to a fuzzer each
   * is a bug, so a target fails on one.
   */
  static void noInternalFailure(Linter.FileResult result) {
    for (Finding finding : result.findings()) {
      if (finding.rule().id().equals(InputRule.RULE_FAILURE.meta().id())) {
        throw new AssertionError(
            finding.path() + ":" + finding.span().line() + ": " + finding.message());
      }
    }
  }

  /**
   * Baseline matching: list items are keyed by value, so a baseline matches the findings of the
   * same callback and logout URLs in any order, and a value it never saw is a new finding.
   */
  @FuzzTest(maxDuration = "5m")
  void baselineMatching(byte[] data) {
    List<String> urls =
        Arrays.stream(new String(data, StandardCharsets.UTF_8).split("\n", -1)).limit(8).toList();
    List<String> shuffled = new ArrayList<>(urls);
    Collections.shuffle(shuffled, new Random(Arrays.hashCode(data)));
    List<Finding> before = lintCallbacks(urls);
    Baseline baseline = Baseline.of(before);
    if (!baseline.newFindings(lintCallbacks(shuffled)).isEmpty()
        || !Baseline.of(lintCallbacks(shuffled)).newFindings(before).isEmpty()) {
      throw new AssertionError(
          "reordering " + urls + " as " + shuffled + " changed what the baseline matches");
    }
    shuffled.add(0, "http://new-" + Integer.toHexString(Arrays.hashCode(data)) + ".example.com/cb");
    if (baseline.newFindings(lintCallbacks(shuffled)).isEmpty())
      throw new AssertionError("a new http URL was hidden: " + shuffled);
  }

  private static List<Finding> lintCallbacks(List<String> urls) {
    ObjectNode properties =
        JsonNodeFactory.instance
            .objectNode()
            .put("UserPoolId", "us-east-1_EXAMPLE")
            .put("ClientName", "fuzz")
            .put("AllowedOAuthFlowsUserPoolClient", true);
    properties.putArray("AllowedOAuthFlows").add("code");
    properties.putArray("AllowedOAuthScopes").add("openid");
    urls.forEach(properties.putArray("CallbackURLs")::add);
    urls.forEach(properties.putArray("LogoutURLs")::add);
    ObjectNode template = JsonNodeFactory.instance.objectNode();
    template
        .putObject("Resources")
        .putObject("Client")
        .put("Type", "AWS::Cognito::UserPoolClient")
        .set("Properties", properties);
    List<Finding> findings =
        LINTER.lint(new SourceFile("fuzz.json", template.toString())).findings();
    findings.stream()
        .filter(f -> f.rule().id().equals("CL008"))
        .findFirst()
        .ifPresent(
            f -> {
              throw new AssertionError(f.message());
            });
    return findings;
  }

  /**
   * Arbitrary text inside values beside an http callback and inside it: a JSON (and so YAML
   * double-quoted) string, a YAML single-quoted scalar and block scalar, an HCL string and heredoc.
   * These files have no comment, so nothing may be suppressed and no CL006/CL007 reported. The text
   * as real YAML and HCL comments must be read without the linter failing (CL008).
   */
  @FuzzTest(maxDuration = "5m")
  void suppressionComments(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    // Block scalars and heredocs take the text's lines as they are: printable ASCII, no template.
    String printable =
        text.replaceAll("[^\\x20-\\x7e\\n]", "?").replace("${", "$${").replace("%{", "%%{");
    String oneLine = printable.replace('\n', ' ');
    String json = jsonString("http://a.example.com/cb" + text);
    List<SourceFile> inValues =
        List.of(
            new SourceFile(
                "fuzz.json",
                "{\"UserPoolId\": \"us-east-1_EXAMPLE1\", \"ClientName\": \"web\", \"CallbackURLs\": ["
                    + json
                    + "], \"AnalyticsConfiguration\": {\"ExternalId\": "
                    + jsonString(text)
                    + "}}\n"),
            new SourceFile(
                "fuzz.yaml",
                "UserPoolId: us-east-1_EXAMPLE1\nClientName: web\nCallbackURLs: ["
                    + json
                    + ", 'http://b.example.com/cb"
                    + oneLine.replace("'", "''")
                    + "']\n"),
            new SourceFile(
                "fuzz.yaml",
                "Description: |2\n"
                    + printable.lines().map(l -> "  " + l + "\n").reduce("", String::concat)
                    + "Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: p\n"
                    + "      CallbackURLs: [http://a.example.com/cb]\n"),
            new SourceFile(
                "fuzz.tf",
                "locals {\n  note = <<EOT_FUZZ\n"
                    + printable
                        .lines()
                        .filter(l -> !l.strip().equals("EOT_FUZZ"))
                        .map(l -> l + "\n")
                        .reduce("", String::concat)
                    + "EOT_FUZZ\n}\nresource \"aws_cognito_user_pool_client\" \"c\" {\n"
                    + "  name = \"c\"\n  user_pool_id = \"p\"\n  callback_urls = ["
                    + hclString("http://a.example.com/cb" + text)
                    + "]\n}\n"));
    for (SourceFile file : inValues) {
      for (Finding f : LINTER.lint(file).findings()) {
        if (f.isSuppressed() || List.of("CL006", "CL007", "CL008").contains(f.rule().id())) {
          throw new AssertionError(
              file.path()
                  + ": "
                  + f.rule().id()
                  + " "
                  + f.message()
                  + (f.isSuppressed() ? " (suppressed)" : "")
                  + " in\n"
                  + file.text());
        }
      }
    }
    String yamlComments = text.lines().map(l -> "# " + l + "\n").reduce("", String::concat);
    List<SourceFile> asComments =
        List.of(
            new SourceFile(
                "fuzz.yaml",
                "UserPoolId: us-east-1_EXAMPLE1 # "
                    + oneLine
                    + "\n"
                    + yamlComments
                    + "ClientName: web\n"),
            new SourceFile(
                "fuzz.tf",
                yamlComments
                    + "locals { # "
                    + oneLine
                    + "\n  /*"
                    + text.replace("*/", "* /")
                    + "*/ a = 1\n}\n"));
    for (SourceFile file : asComments) {
      for (Finding f : LINTER.lint(file).findings()) {
        if (f.rule().id().equals("CL008"))
          throw new AssertionError(file.path() + ": " + f.message() + " in\n" + file.text());
      }
    }
  }

  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars()
        .forEach(
            c ->
                out.append(
                    c == '"' || c == '\\'
                        ? "\\" + (char) c
                        : c < 0x20 || c > 0x7e
                            ? String.format("\\u%04x", c)
                            : String.valueOf((char) c)));
    return out.append('"').toString();
  }

  /** An HCL string with the same text: {@code ${} and {@code %{} doubled so that they stay literal. */
  private static String hclString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c ->
                out.append(
                    c == '"' || c == '\\'
                        ? "\\" + (char) c
                        : c < 0x20 || c > 0x7e
                            ? String.format(c > 0xffff ? "\\U%08x" : "\\u%04x", c)
                            : String.valueOf((char) c)));
    return out.append('"').toString().replace("${", "$${").replace("%{", "%%{");
  }
}
