package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.cli.Main;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.Span;
import dev.cognitolint.report.GithubFormat;
import dev.cognitolint.report.Report;
import dev.cognitolint.report.ReportFormats;
import dev.cognitolint.report.ReportOptions;
import dev.cognitolint.report.TextFormat;
import dev.cognitolint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the files linted say can never take over the output: no control character reaches a terminal
 * or a CI log, no value forges a finding line or a workflow command, every report is valid UTF-8
 * whatever a value holds, and a report that cannot be written is a clean error.
 */
class OutputSafetyTest {
  /**
   * A request whose ClientName and callback hold what an attacker would put there: ANSI and OSC
   * escapes, CR and LF followed by a forged finding and workflow commands, DEL, C1, line and
   * paragraph separators, bidi overrides, a zero-width space, a tag character and a lone surrogate.
   */
  private static final String HOSTILE =
      "{\"UserPoolId\": \"us-east-1_EXAMPLE\","
          + " \"ClientName\": \"web\\u001b[2J\\u001b]0;owned\\u0007\\r\\nx.yaml:1:1: error: forged [CL201 x]\\n::stop-commands::tok"
          + "\\u007f\\u0085\\u009b\\u2028::error::forged\\u2029\\u202e\\u2066\\u200b\\udb40\\udc41\\ud800\","
          + " \"CallbackURLs\": [\"http://evil.example.com/cb\\n::warning::forged\\udc00\"]}";

  private record Output(int code, byte[] out, String err) {}

  private static Output run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Output(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Decodes strictly: invalid UTF-8 (a lone surrogate written as '?' would pass; that is checked
   * apart).
   */
  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * What no line of a human format may hold: every control character but the line end, and what
   * hides or reorders text.
   */
  private static void assertNothingUnsafe(String output) {
    output
        .lines()
        .forEach(
            line -> assertEquals(line, SafeText.visible(line), "unescaped character in: " + line));
    assertFalse(output.contains("\r"), output);
  }

  static List<String> formats() {
    return ReportFormats.names();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void everyFormatWritesValidUtf8WhateverTheValuesHold(String format, @TempDir Path dir)
      throws Exception {
    Output stdout = run(HOSTILE, "--format", format, "-");
    assertEquals(1, stdout.code(), stdout.err());
    String text = utf8(stdout.out());
    assertFalse(text.contains("?\""), "a lone surrogate written as '?': " + text);

    Path report = dir.resolve("report." + format);
    Output file = run(HOSTILE, "--format", format, "--output", report.toString(), "-");
    assertEquals(1, file.code(), file.err());
    assertEquals("", file.err());
    assertEquals(text, utf8(Files.readAllBytes(report)));

    switch (format) {
      case "text" -> {
        assertNothingUnsafe(text);
        assertTrue(
            text.contains(
                "web\\x1b[2J\\x1b]0;owned\\x07\\r\\nx.yaml:1:1: error: forged [CL201 x]\\n::stop-commands::tok"
                    + "\\x7f\\u0085\\u009b\\u2028::error::forged\\u2029\\u202e\\u2066\\u200b\\U000e0041\\ud800"),
            text);
        assertTrue(
            text.lines()
                .allMatch(
                    l ->
                        l.startsWith("-:")
                            || l.matches("\\d+ problems? .*")
                            || l.matches("(\\[\\*] )?\\d+ fixable with --fix.*")),
            text);
        assertNothingUnsafe(utf8(run(HOSTILE, "--show-source", "--statistics", "-").out()));
      }
      case "github" -> {
        assertNothingUnsafe(text);
        assertTrue(
            text.lines()
                .allMatch(l -> l.matches("::(error|warning|notice) file=-,line=\\d+,col=\\d+,.*")),
            text);
        assertTrue(
            text.contains("\\r\\nx.yaml:1:1: error: forged [CL201 x]\\n::stop-commands::tok"),
            text);
      }
      case "junit" -> {
        assertNothingUnsafe(text);
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(stdout.out()));
        assertTrue(text.contains("\\x1b[2J"), text);
      }
      default -> {
        JsonNode root = JsonMapper.builder().build().readTree(text);
        assertTrue(root.toString().contains("\uFFFD"), "a lone surrogate becomes U+FFFD: " + text);
        assertTrue(
            text.contains("\\u001B[2J") || text.contains("\\u001b[2J"),
            "Jackson escapes C0: " + text);
        if (format.equals("sarif")) CliTest.assertValidSarif(text);
      }
    }
  }

  /**
   * Each kind of character: escaped as what, or kept. Written with {HEX} for the character U+HEX.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a{1b}[31mb     | a\\x1b[31mb",
        "{0}{9}{a}{d}   | \\x00\\t\\n\\r",
        "{7f}{85}{9b}   | \\x7f\\u0085\\u009b",
        "{2028}{2029}   | \\u2028\\u2029",
        "{202e}{2066}{61c}{200f} | \\u202e\\u2066\\u061c\\u200f",
        "{200b}{feff}{ad} | \\u200b\\ufeff\\u00ad",
        "{e0041}        | \\U000e0041",
        "{d800}x{dc00}  | \\ud800x\\udc00",
        "{1f600} é 日本 \\x41 | {1f600} é 日本 \\x41"
      })
  void visibleEscapesWhatCanMisleadAndKeepsTheRest(String input, String expected) {
    assertEquals(chars(expected), SafeText.visible(chars(input)));
    assertEquals(
        SafeText.visible(chars(input)),
        SafeText.visible(SafeText.visible(chars(input))),
        "idempotent");
  }

  private static String chars(String spec) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([0-9a-f]+)\\}").matcher(spec);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int c = Integer.parseInt(m.group(1), 16);
      m.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement(
              c >= 0xD800 && c <= 0xDFFF ? String.valueOf((char) c) : Character.toString(c)));
    }
    return m.appendTail(out).toString();
  }

  @Test
  void wellFormedReplacesOnlyLoneSurrogates() {
    assertEquals(
        "a\uFFFDb\uFFFD\uD83D\uDE00\uFFFD",
        SafeText.wellFormed("a\uD800b\uDC00\uD83D\uDE00\uD83D"));
  }

  private static Report report(String path, String message, String suppression) {
    RuleMeta rule = BuiltinRules.checks().get(0).meta();
    Finding finding =
        new Finding(
            rule,
            rule.severity(),
            message,
            path,
            Span.at(1, 1),
            "Client/CallbackURLs/0",
            suppression);
    return new Report(
        List.of(finding),
        List.of(rule),
        List.of(path),
        List.of("missing\n::error::forged"),
        "test");
  }

  /**
   * A file's name is the repository's too: a committed file can be named like a workflow command.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "::stop-commands::tok.yaml | ./::stop-commands::tok.yaml:1:1: ",
        "::error file=a::x.yaml    | ./::error file=a::x.yaml:1:1: ",
        "a:b.yaml                  | a:b.yaml:1:1: ",
        "dir/{ESC}[31mred{LF}.yaml   | dir/\\x1b[31mred\\n.yaml:1:1: "
      })
  void noTextLineStartsAWorkflowCommandOrBreaksOnAFileName(String name, String expected) {
    String path = name.replace("{ESC}", "\u001b").replace("{LF}", "\n");
    StringWriter out = new StringWriter();
    try (PrintWriter writer = new PrintWriter(out)) {
      new TextFormat()
          .write(
              report(path, "CallbackURLs[0]: uses http", "reason\u202e\n::error::x"),
              new ReportOptions(true, "cognito-lint", false, false, false),
              writer);
    }
    assertTrue(out.toString().startsWith(expected), out.toString());
    assertTrue(out.toString().contains("(suppressed: reason\\u202e\\n::error::x)"), out.toString());
    assertTrue(out.toString().lines().noneMatch(l -> l.startsWith("::")), out.toString());
    assertNothingUnsafe(out.toString());
  }

  /**
   * Standard error is in the CI log too: --verbose lines, missing paths and usage errors name files
   * safely.
   */
  @Test
  void messagesOnStandardErrorEscapeFileNames(@TempDir Path dir) throws Exception {
    Path odd = Files.writeString(dir.resolve("a\u001b[2Jb\u202e.yaml"), "a: 1\n");
    Output r =
        run("", "--verbose", odd.toString(), dir.resolve("missing\n::error::forged").toString());
    assertEquals(2, r.code(), r.err());
    assertNothingUnsafe(r.err());
    assertTrue(r.err().contains("a\\x1b[2Jb\\u202e.yaml: no app client"), r.err());
    assertTrue(r.err().contains("missing\\n::error::forged"), r.err());
    assertTrue(r.err().lines().noneMatch(l -> l.startsWith("::")), r.err());
    Output usage = run("", "--output", dir.resolve("no\u001b/r.json").toString(), odd.toString());
    assertEquals(2, usage.code());
    assertNothingUnsafe(usage.err());
  }

  @Test
  void githubPropertiesAndDataFollowTheToolkitsEscaping() {
    Report report = report("a,b:c%d.yaml", "100% \u001b[1m\r\n::error::x", null);
    StringWriter out = new StringWriter();
    try (PrintWriter writer = new PrintWriter(out)) {
      new GithubFormat().write(report, ReportOptions.DEFAULT, writer);
    }
    RuleMeta rule = report.rules().get(0);
    assertEquals(
        "::"
            + (rule.severity().label().equals("note") ? "notice" : rule.severity().label())
            + " file=a%2Cb%3Ac%25d.yaml,line=1,col=1,endLine=1,endColumn=1,title="
            + rule.id()
            + " "
            + rule.name()
            + "::100%25 \\x1b[1m\\r\\n::error::x\n::error::missing\\n::error::forged\n",
        out.toString());
  }

  @Test
  void aFullDiskIsACleanErrorNamingTheFile() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
    for (String option : new String[] {"--output", "--write-baseline"}) {
      Output r = run(HOSTILE, option, "/dev/full", "-");
      assertEquals(2, r.code(), r.err());
      assertEquals(
          "cognito-lint: " + option + " /dev/full: cannot write (No space left on device)\n",
          r.err());
      assertTrue(
          Files.exists(Path.of("/dev/full")) && !Files.isRegularFile(Path.of("/dev/full")),
          "the device is left in place");
    }
  }

  @Test
  void aFolderThatCannotHoldTheReportIsACleanErrorNamingTheFile(@TempDir Path dir)
      throws Exception {
    Path notAFolder = dir.resolve("file");
    Files.writeString(notAFolder, "");
    List<String> targets =
        new java.util.ArrayList<>(
            List.of(
                dir.resolve("missing/report.json").toString(),
                notAFolder.resolve("report.json").toString()));
    if (Files.isDirectory(Path.of("/proc/self")))
      targets.add("/proc/cognito-lint-report.json"); // procfs holds no files of ours, root or not
    for (String target : targets) {
      for (String option : new String[] {"--output", "--write-baseline"}) {
        Output r = run(HOSTILE, option, target, "-");
        assertEquals(2, r.code(), r.err());
        assertTrue(
            r.err().startsWith("cognito-lint: " + option + " " + target + ": cannot write ("),
            r.err());
        assertFalse(r.err().contains("internal error"), r.err());
      }
    }
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    Assumptions.assumeFalse(
        Files.isWritable(readOnly), "running as root: a read-only folder is writable");
    Output r = run(HOSTILE, "--output", readOnly.resolve("r.json").toString(), "-");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().endsWith("r.json: cannot write (permission denied)\n"), r.err());
  }

  @Test
  void staleTemporaryFilesOfEarlierRunsAreRemovedAndNothingElse(@TempDir Path dir)
      throws Exception {
    FileTime old = FileTime.from(Instant.now().minusSeconds(2 * 3600));
    Path stale = Files.writeString(dir.resolve(".cognito-lint1234567890.tmp"), "half a report");
    Path fresh = Files.writeString(dir.resolve(".cognito-lint42.tmp"), "a report being written");
    Path notOurs = Files.writeString(dir.resolve(".cognito-lint.yaml.tmp"), "rules: {}");
    Path staleFolder = Files.createDirectory(dir.resolve(".cognito-lint7.tmp"));
    for (Path p : List.of(stale, notOurs, staleFolder)) Files.setLastModifiedTime(p, old);

    Output r = run(HOSTILE, "--output", dir.resolve("report.txt").toString(), "-");
    assertEquals(1, r.code(), r.err());
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(fresh) && Files.exists(notOurs) && Files.exists(staleFolder));
    try (var entries = Files.list(dir)) {
      assertEquals(
          List.of(
              ".cognito-lint.yaml.tmp", ".cognito-lint42.tmp", ".cognito-lint7.tmp", "report.txt"),
          entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /** SIGTERM while a report is being written: the shutdown hook removes the temporary file. */
  @Test
  void aTerminatedRunLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Assumptions.assumeFalse(
        System.getProperty("os.name").startsWith("Windows"), "destroy() is no SIGTERM there");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cognitolint.report.InterruptedWrite",
                dir.resolve("report.sarif").toString())
            .redirectErrorStream(true)
            .start();
    try {
      String temp =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      assertTrue(temp != null && Files.exists(Path.of(temp)), "the child is writing " + temp);
      child.destroy();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      assertFalse(Files.exists(Path.of(temp)), temp + " is left behind");
    } finally {
      child.destroyForcibly();
    }
  }
}
