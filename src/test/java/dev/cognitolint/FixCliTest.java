package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.files.Limits;
import dev.cognitolint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** --fix and --diff on the command line: what they write, print and refuse. */
class FixCliTest {
  private static final String REQUEST = "samples/api/create-request.json";

  @TempDir Path dir;

  private Path copyOfSamples() throws IOException {
    Path copy = dir.resolve("samples");
    try (Stream<Path> files = Files.walk(Path.of("samples"))) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(Path.of("samples").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
    return copy;
  }

  @Test
  void diffChangesNothingAndExitsAsTheLint() throws IOException {
    String before = Files.readString(Path.of(REQUEST));
    CliTest.Run r = run("--diff", REQUEST);
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().startsWith("--- " + REQUEST + "\n+++ " + REQUEST + "\n@@ "), r.out());
    assertTrue(r.out().contains("\n+  \"AccessTokenValidity\": 60,\n"), r.out());
    assertTrue(r.err().contains("--fix would fix 3 problems in 1 file"), r.err());
    assertEquals(before, Files.readString(Path.of(REQUEST)));
  }

  @Test
  void fixRepairsTheSafeFixesSaysSoAndLeavesTheRest() throws IOException {
    Path samples = copyOfSamples();
    CliTest.Run fixed = run("--fix", samples.toString());
    assertTrue(
        fixed.err().contains("create-request.json: fixed 3 problems (CL102, CL103, CL402)"),
        fixed.err());
    assertTrue(fixed.err().contains("clients.tf: fixed 2 problems (CL309, CL402)"), fixed.err());
    assertFalse(fixed.out().contains("[*]"), "what remains has no safe fix: " + fixed.out());
    assertTrue(
        fixed.out().contains("fixable with --fix"),
        "the unsafe ones are still counted: " + fixed.out());
    CliTest.Run again = run("--fix", samples.toString());
    assertFalse(again.err().contains("fixed"), again.err());
    assertEquals(fixed.out(), again.out());

    CliTest.Run unsafe = run("--fix", "--unsafe-fixes", samples.toString());
    assertTrue(unsafe.err().contains("insecure-web-client.yaml: fixed"), unsafe.err());
    assertFalse(
        run(samples.toString()).out().contains("fixable with --fix"), "nothing fixable is left");
  }

  @Test
  void aReadOnlyFileIsAnErrorAndTheOthersAreStillFixed() throws IOException {
    Path samples = copyOfSamples();
    Path request = samples.resolve("api/create-request.json");
    Files.setPosixFilePermissions(request, PosixFilePermissions.fromString("r--r--r--"));
    String before = Files.readString(request);
    CliTest.Run r = run("--fix", samples.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("create-request.json: not fixed: it is read-only"), r.err());
    assertEquals(before, Files.readString(request));
    assertTrue(r.err().contains("clients.tf: fixed"), r.err());
  }

  @Test
  void theModeIsKeptAndASymbolicLinkStaysOne() throws IOException {
    Path samples = copyOfSamples();
    Path tf = samples.resolve("terraform/clients.tf");
    Files.setPosixFilePermissions(tf, PosixFilePermissions.fromString("rw-r-----"));
    Path link = dir.resolve("link.tf");
    Files.createSymbolicLink(link, tf);
    CliTest.Run r = run("--fix", link.toString());
    assertTrue(r.err().contains("link.tf: fixed 2 problems"), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(tf).contains("\"COGNITO\""));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tf)));
  }

  @Test
  void aFileChangedOnDiskIsNotOverwritten() throws IOException {
    Path tf = copyOfSamples().resolve("terraform/clients.tf");
    FileFixer fixer = new FileFixer(new Linter(Limits.DEFAULT, BuiltinRules.checks()), false);
    FileFixer.Outcome outcome = fixer.fix(tf, "clients.tf");
    Files.writeString(tf, Files.readString(tf) + "# edited meanwhile\n");
    FileFixer.Outcome written = FileFixer.write(tf, outcome);
    assertTrue(written.error().startsWith("it changed on disk"), written.error());
    assertTrue(Files.readString(tf).endsWith("# edited meanwhile\n"));
  }

  @Test
  void standardInputIsNeverFixed() {
    assertEquals(2, CliTest.runWithInput("{}", "--fix", "-").code());
  }

  /**
   * What the summary counts as fixable is what --diff and --fix say they fix: on samples/, a CL402
   * fix waits for the CL103 fix it touches, which adds the missing refresh flow itself.
   */
  @Test
  void theFixableCountIsWhatFixFixes() throws IOException {
    Path samples = copyOfSamples();
    assertTrue(
        run(samples.toString())
            .out()
            .contains("\n[*] 7 fixable with --fix (11 more with --fix --unsafe-fixes).\n"));
    assertTrue(
        run("--diff", samples.toString())
            .err()
            .endsWith("cognito-lint: --fix would fix 7 problems in 3 files\n"));
    CliTest.Run fixed = run("--fix", samples.toString());
    int total = 0;
    for (String line : fixed.err().split("\n")) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(": fixed ([0-9]+) problems? ").matcher(line);
      if (m.find()) total += Integer.parseInt(m.group(1));
    }
    assertEquals(7, total, fixed.err());
  }

  /**
   * Generated-ness is read from the content: a template with the CDK's metadata, wherever it lies,
   * names its construct; one in a folder named cdk.out without it is fixed as any other.
   */
  @Test
  void cdkTemplatesGetNoFixButSayWhereItBelongs() throws IOException {
    String template = Files.readString(Path.of("src/test/resources/fixes/CL402/in/cfn-flow.yaml"));
    Path synthesized = dir.resolve("Stack.template.yaml");
    Files.writeString(
        synthesized,
        template.replace(
                "    Type: AWS::Cognito::UserPoolClient\n",
                "    Type: AWS::Cognito::UserPoolClient\n"
                    + "    Metadata:\n      aws:cdk:path: Stack/WebClient/Resource\n")
            + "  CDKMetadata:\n    Type: AWS::CDK::Metadata\n");
    CliTest.Run r = run(synthesized.toString());
    assertTrue(
        r.out()
            .contains(
                " (this template is synthesized by the CDK: fix it in the CDK code of construct"
                    + " 'Stack/WebClient/Resource') [CL402 refresh-token-auth-required]\n"),
        r.out());
    assertFalse(r.out().contains("[*]"), r.out());

    Files.writeString(synthesized, template + "  CDKMetadata:\n    Type: AWS::CDK::Metadata\n");
    assertTrue(
        run(synthesized.toString())
            .out()
            .contains("fix it in the CDK code that defines the client) [CL402"));

    Path named = dir.resolve("cdk.out/Stack.template.yaml");
    Files.createDirectories(named.getParent());
    Files.writeString(named, template);
    assertTrue(run(named.toString()).out().contains("[CL402 refresh-token-auth-required] [*]\n"));
  }

  @Test
  void terraformPlanOutputGetsNoFixButSaysWhereItBelongs() throws IOException {
    Path plan = dir.resolve("anything.json");
    Files.writeString(
        plan,
        "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": [{"
            + "\"address\": \"aws_cognito_user_pool_client.web\", \"mode\": \"managed\","
            + " \"type\": \"aws_cognito_user_pool_client\", \"name\": \"web\", \"values\": {"
            + "\"name\": \"web\", \"user_pool_id\": \"us-east-1_EXAMPLE1\","
            + " \"prevent_user_existence_errors\": \"ENABLED\", \"write_attributes\": [\"name\"],"
            + " \"explicit_auth_flows\": [\"ALLOW_USER_SRP_AUTH\"]}}]}}}\n");
    CliTest.Run r = run(plan.toString());
    assertTrue(
        r.out()
            .contains(
                " (this is Terraform plan or state output: fix it in the .tf source of the"
                    + " resource) [CL402 refresh-token-auth-required]\n"),
        r.out());
    assertFalse(r.out().contains("[*]"), r.out());
  }

  /**
   * A UTF-16 file is diffed as text, which standard error says patch cannot apply, and written back
   * in UTF-16, its byte-order mark first.
   */
  @Test
  void utf16FilesKeepTheirEncoding() throws IOException {
    String text = Files.readString(Path.of(REQUEST));
    String fixedText =
        text.replace("\"ALLOW_REFRESH_TOKEN\"", "\"ALLOW_REFRESH_TOKEN_AUTH\"")
            .replace("\"60\"", "60");
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {-1, -2} : new byte[] {-2, -1};
      Path file = dir.resolve(charset.name() + ".json");
      byte[] before = concat(bom, text.getBytes(charset));
      Files.write(file, before);
      CliTest.Run diff = run("--diff", file.toString());
      assertTrue(
          diff.out().contains("\n+  \"AccessTokenValidity\": 60,\n"), charset + ": " + diff.out());
      assertArrayEquals(before, Files.readAllBytes(file), "--diff changes nothing");
      assertTrue(
          diff.err()
              .contains(
                  ".json: the diff shows this "
                      + charset.name()
                      + " file's text in UTF-8, so patch cannot apply it to the file; --fix writes"
                      + " it in "
                      + charset.name()
                      + "\n"),
          diff.err());
      CliTest.Run fixed = run("--fix", file.toString());
      assertTrue(fixed.err().contains(": fixed 3 problems"), fixed.err());
      assertArrayEquals(
          concat(bom, fixedText.getBytes(charset)), Files.readAllBytes(file), charset.name());
    }
  }

  /** The diff of a UTF-8 file with a byte-order mark applies to it where the first line changes. */
  @Test
  void theDiffOfAFileWithAByteOrderMarkApplies() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String line =
        "{\"UserPoolId\": \"us-east-1_EXAMPLE1\", \"ClientName\": \"web\", \"IdTokenValidity\": %s}\n";
    Path file = dir.resolve("one.json");
    Files.write(file, concat(bom, line.formatted("\"60\"").getBytes(StandardCharsets.UTF_8)));
    Path diff = dir.resolve("fix.diff");
    // Named as patch -p0 in dir finds it: a path outside the working directory is shown whole.
    Files.writeString(
        diff, run("--diff", file.toString()).out().replace(file.toString(), "one.json"));
    Process patch =
        new ProcessBuilder("patch", "-p0", "-s", "-i", diff.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String said = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, patch.waitFor(), said + Files.readString(diff));
    assertArrayEquals(
        concat(bom, line.formatted("60").getBytes(StandardCharsets.UTF_8)),
        Files.readAllBytes(file));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A temporary file that a killed run left beside a file is removed when --fix writes it. */
  @Test
  void fixRemovesTheTemporaryFilesOfKilledRuns() throws IOException {
    Path tf = copyOfSamples().resolve("terraform/clients.tf");
    Path left = tf.resolveSibling(".cognito-lint123.tmp");
    Files.writeString(left, "half a file");
    Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    assertTrue(run("--fix", tf.toString()).err().contains("clients.tf: fixed"));
    try (Stream<Path> files = Files.list(tf.getParent())) {
      assertEquals(List.of("clients.tf"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  /** CL304's fix makes an OAuth client only of one that has its flows and scopes (else CL302). */
  @Test
  void noOAuthClientFixWithoutFlowsAndScopes() {
    CliTest.Run r =
        CliTest.runWithInput(
            "{\"UserPoolId\": \"us-east-1_EXAMPLE1\", \"ClientName\": \"web\","
                + " \"PreventUserExistenceErrors\": \"ENABLED\", \"WriteAttributes\": [\"name\"],"
                + " \"CallbackURLs\": [\"https://app.example.com/cb\"]}",
            "--stdin-filename",
            "create.json",
            "-");
    assertTrue(r.out().contains("[CL304 oauth-settings-need-oauth-client]\n"), r.out());
    assertFalse(r.out().contains("fixable"), r.out());
  }

  @Test
  void sarifAndJsonCarryTheEdits() {
    JsonNode sarif = JsonMapper.builder().build().readTree(run("--format", "sarif", REQUEST).out());
    JsonNode fixed = null;
    for (JsonNode result : sarif.path("runs").path(0).path("results")) {
      if (result.path("ruleId").asString().equals("CL102")) fixed = result;
    }
    JsonNode replacement =
        fixed.path("fixes").path(0).path("artifactChanges").path(0).path("replacements").path(0);
    assertEquals(14, replacement.path("deletedRegion").path("startLine").asInt());
    assertEquals(26, replacement.path("deletedRegion").path("startColumn").asInt());
    assertEquals(4, replacement.path("deletedRegion").path("charLength").asInt());
    assertEquals("60", replacement.path("insertedContent").path("text").asString());
    JsonNode json = JsonMapper.builder().build().readTree(run("--format", "json", REQUEST).out());
    boolean found = false;
    for (JsonNode finding : json.path("findings")) {
      if (finding.path("ruleId").asString().equals("CL102")) {
        assertEquals("safe", finding.path("fix").path("applicability").asString());
        assertEquals("60", finding.path("fix").path("edits").path(0).path("text").asString());
        found = true;
      }
    }
    assertTrue(found);
  }
}
