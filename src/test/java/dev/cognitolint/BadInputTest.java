package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static dev.cognitolint.CliTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes: each case gives one clear finding or error with the file (and line where
 * there is one), no stack trace and no hang, and the good file beside it is still linted. The test
 * JVM runs with a small heap (see the pom's surefire argLine), which bounds memory too.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a performance target
class BadInputTest {
  @TempDir Path dir;

  /** A clean template beside each bad file, to show the run goes on. */
  private Path good() throws Exception {
    Path good = dir.resolve("good.yaml");
    Files.copy(Path.of("samples/cloudformation/web-client.yaml"), good);
    return good;
  }

  private static final java.util.regex.Pattern JAVA_THROWABLE =
      java.util.regex.Pattern.compile("\\b[a-z]+(?:\\.\\w+)+(?:Exception|Error)\\b");

  /** Lints the bad file and the good one; checks the one finding and that nothing crashed. */
  private CliTest.Run lintBeside(Path bad, String expected) throws Exception {
    CliTest.Run r = run(bad.toString(), good().toString());
    assertTrue(r.out().contains(expected), "expected '" + expected + "' in:\n" + r.out() + r.err());
    // A Java exception's class name, not the AWS exceptions that messages name
    // (InvalidParameterException).
    assertFalse(JAVA_THROWABLE.matcher(r.out() + r.err()).find(), r.out() + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertTrue(
        r.out().contains("of 2 files") || r.out().contains("in 2 files"),
        "both files linted:\n" + r.out());
    return r;
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void malformedYaml() throws Exception {
    lintBeside(
        write(
            "bad.yaml",
            "Resources:\n  Client:\n    Type: [AWS::Cognito::UserPoolClient\n    Properties: {}\n"),
        "bad.yaml:4:15: error: expected ',' or ']', but got :");
  }

  @Test
  void malformedTerraform() throws Exception {
    lintBeside(
        write("bad.tf", "resource \"aws_cognito_user_pool_client\" \"c\" {\n  name = \"c\n}\n"),
        "bad.tf:2:10: error: the string is not closed: expected '\"' [CL001 syntax-error]");
  }

  @Test
  void malformedJson() throws Exception {
    CliTest.Run r =
        lintBeside(
            write(
                "bad.json",
                "{\n  \"UserPoolId\": \"us-east-1_A\",\n  \"ClientName\": \"x\"\n  \"GenerateSecret\": true\n}\n"),
            "bad.json:4:3: error:");
    assertTrue(r.out().contains("[CL001 syntax-error]"), r.out());
  }

  /**
   * Numbers past every range are checked like any other (found by fuzzing: the schema validator's
   * asLong failed).
   */
  @Test
  void hugeNumbers() throws Exception {
    lintBeside(
        write(
            "huge.yaml",
            "UserPoolId: us-east-1_EXAMPLE1\nClientName: web\nAccessTokenValidity: 1.0e30\nIdTokenValidity: "
                + "9".repeat(100_000)
                + "\n"),
        "huge.yaml:3:22: error: AccessTokenValidity: 1000000000000000000000000000000 is above the maximum of 86400");
    Files.delete(dir.resolve("good.yaml"));
    lintBeside(
        write(
            "huge.tf",
            "resource \"aws_cognito_user_pool_client\" \"c\" {\n  name = \"c\"\n  user_pool_id = \"p\"\n"
                + "  access_token_validity = 1e10000005\n}\n"),
        "huge.tf:4:27: error: access_token_validity: expected an integer, found a number (Infinity)");
  }

  @Test
  void aliasAsAKey() throws Exception {
    lintBeside(
        write("alias-key.yaml", "a: &k [1]\nb: {*k : 1}\n"),
        "alias-key.yaml:2:5: error: alias *k of a mapping or sequence used as a key is not supported [CL001 syntax-error]");
  }

  @Test
  void binaryFile() throws Exception {
    lintBeside(
        write("image.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
        "image.yaml:1:1: error: not a text file (NUL byte at offset 4) [CL003 unreadable-file]");
  }

  @Test
  void invalidUtf8() throws Exception {
    lintBeside(
        write("latin1.yaml", "ClientName: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
        "latin1.yaml:1:1: error: not valid UTF-8 text; save the file as UTF-8 [CL003 unreadable-file]");
  }

  @Test
  void byteOrderMarksAndCrlfAreReadNormally() throws Exception {
    String request =
        "UserPoolId: us-east-1_EXAMPLE1\r\nClientName: web\r\nCallbackURLs: [http://example.com/cb]\r\n";
    byte[] utf8 = request.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    lintBeside(write("bom.yaml", withBom), "bom.yaml:3:16: error: CallbackURLs[0]");
    Files.delete(dir.resolve("good.yaml"));
    byte[] utf16 = ("\uFEFF" + request).getBytes(StandardCharsets.UTF_16LE);
    lintBeside(write("utf16.yaml", utf16), "utf16.yaml:3:16: error: CallbackURLs[0]");
  }

  @Test
  void tabsIndentingYamlAreASyntaxErrorButTabsInJsonAreFine() throws Exception {
    lintBeside(
        write(
            "tabs.yaml",
            "UserPoolId: us-east-1_EXAMPLE1\nTokenValidityUnits:\n\tAccessToken: hours\n"),
        "tabs.yaml:3:1: error: found character '\\t(TAB)' that cannot start any token");
    Files.delete(dir.resolve("good.yaml"));
    lintBeside(
        write(
            "tabs.json",
            "{\n\t\"UserPoolId\": \"us-east-1_EXAMPLE1\",\n\t\"ClientName\": \"web\",\n\t\"CallbackURLs\": [\"http://x.example/cb\"]\n}\n"),
        "tabs.json:4:19: error: CallbackURLs[0]");
  }

  @Test
  void emptyFileHoldsNoClient() throws Exception {
    Path empty = write("empty.yaml", "");
    CliTest.Run r = run("--verbose", empty.toString(), good().toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("empty.yaml: no app client"), r.err());
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() throws Exception {
    lintBeside(
        write("deep.json", "[".repeat(10_000) + "]".repeat(10_000)),
        "deep.json:1:501: error: nesting deeper than 500 levels (--max-depth) [CL004 input-limit]");
    Files.delete(dir.resolve("good.yaml"));
    CliTest.Run raised = run("--max-depth", "20000", dir.resolve("deep.json").toString());
    assertEquals(0, raised.code(), raised.out());
  }

  @Test
  void aliasBombStopsAtTheAliasLimit() throws Exception {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      bomb.append("]\n");
    }
    Path file = write("bomb.yaml", bomb.toString());
    lintBeside(
        file,
        "error: aliases expand to more than 1000000 nodes (an alias bomb? --max-alias-nodes) [CL004 input-limit]");
    CliTest.Run lower = run("--max-alias-nodes", "50", file.toString());
    assertTrue(lower.out().contains("aliases expand to more than 50 nodes"), lower.out());
  }

  @Test
  void hugeFileIsRefusedBeforeItIsRead() throws Exception {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L << 20); // sparse: 100 MB on paper, nothing on disk
    }
    lintBeside(
        huge,
        "huge.json:1:1: error: file is 104857600 bytes, larger than the limit of 33554432 bytes (--max-file-size) [CL004 input-limit]");
  }

  @Test
  void tenThousandClientsInOneTemplate() throws Exception {
    StringBuilder template = new StringBuilder("Resources:\n");
    for (int i = 0; i < 10_000; i++) {
      template
          .append("  Client")
          .append(i)
          .append(":\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n")
          .append("      UserPoolId: us-east-1_EXAMPLE1\n      CallbackURLs: [http://app")
          .append(i)
          .append(".example.com/cb]\n");
    }
    CliTest.Run r =
        run("--disable", "CL603,CL606,CL304", write("many.yaml", template.toString()).toString());
    assertEquals(
        10_000, r.out().lines().filter(l -> l.contains("[CL201 callback-url-https]")).count());
    assertTrue(
        r.out()
            .contains(
                "many.yaml:50001:22: error: CallbackURLs[0]: 'http://app9999.example.com/cb'"),
        r.out().substring(0, 300));
  }

  /**
   * Long scalars and long lines are read in linear time. Before the fix both were quadratic: an 8
   * MiB scalar took about 45 s to read (snakeyaml-engine re-copied its buffer on every 1,024
   * chars), a 3 MB one-line HCL list with one non-Latin-1 character over 300 s (each position
   * counted code points from its line start). Linear, each takes a few seconds; the timeout is a
   * hang guard, not a performance target.
   */
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void longScalarsAndLinesAreReadInLinearTime() throws Exception {
    String scalar = "a".repeat(8 << 20);
    CliTest.Run yaml =
        run(
            write("long.yaml", "UserPoolId: us-east-1_EXAMPLE1\nClientName: " + scalar + "\n")
                .toString());
    assertTrue(
        yaml.out()
            .contains(
                "long.yaml:2:13: error: ClientName: 8388608 characters is longer than the maximum of 128"),
        yaml.out());
    CliTest.Run json =
        run(
            write(
                    "long.json",
                    "{\"UserPoolId\": \"us-east-1_EXAMPLE1\", \"ClientName\": \"" + scalar + "\"}")
                .toString());
    assertTrue(
        json.out().contains("long.json:1:52: error: ClientName: 8388608 characters is longer"),
        json.out());

    // One 'ł' early on the line (Latin-1 strings count code points in O(1); this one has to count),
    // an http URL at its end.
    String line = "  callback_urls = [\"https://app.example.com/\u0142\"";
    StringBuilder list = new StringBuilder(line);
    for (int i = 0; list.length() < 3_000_000; i++)
      list.append(", \"https://app.example.com/cb/").append(i).append('"');
    list.append(", ");
    int column = list.codePointCount(0, list.length()) + 1;
    list.append("\"http://app.example.com/end\"]");
    String tf =
        "resource \"aws_cognito_user_pool_client\" \"c\" {\n  name = \"web\"\n  user_pool_id = \"p\"\n"
            + list
            + "\n}\n";
    CliTest.Run hcl = run(write("long.tf", tf).toString());
    assertTrue(hcl.out().contains("long.tf:4:" + column + ": error: callback_urls["), hcl.out());
  }

  /**
   * An anchored client's properties under 40,000 aliases (below the alias limit): what they repeat
   * is reported once, at the anchor.
   */
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void fortyThousandAliasesReportTheAnchorOnce() throws Exception {
    StringBuilder template =
        new StringBuilder(
            "Resources:\n  C0:\n    Type: AWS::Cognito::UserPoolClient\n    Properties: &p\n"
                + "      UserPoolId: us-east-1_EXAMPLE1\n      CallbackURLs: [http://app.example.com/cb]\n      PreventUserExistenceErrors: ENABLED\n");
    for (int i = 1; i < 40_000; i++)
      template
          .append("  C")
          .append(i)
          .append(":\n    Type: AWS::Cognito::UserPoolClient\n    Properties: *p\n");
    CliTest.Run r =
        run("--disable", "CL606,CL010", write("aliases.yaml", template.toString()).toString());
    assertEquals(
        1, r.out().lines().filter(l -> l.contains("[CL201 callback-url-https]")).count(), r.out());
    assertTrue(
        r.out()
            .contains(
                "aliases.yaml:6:22: error: CallbackURLs[0]: 'http://app.example.com/cb' uses http"),
        r.out());
    assertTrue(
        r.out().endsWith("2 problems (2 errors, 0 warnings, 0 notes) in 1 of 1 file.\n"),
        r.out()); // and one CL304
  }

  /**
   * What an alias repeats is merged with the anchor's findings only where the same suppressions
   * apply.
   */
  @Test
  void anAliasIntoAResourceWithoutTheAnchorsSuppressionsStillReports() throws Exception {
    String template =
        "Resources:\n  C0:\n    Type: AWS::Cognito::UserPoolClient\n"
            + "    Metadata:\n      cognito-lint:\n        ignore:\n          - id: CL201\n            reason: partner gateway\n"
            + "    Properties: &p\n      UserPoolId: us-east-1_EXAMPLE1\n      CallbackURLs: [http://app.example.com/cb]\n"
            + "  C1:\n    Type: AWS::Cognito::UserPoolClient\n    Properties: *p\n";
    CliTest.Run r =
        run(
            "--disable",
            "CL304,CL603,CL606",
            "--show-suppressed",
            write("suppressed.yaml", template).toString());
    assertEquals(
        2,
        r.out()
            .lines()
            .filter(l -> l.contains("suppressed.yaml:11:22: error: CallbackURLs[0]"))
            .count(),
        r.out());
    assertEquals(1, r.code(), "C1's finding is not suppressed:\n" + r.out());
  }

  /**
   * 500,000 http callback URLs (13 MB; 10^6 needed 4.7 GB before the caps): the first 20,000
   * findings and one CL004 for the rest, within this suite's 256 MB heap.
   */
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void halfAMillionHttpCallbacksStopAtTheFileCap() throws Exception {
    StringBuilder request =
        new StringBuilder("UserPoolId: us-east-1_EXAMPLE1\nClientName: web\nCallbackURLs:\n");
    for (int i = 0; i < 500_000; i++)
      request.append("- http://app.example.com/").append(i).append('\n');
    CliTest.Run r =
        run(
            "--disable",
            "CL101,CL603,CL606",
            write("callbacks.yaml", request.toString()).toString());
    assertEquals(
        20_001,
        r.out().lines().filter(l -> l.contains(" [CL")).count(),
        "the cap, and the CL004 that says so");
    assertEquals(
        19_999,
        r.out().lines().filter(l -> l.contains("[CL201 callback-url-https]")).count(),
        "and one CL107 (more than 100 URLs)");
    assertTrue(
        r.out()
            .lines()
            .findFirst()
            .orElseThrow()
            .endsWith(
                "callbacks.yaml:1:1: error: this file has more findings than the 20,000 a file reports: "
                    + "the first 20,000 found are reported, 480,002 more are not (a generated or hostile file?) [CL004 input-limit]"),
        r.out().substring(0, 500));
  }

  /**
   * 10^6 duplicate keys (14 MB): the reader keeps the first problems and counts the rest (before,
   * it ran out of a 256 MB heap).
   */
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aMillionDuplicateKeysStopAtTheFileCap() throws Exception {
    String request = "UserPoolId: us-east-1_EXAMPLE1\n" + "ClientName: web\n".repeat(1_000_000);
    CliTest.Run r = run("--disable", "CL603,CL606", write("dups.yaml", request).toString());
    assertEquals(19_999, r.out().lines().filter(l -> l.contains("[CL002 duplicate-key]")).count());
    assertTrue(
        r.out()
            .contains(
                "dups.yaml:20002:1: error: 980,000 more problems of this document (the first: CL002) are not reported: "
                    + "a file reports at most 20,000 findings [CL004 input-limit]"),
        r.out().substring(0, 500));
  }

  @Test
  void duplicateKeys() throws Exception {
    lintBeside(
        write("dup.yaml", "UserPoolId: us-east-1_EXAMPLE1\nClientName: a\nClientName: b\n"),
        "dup.yaml:3:1: error: duplicate key 'ClientName' (first at line 2)");
  }

  @Test
  void unknownTagsAreUnknownValues() throws Exception {
    Path file =
        write(
            "tags.yaml",
            "Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n"
                + "      UserPoolId: !Custom pool\n      CallbackURLs: !Whatever [http://x]\n      AccessTokenValidity: !Foo {a: b}\n");
    CliTest.Run r = run("--disable", "CL603,CL606,CL304", file.toString());
    assertEquals("No problems found in 1 file.\n", r.out());
  }

  @Test
  void unreadableFile() throws Exception {
    Path file = write("secret.yaml", "a: 1\n");
    assertTrue(file.toFile().setReadable(false, false));
    Assumptions.assumeFalse(Files.isReadable(file), "running as root: every file is readable");
    lintBeside(
        file,
        "secret.yaml:1:1: error: cannot read file: permission denied [CL003 unreadable-file]");
  }

  @Test
  void brokenSymlinkAndSymlinkLoop() throws Exception {
    Path dangling =
        Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("nowhere.yaml"));
    lintBeside(
        dangling,
        "dangling.yaml:1:1: error: broken symbolic link (its target does not exist) [CL003 unreadable-file]");
    Files.delete(dir.resolve("good.yaml"));
    Path loop = Files.createSymbolicLink(dir.resolve("loop-a.yaml"), dir.resolve("loop-b.yaml"));
    Files.createSymbolicLink(dir.resolve("loop-b.yaml"), loop);
    lintBeside(loop, "loop-a.yaml:1:1: error: symbolic link loop [CL003 unreadable-file]");
  }

  @Test
  void fifoIsNotReadForever() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo unavailable");
    lintBeside(fifo, "pipe.yaml:1:1: error: not a regular file [CL003 unreadable-file]");
  }

  @Test
  void directoriesWhereFilesAreExpected() throws Exception {
    Files.createDirectories(dir.resolve("looks-like.yaml"));
    Files.writeString(dir.resolve("looks-like.yaml/inner.yaml"), "a: 1\n");
    CliTest.Run walked = run(dir.resolve("looks-like.yaml").toString());
    assertEquals("No problems found in 1 file.\n", walked.out());
    Path good = good();
    CliTest.Run config = run("--config", dir.toString(), good.toString());
    assertEquals(2, config.code());
    assertTrue(config.err().contains("no such file"), config.err());
    CliTest.Run output = run("--output", dir.toString(), good.toString());
    assertEquals(2, output.code());
    assertTrue(output.err().startsWith("cognito-lint: --output " + dir + ": "), output.err());
    assertFalse(output.err().contains("Exception"), output.err());
  }

  @Test
  void standardInputWithNothingOnIt() {
    CliTest.Run r = runWithInput("", "--verbose", "-");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("-: no app client"), r.err());
  }

  /**
   * Text inside a value is never a suppression: a JSON string, a URL's fragment, a heredoc line
   * (issue 8).
   */
  @Test
  void directivesInsideValuesSilenceNothing() throws Exception {
    Path json =
        write(
            "request.json",
            "{\"UserPoolId\": \"us-east-1_EXAMPLE1\", \"ClientName\": \"web\",\n"
                + " \"CallbackURLs\": [\"http://a.example.com/cb\"],\n"
                + " \"AnalyticsConfiguration\": {\"ExternalId\": \"# cognito-lint: disable-file=CL201\"}}\n");
    Path yaml =
        write(
            "request.yaml",
            "UserPoolId: us-east-1_EXAMPLE1\nClientName: web\n"
                + "CallbackURLs: [http://evil.com/cb#cognito-lint:disable=CL201,CL202--ok]\n");
    Path tf =
        write(
            "client.tf",
            "locals {\n  note = <<EOF\n# cognito-lint: disable-file=CL201 -- x\nEOF\n}\n"
                + "resource \"aws_cognito_user_pool_client\" \"c\" {\n  name = \"c\"\n  user_pool_id = \"us-east-1_EXAMPLE1\"\n"
                + "  callback_urls = [\"http://a.example.com/cb\"]\n}\n");
    CliTest.Run r = run(json.toString(), yaml.toString(), tf.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    for (String expected :
        List.of(
            "request.json:2:19: error: CallbackURLs[0]",
            "request.yaml:3:16: error: CallbackURLs[0]",
            "[CL202 redirect-uri-fragment]",
            "client.tf:9:20: error: callback_urls[0]")) {
      assertTrue(r.out().contains(expected), "expected '" + expected + "' in:\n" + r.out());
    }
    assertFalse(r.out().contains("suppressed"), r.out());
  }

  /**
   * A directive followed by a long run of blanks: the old pattern backtracked for hours on this.
   */
  @Test
  void longDirectiveCommentsAreReadInLinearTime() throws Exception {
    String comment = "# cognito-lint: disable=CL201" + " ".repeat(200_000) + "x\n";
    lintBeside(
        write(
            "long-comment.yaml",
            comment
                + "UserPoolId: us-east-1_EXAMPLE1\nClientName: web\nCallbackURLs: [http://a.example.com/cb]\n"),
        "long-comment.yaml:4:16: error: CallbackURLs[0]");
    Files.delete(dir.resolve("good.yaml"));
    lintBeside(
        write(
            "long-comment.tf",
            comment
                + "resource \"aws_cognito_user_pool_client\" \"c\" {\n  name = \"c\"\n"
                + "  user_pool_id = \"us-east-1_EXAMPLE1\"\n  callback_urls = [\"http://a.example.com/cb\"]\n}\n"),
        "long-comment.tf:5:20: error: callback_urls[0]");
  }

  /** A rule that throws is one CL008 finding naming it; the other rules still report. */
  @RuleInfo(
      id = "CL999",
      name = "always-fails",
      severity = Severity.ERROR,
      summary = "Fails on purpose.")
  static final class FailingRule implements Rule {
    @Override
    public void check(AppClient client, Findings findings) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void aFailingRuleBecomesAFinding() {
    List<Rule> rules = new ArrayList<>(BuiltinRules.checks());
    rules.add(0, new FailingRule());
    Linter linter = new Linter(Limits.DEFAULT, rules);
    List<Finding> findings =
        linter
            .lintFile(Path.of("samples/cloudformation/insecure-web-client.yaml"), "insecure.yaml")
            .findings();
    Finding failure =
        findings.stream().filter(f -> f.rule().id().equals("CL008")).findFirst().orElseThrow();
    assertTrue(
        failure
            .message()
            .startsWith(
                "rule CL999 always-fails failed on this client (java.lang.IllegalStateException: boom)"),
        failure.message());
    assertTrue(
        findings.stream().anyMatch(f -> f.rule().id().equals("CL201")),
        "the other rules still ran");
    // The fuzz targets count such a finding as a crash.
    AssertionError crash =
        assertThrows(
            AssertionError.class,
            () ->
                FuzzTargets.noInternalFailure(
                    linter.lintFile(
                        Path.of("samples/cloudformation/insecure-web-client.yaml"),
                        "insecure.yaml")));
    assertTrue(crash.getMessage().startsWith("insecure.yaml:"), crash.getMessage());
  }
}
