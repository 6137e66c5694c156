package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cognitolint.cli.Main;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Span;
import dev.cognitolint.report.Report;
import dev.cognitolint.report.ReportFormats;
import dev.cognitolint.report.ReportOptions;
import dev.cognitolint.report.SarifFormat;
import dev.cognitolint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as users meet it: exit codes, formats, output files, standard input. */
class CliTest {
  static final Path SARIF_SCHEMA = Path.of("../shared/sarif/sarif-schema-2.1.0.json");
  private static final String BAD = "samples/cloudformation/insecure-web-client.yaml";
  private static final String GOOD = "samples/cloudformation/web-client.yaml";

  record Run(int code, String out, String err) {}

  static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  /** The README shows what its first command prints; this keeps it true. */
  @Test
  void readmeShowsTheSamplesOutput() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String marker = "The first command prints this and exits 1 (there are errors):\n\n```text\n";
    int start = readme.indexOf(marker) + marker.length();
    assertTrue(start >= marker.length(), "README lacks the samples output");
    Run r = run("samples/");
    assertEquals(1, r.code());
    assertEquals(
        readme.substring(start, readme.indexOf("```", start)),
        r.out(),
        "README's samples output is stale");
  }

  @Test
  void refreshTokenMaximumCoversTheDefaultLifetime() {
    Run r =
        runWithInput(
            "UserPoolId: us-east-1_EXAMPLE\nClientName: app\n",
            "--max-refresh-token-days",
            "7",
            "-");
    assertTrue(
        r.out()
            .contains(
                "RefreshTokenValidity is not set, so refresh tokens live the default 30 days; the configured maximum is 7 days [CL504"),
        r.out());
    assertEquals(2, run("--max-refresh-token-days", "0", GOOD).code());
  }

  /**
   * CL701 with --current lists exactly what the update would lose, and nothing that equals the
   * default.
   */
  @Test
  void currentClientNamesWhatAnUpdateWouldReset(@TempDir Path dir) throws Exception {
    Path current = dir.resolve("current.json");
    Files.writeString(
        current,
        "{\"UserPoolClient\": {\"UserPoolId\": \"us-east-1_EXAMPLE\", \"ClientId\": \"abc\", \"ClientName\": \"web\","
            + " \"ExplicitAuthFlows\": [\"ALLOW_CUSTOM_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\", \"ALLOW_USER_SRP_AUTH\"],"
            + " \"CallbackURLs\": [\"https://a.example.com/cb\", \"https://b.example.com/cb\", \"https://c.example.com/cb\", \"https://d.example.com/cb\"],"
            + " \"PreventUserExistenceErrors\": \"ENABLED\", \"RefreshTokenValidity\": 30}}");
    Run r =
        runWithInput(
            "UserPoolId: us-east-1_EXAMPLE\nClientId: abc\nClientName: web\n",
            "--current",
            current.toString(),
            "-");
    assertTrue(
        r.out()
            .contains(
                "would reset them: CallbackURLs: 4 URLs → none; PreventUserExistenceErrors: ENABLED → LEGACY."
                    + " Include them in the request to keep them [CL701"),
        r.out());
    assertEquals(2, run("--current", "no/such/file.json", GOOD).code());
  }

  @Test
  void cleanFileExitsZero() {
    Run r = run(GOOD);
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("No problems found in 1 file.\n", r.out());
  }

  @Test
  void findingsAtFailLevelExitOne() {
    Run r = run(BAD);
    assertEquals(1, r.code());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "samples/cloudformation/insecure-web-client\\.yaml:\\d+:\\d+: error: .* \\[CL201 callback-url-https\\]")),
        r.out());
    assertTrue(
        r.out()
            .lines()
            .reduce((a, b) -> b)
            .orElse("")
            .matches("\\d+ problems \\(.*\\) in 1 of 1 file\\."),
        r.out());
  }

  @Test
  void failLevelDecidesTheExitCode(@TempDir Path dir) throws Exception {
    assertEquals(0, run("--fail-level", "none", BAD).code());
    // A complete create request but for PreventUserExistenceErrors: one warning (CL603).
    Path warningsOnly =
        Files.writeString(
            dir.resolve("create.yaml"),
            """
        UserPoolId: us-east-1_EXAMPLE1
        ClientName: web
        ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
        EnableTokenRevocation: true
        ReadAttributes: [email]
        WriteAttributes: [name]
        """);
    assertEquals(0, run(warningsOnly.toString()).code());
    assertEquals(1, run("--fail-level", "warning", warningsOnly.toString()).code());
  }

  @Test
  void usageErrorsExitTwo() {
    Run unknownOption = run("--no-such-option", GOOD);
    assertEquals(2, unknownOption.code());
    assertTrue(unknownOption.err().contains("--no-such-option"), unknownOption.err());
    assertEquals(2, run().code());
    assertEquals(2, run("--format", "xml", GOOD).code());
  }

  @Test
  void missingPathIsReportedAndTheRestIsStillLinted() {
    Run r = run("no/such/file.yaml", BAD);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no/such/file.yaml: no such file or directory"), r.err());
    assertTrue(r.out().contains("[CL201 callback-url-https]"), r.out());
  }

  @Test
  void unparsableFileIsAFindingNotACrash(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "Resources:\n  A: [1, 2\n  B: x\n");
    Run r = run(broken.toString(), GOOD);
    assertEquals(1, r.code());
    assertTrue(r.out().contains("broken.yaml:3:"), r.out());
    assertTrue(r.out().contains("[CL001 syntax-error]"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void readsStandardInput() {
    Run r =
        runWithInput(
            "UserPoolId: us-east-1_EXAMPLE\nClientName: app\nCallbackURLs: [http://example.com/cb]\n",
            "-");
    assertEquals(1, r.code());
    assertTrue(
        r.out().contains("-:3:16: error: CallbackURLs[0]: 'http://example.com/cb' uses http"),
        r.out());
  }

  @Test
  void verboseSaysWhatEachFileWasReadAs() {
    Run r = run("--verbose", "samples/api/create-request.json", "samples/api/update-request.yaml");
    assertTrue(
        r.err()
            .contains(
                "samples/api/create-request.json: CreateUserPoolClient request, 1 app client"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "samples/api/update-request.yaml: UpdateUserPoolClient request, 1 app client"),
        r.err());
  }

  @Test
  void writesTheReportToAFile(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.sarif");
    Run r = run("--format", "sarif", "--output", report.toString(), BAD);
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals(
        "rw-r--r--",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(report)),
        "readable by the CI steps that follow, like any file written");
    JsonNode sarif = JsonMapper.builder().build().readTree(Files.readString(report));
    assertEquals("2.1.0", sarif.path("version").asString());
  }

  @Test
  void sarifIsValidCompleteAndDeterministic() throws Exception {
    Run first = run("--format", "sarif", "samples", "src/test/resources/fixtures");
    Run second = run("--format", "sarif", "samples", "src/test/resources/fixtures");
    assertEquals(first.out(), second.out(), "same input, same bytes");
    JsonNode sarif = JsonMapper.builder().build().readTree(first.out());
    JsonNode run = sarif.path("runs").path(0);
    assertEquals("unicodeCodePoints", run.path("columnKind").asString());
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertTrue(rules.size() > 10);
    for (JsonNode result : run.path("results")) {
      int index = result.path("ruleIndex").asInt();
      assertEquals(result.path("ruleId").asString(), rules.path(index).path("id").asString());
      JsonNode artifact =
          result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
      assertEquals("%SRCROOT%", artifact.path("uriBaseId").asString());
      assertFalse(artifact.path("uri").asString().startsWith("/"), "relative URIs only");
      assertTrue(result.path("partialFingerprints").size() > 0);
    }
    assertValidSarif(first.out());
  }

  @Test
  void sarifRelatedLocationsAreTheOtherPlacesAFindingConcerns() throws Exception {
    Run r = run("--format", "sarif", "src/test/resources/fixtures/CL204/bad-cfn.yaml");
    JsonNode results =
        JsonMapper.builder().build().readTree(r.out()).path("runs").path(0).path("results");
    List<String> related = new java.util.ArrayList<>();
    for (JsonNode result : results) {
      if (!result.path("ruleId").asString().equals("CL204")) continue;
      related.add(
          result.path("locations").path(0).path("physicalLocation").path("region").path("startLine")
              + " -> "
              + result.path("relatedLocations"));
    }
    java.util.function.BiFunction<String, String, String> callbacks =
        (region, uri) ->
            "[{\"id\":1,\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
                + "\"src/test/resources/fixtures/CL204/bad-cfn.yaml\",\"uriBaseId\":\"%SRCROOT%\"},"
                + "\"region\":"
                + region
                + "},\"message\":{\"text\":\"CallbackURLs, which do not include '"
                + uri
                + "'\"}}]";
    assertEquals(
        List.of(
            "12 -> "
                + callbacks.apply(
                    "{\"startLine\":10,\"startColumn\":9,\"endLine\":12,\"endColumn\":7}",
                    "https://app.example.com/welcome"),
            "18 -> "
                + callbacks.apply(
                    "{\"startLine\":17,\"startColumn\":21,\"endLine\":17,\"endColumn\":55}",
                    "https://app.example.com/Callback"),
            "23 -> "),
        related);
    assertValidSarif(r.out());
  }

  @Test
  void sarifIsReadyForCodeScanning() throws Exception {
    JsonNode run =
        JsonMapper.builder()
            .build()
            .readTree(run("--format", "sarif", "--sarif-category", "infra", "samples").out())
            .path("runs")
            .path(0);
    assertEquals("infra/", run.path("automationDetails").path("id").asString());
    for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
      boolean security = rule.path("properties").path("tags").toString().contains("\"security\"");
      String score = rule.path("properties").path("security-severity").asString("");
      assertEquals(
          security,
          !score.isEmpty(),
          rule.path("id") + ": security-severity exactly on security rules");
      if (security)
        assertTrue(Double.parseDouble(score) > 0 && Double.parseDouble(score) <= 10, score);
      assertFalse(
          rule.path("help").path("markdown").asString("").isEmpty(),
          rule.path("id") + " has help.markdown");
    }
  }

  /**
   * Each format: deterministic, valid in its own terms, and the exit code does not depend on it.
   */
  @Test
  void everyFormatIsDeterministicAndWellFormed() throws Exception {
    Schema jsonReport =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(Path.of("schemas/cognito-lint-report.schema.json")),
                InputFormat.JSON);
    String[] inputs = {"samples", "src/test/resources/fixtures/CL006"};
    for (String format : ReportFormats.names()) {
      String[] args =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of("--format", format), java.util.Arrays.stream(inputs))
              .toArray(String[]::new);
      Run first = run(args);
      assertEquals(1, first.code(), format + ": exit code");
      assertEquals(first.out(), run(args).out(), format + ": same input, same bytes");
      String out = first.out();
      switch (format) {
        case "json" -> {
          assertEquals(List.of(), jsonReport.validate(out, InputFormat.JSON), "json report schema");
          JsonNode report = JsonMapper.builder().build().readTree(out);
          assertTrue(
              report.path("summary").path("suppressed").asInt() > 0,
              "suppressed findings are kept, marked");
        }
        case "github" ->
            out.lines()
                .forEach(
                    line ->
                        assertTrue(
                            line.matches(
                                "::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=CL\\d{3} [a-z0-9-]+::[^\\n]+"),
                            line));
        case "gitlab" -> {
          JsonNode issues = JsonMapper.builder().build().readTree(out);
          assertTrue(issues.isArray() && issues.size() > 0);
          java.util.Set<String> fingerprints = new java.util.HashSet<>();
          for (JsonNode issue : issues) {
            for (String field : List.of("description", "check_name", "fingerprint", "severity")) {
              assertFalse(issue.path(field).asString("").isEmpty(), field);
            }
            assertTrue(issue.path("location").path("lines").path("begin").asInt() > 0);
            assertTrue(
                fingerprints.add(issue.path("fingerprint").asString()), "unique fingerprints");
          }
        }
        case "junit" -> {
          var xml =
              javax.xml.parsers.DocumentBuilderFactory.newInstance()
                  .newDocumentBuilder()
                  .parse(new java.io.ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
          var suites = xml.getDocumentElement();
          assertEquals("testsuites", suites.getTagName());
          assertEquals(
              suites.getAttribute("failures"),
              String.valueOf(xml.getElementsByTagName("failure").getLength()));
          assertTrue(xml.getElementsByTagName("testsuite").getLength() > 1, "a suite a file");
        }
        default -> assertFalse(out.isEmpty());
      }
    }
  }

  @Test
  void junitEscapesWhatXmlCannotHold() throws Exception {
    Run r =
        runWithInput(
            "UserPoolId: p\nClientName: \"a<b>&\u0001\"\nCallbackURLs: [\"http://x/&<\"]\n",
            "--format",
            "junit",
            "-");
    javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Code scanning rejects a run of more than 25,000 results: the report stops there and says so.
   */
  @Test
  void sarifStopsAtTheResultLimitCodeScanningAccepts() throws Exception {
    RuleMeta rule = BuiltinRules.checks().get(0).meta();
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 25_001; i++) {
      findings.add(
          new Finding(
              rule,
              rule.severity(),
              "finding " + i,
              "infra/big.yaml",
              Span.at(i, 1),
              "Client/CallbackURLs/" + i));
    }
    StringWriter out = new StringWriter();
    try (PrintWriter writer = new PrintWriter(out)) {
      new SarifFormat()
          .write(
              new Report(findings, List.of(rule), List.of("infra/big.yaml"), List.of(), "test"),
              ReportOptions.DEFAULT,
              writer);
    }
    JsonNode run = JsonMapper.builder().build().readTree(out.toString()).path("runs").path(0);
    assertEquals(25_000, run.path("results").size());
    assertTrue(
        run.path("invocations")
            .path(0)
            .path("toolExecutionNotifications")
            .toString()
            .contains("only the first 25000 of 25001 results"),
        run.path("invocations").toString());
  }

  /**
   * A file outside the working directory cannot be relative to %SRCROOT%: it gets an absolute file:
   * URI.
   */
  @Test
  void sarifLocatesFilesOutsideTheWorkingDirectory(@TempDir Path dir) throws Exception {
    Path outside = dir.resolve("outside dir/client.yaml");
    Files.createDirectories(outside.getParent());
    Files.copy(Path.of(BAD), outside);
    Run r = run("--format", "sarif", outside.toString(), BAD);
    JsonNode results =
        JsonMapper.builder().build().readTree(r.out()).path("runs").path(0).path("results");
    java.util.Set<String> uris = new java.util.TreeSet<>();
    for (JsonNode result : results) {
      JsonNode artifact =
          result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
      String uri = artifact.path("uri").asString();
      uris.add(uri + " " + artifact.path("uriBaseId").asString("-"));
    }
    assertEquals(
        java.util.Set.of(outside.toUri().toASCIIString() + " -", BAD + " %SRCROOT%"), uris);
    assertValidSarif(r.out());
  }

  /** Validates against the official SARIF 2.1.0 schema when ../shared is there. */
  static void assertValidSarif(String sarif) throws Exception {
    Assumptions.assumeTrue(Files.exists(SARIF_SCHEMA), "../shared/sarif is absent");
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(Files.readString(SARIF_SCHEMA), InputFormat.JSON);
    List<com.networknt.schema.Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertTrue(errors.isEmpty(), "SARIF schema errors: " + errors);
  }
}
