package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.files.Limits;
import dev.cognitolint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    assertTrue(r.err().contains("--fix would fix 2 problems in 1 file"), r.err());
    assertEquals(before, Files.readString(Path.of(REQUEST)));
  }

  @Test
  void fixRepairsTheSafeFixesSaysSoAndLeavesTheRest() throws IOException {
    Path samples = copyOfSamples();
    CliTest.Run fixed = run("--fix", samples.toString());
    assertTrue(
        fixed.err().contains("create-request.json: fixed 2 problems (CL102, CL103)"), fixed.err());
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

  @Test
  void generatedTemplatesGetNoFixButSayWhereItBelongs() throws IOException {
    Path out = dir.resolve("cdk.out");
    Files.createDirectories(out);
    Files.copy(
        Path.of("src/test/resources/fixes/CL402/in/cfn-flow.yaml"),
        out.resolve("Stack.template.yaml"));
    CliTest.Run r = run(out.toString());
    assertTrue(
        r.out()
            .contains(
                "fix it in the CDK code that defines the client) [CL402 refresh-token-auth-required]\n"),
        r.out());
    assertFalse(r.out().contains("[*]"), r.out());
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
