package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static dev.cognitolint.CliTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run reads and says it read: standard input's syntax and name, encodings, special files,
 * the configuration.
 */
class InputKindTest {
  static final String TF =
      "# clients\n\nresource \"aws_cognito_user_pool_client\" \"c\" {\n  name = \"c\"\n"
          + "  user_pool_id = \"p\"\n  callback_urls = [\"http://app.example.com/cb\"]\n}\n";
  static final String YAML =
      "UserPoolId: us-east-1_EXAMPLE\nClientName: app\nCallbackURLs: [http://app.example.com/cb]\n";
  static final String JSON =
      "{\"UserPoolId\": \"us-east-1_EXAMPLE\", \"ClientName\": \"app\",\n \"CallbackURLs\": [\"http://app.example.com/cb\"]}\n";

  /** Without --stdin-filename the content decides; with it, the name does, and reports show it. */
  @ParameterizedTest(name = "{0} with --stdin-filename ''{1}'': {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TF   | ''           | -:6:20: error: callback_urls[0]",
        "TF   | infra/main.tf | infra/main.tf:6:20: error: callback_urls[0]",
        "YAML | ''           | -:3:16: error: CallbackURLs[0]",
        "YAML | request.yaml | request.yaml:3:16: error: CallbackURLs[0]",
        "JSON | ''           | -:2:19: error: CallbackURLs[0]",
        "JSON | request.json | request.json:2:19: error: CallbackURLs[0]",
      })
  void standardInputIsReadAsWhatItIs(String kind, String name, String expected) {
    String text =
        switch (kind) {
          case "TF" -> TF;
          case "YAML" -> YAML;
          default -> JSON;
        };
    CliTest.Run r =
        name.isEmpty()
            ? runWithInput(text, "-")
            : runWithInput(text, "--stdin-filename", name, "-");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains(expected), r.out());
  }

  @Test
  void stdinFilenameWithoutStandardInputIsAUsageError() {
    CliTest.Run r = run("--stdin-filename", "a.tf", "samples/api");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--stdin-filename names what - reads; give - as a PATH"), r.err());
  }

  /**
   * UTF-32 is named as such; its little-endian mark starts with UTF-16LE's, which still reads (the
   * last case: FF FE, then the "U" of UserPoolId in UTF-16LE).
   */
  @ParameterizedTest
  @CsvSource({
    "0000FEFF, 'is UTF-32 text (byte-order mark 00 00 FE FF); save the file as UTF-8 [CL003'",
    "FFFE0000, 'is UTF-32 text (byte-order mark FF FE 00 00); save the file as UTF-8 [CL003'",
    "FFFE5500, 'client.yaml:3:16: error: CallbackURLs[0]: ''http://app.example.com/cb'' uses http'",
  })
  void byteOrderMarks(String bom, String expected, @TempDir Path dir) throws Exception {
    byte[] mark = java.util.HexFormat.of().parseHex(bom);
    byte[] text =
        YAML.substring(1)
            .getBytes(
                bom.equals("FFFE5500")
                    ? java.nio.charset.StandardCharsets.UTF_16LE
                    : java.nio.charset.Charset.forName(
                        bom.startsWith("00") ? "UTF-32BE" : "UTF-32LE"));
    Path file = dir.resolve("client.yaml");
    Files.write(file, concat(mark, text));
    CliTest.Run r = run(file.toString());
    assertTrue(r.out().contains(expected), r.out());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A FIFO met in a walk is never opened: --verbose says so, and the reports carry it. */
  @Test
  void specialFileInAWalkIsSkippedWithAWord(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo unavailable");
    Files.writeString(dir.resolve("client.yaml"), YAML);
    String skipped = dir.resolve("pipe.yaml") + ": skipped: a FIFO, not a regular file";
    CliTest.Run text = run("--verbose", dir.toString());
    assertEquals(1, text.code(), text.out() + text.err());
    assertTrue(text.err().contains("cognito-lint: " + skipped + "\n"), text.err());
    String sarifText = run("--format", "sarif", dir.toString()).out();
    JsonNode sarif = JsonMapper.builder().build().readTree(sarifText);
    JsonNode notification =
        sarif
            .path("runs")
            .path(0)
            .path("invocations")
            .path(0)
            .path("toolExecutionNotifications")
            .path(0);
    assertEquals("note", notification.path("level").asString());
    assertEquals(skipped, notification.path("message").path("text").asString());
    JsonNode json =
        JsonMapper.builder().build().readTree(run("--format", "json", dir.toString()).out());
    assertEquals(skipped, json.path("skipped").path(0).asString());
    CliTest.assertValidSarif(sarifText);
  }

  /**
   * OpenTofu reads x.tofu instead of x.tf beside it: a walk skips x.tf with a word; named, it is
   * linted.
   */
  @Test
  void openTofuFileReplacesTheTerraformFileBesideIt(@TempDir Path dir) throws Exception {
    Path fixtures = Path.of("src/test/resources/fixtures/CL201");
    Files.copy(fixtures.resolve("bad-tofu.tofu"), dir.resolve("main.tf"));
    Files.copy(fixtures.resolve("good-tofu.tofu"), dir.resolve("main.tofu"));
    Files.copy(fixtures.resolve("bad-tf-array.tf.json"), dir.resolve("clients.tf.json"));
    Files.copy(fixtures.resolve("good-tofu-json.tofu.json"), dir.resolve("clients.tofu.json"));
    CliTest.Run walk = run("--verbose", dir.toString());
    // The .tf files have http callbacks, the .tofu files none.
    assertFalse(walk.out().contains("[CL201 "), walk.out() + walk.err());
    assertTrue(
        walk.err().contains(dir.resolve("main.tofu") + ": Terraform configuration, 1 app client\n"),
        walk.err());
    assertTrue(
        walk.err()
            .contains(
                dir.resolve("main.tf") + ": skipped: OpenTofu reads main.tofu beside it instead\n"),
        walk.err());
    assertTrue(
        walk.err()
            .contains(
                dir.resolve("clients.tf.json")
                    + ": skipped: OpenTofu reads clients.tofu.json beside it instead\n"),
        walk.err());
    assertEquals(1, run(dir.resolve("main.tf").toString()).code());
  }

  /** --verbose and SARIF say which configuration applied: relative below the working directory. */
  @Test
  void theConfigurationUsedIsReported(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("strict.yaml"), "failLevel: warning\n");
    String good = "samples/cloudformation/web-client.yaml";
    assertTrue(
        run("--verbose", "--config", config.toString(), good)
            .err()
            .startsWith("cognito-lint: configuration: " + config + "\n"));
    String sarifText = run("--format", "sarif", "--config", config.toString(), good).out();
    JsonNode sarif = JsonMapper.builder().build().readTree(sarifText);
    assertEquals(
        config.toString(),
        sarif
            .path("runs")
            .path(0)
            .path("invocations")
            .path(0)
            .path("properties")
            .path("configurationFile")
            .asString());
    Path inside = Files.createDirectories(Path.of("target/test-config")).resolve("strict.yaml");
    Files.writeString(inside, "failLevel: warning\n");
    CliTest.Run relative =
        run("--verbose", "--config", "./target/../target/test-config/strict.yaml", good);
    assertTrue(
        relative.err().startsWith("cognito-lint: configuration: target/test-config/strict.yaml\n"),
        relative.err());
    // This checkout has none, and the search ends at its root.
    assertTrue(run("--verbose", good).err().startsWith("cognito-lint: configuration: none\n"));
    assertTrue(run("--format", "sarif", good).out().indexOf("configurationFile") < 0);
    CliTest.assertValidSarif(sarifText);
  }
}
