package dev.cognitolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several reports in one run, and the text report for people: colour, source lines, --quiet,
 * --statistics, --max-warnings.
 */
class ReportOptionsTest {
  private static final String BAD = "samples/cloudformation/insecure-web-client.yaml";
  private static final String TERRAFORM = "samples/terraform/clients.tf";

  /** An update request with one warning (CL603) and one note (CL606), and no error. */
  private static final String WARNING_ONLY = "UserPoolId: us-east-1_EXAMPLE\nClientName: app\n";

  record Run(int code, String out, String err) {}

  private static Run run(String stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            terminal);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String... args) {
    return run("", false, args);
  }

  @Test
  void oneRunWritesEveryReportAsASeparateRunWould(@TempDir Path dir) throws Exception {
    Run all =
        run(
            "--report",
            "sarif=" + dir.resolve("a.sarif"),
            "--report",
            "gitlab=" + dir.resolve("gl.json"),
            "--report",
            "JUNIT=" + dir.resolve("junit.xml"),
            BAD);
    assertEquals(1, all.code(), all.err());
    assertEquals(run(BAD).out(), all.out(), "the --format report is still printed");
    assertEquals(run("--format", "sarif", BAD).out(), Files.readString(dir.resolve("a.sarif")));
    assertEquals(run("--format", "gitlab", BAD).out(), Files.readString(dir.resolve("gl.json")));
    assertEquals(run("--format", "junit", BAD).out(), Files.readString(dir.resolve("junit.xml")));

    Run toFile =
        run(
            "--format",
            "json",
            "--output",
            dir.resolve("r.json").toString(),
            "--report",
            "text=" + dir.resolve("r.txt"),
            BAD);
    assertEquals("", toFile.out(), "every report went to a file");
    assertEquals(run(BAD).out(), Files.readString(dir.resolve("r.txt")));
    assertEquals(run("--format", "json", BAD).out(), Files.readString(dir.resolve("r.json")));
  }

  @Test
  void aBadReportIsAUsageErrorBeforeAnythingIsWritten(@TempDir Path dir) {
    Path file = dir.resolve("twice.json");
    Run twice = run("--output", file.toString(), "--report", "json=" + file, BAD);
    assertEquals(2, twice.code());
    assertEquals(
        "cognito-lint: --report " + file + ": another report is written to this file\n",
        twice.err());
    assertFalse(Files.exists(file));
    Run noFile = run("--report", "sarif", BAD);
    assertEquals(
        "cognito-lint: --report sarif: expected FORMAT=FILE, e.g. sarif=cognito-lint.sarif\n",
        noFile.err());
    Run unknown = run("--report", "xml=" + dir.resolve("r.xml"), BAD);
    assertEquals(2, unknown.code());
    assertTrue(
        unknown
            .err()
            .contains(
                "'xml' is not a format; expected one of [text, sarif, json, github, gitlab, junit]"),
        unknown.err());
    assertEquals("", unknown.out());
  }

  @Test
  void colourOnlyForATerminalThatWantsIt(@TempDir Path dir) throws Exception {
    String plain = run(BAD).out();
    assertFalse(plain.contains("\u001b"));
    assertEquals(plain, run("", false, "--color", "auto", BAD).out());
    assertEquals(plain, run("", true, "--color", "never", BAD).out());
    String colored = run("", true, BAD).out();
    assertEquals(colored, run("", false, "--color", "always", BAD).out());
    assertTrue(
        colored.startsWith(
            "\u001b[1msamples/cloudformation/insecure-web-client.yaml:9:3:\u001b[0m \u001b[33mwarning:\u001b[0m "
                + "PreventUserExistenceErrors is not set"),
        colored);
    assertTrue(colored.contains(" \u001b[1;31merror:\u001b[0m "), colored);
    assertEquals(
        plain, colored.replaceAll("\u001b\\[[0-9;]*m", ""), "colour adds escapes and nothing else");
    assertTrue(
        run("", true, "--format", "json", BAD).out().indexOf('\u001b') < 0,
        "only the text format has colour");
    run("", true, "--color", "always", "--report", "text=" + dir.resolve("r.txt"), BAD);
    assertEquals(plain, Files.readString(dir.resolve("r.txt")), "a file never gets colour");

    assertTrue(Main.wantsColor(true, Map.of()));
    assertTrue(
        Main.wantsColor(true, Map.of("NO_COLOR", "")),
        "no-color.org: an empty NO_COLOR is not set");
    assertFalse(Main.wantsColor(true, Map.of("NO_COLOR", "1")));
    assertFalse(Main.wantsColor(true, Map.of("TERM", "dumb")));
    assertFalse(Main.wantsColor(false, Map.of()));
  }

  @Test
  void showSourcePrintsTheLineWithCaretsUnderTheSpan() {
    List<String> lines = run("--show-source", BAD).out().lines().toList();
    int at =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith(BAD + ":19:11: error:"))
                .findFirst()
                .orElseThrow());
    assertEquals(" 19 |         - !Sub \"http://${Host}/callback\"", lines.get(at + 1));
    assertEquals("    |           " + "^".repeat(30), lines.get(at + 2));
    assertTrue(lines.get(0).startsWith(BAD + ":9:3: warning:"));
    assertEquals(" 9 |   LegacyClient:", lines.get(1));
    assertEquals("   |   " + "^".repeat(12), lines.get(2));
  }

  @Test
  void showSourceEscapesControlCharactersAndCutsLongLines() {
    String terraform =
        "resource \"aws_cognito_user_pool_client\" \"web\" {\n  name = \"web\"\n  user_pool_id = \"us-east-1_abc\"\n"
            + "  callback_urls = [\"http://a\u001b[2J\u202e.example.com/cb\"]\n}\n";
    List<String> lines =
        run(terraform, false, "--show-source", "--stdin-filename", "main.tf", "-")
            .out()
            .lines()
            .toList();
    int at = indexOf(lines, "[CL201");
    assertEquals(
        " 4 |   callback_urls = [\"http://a\\x1b[2J\\u202e.example.com/cb\"]", lines.get(at + 1));
    assertEquals(
        "   |                    " + "^".repeat(38),
        lines.get(at + 2),
        "the carets cover the escapes");

    String longLine =
        "UserPoolId: us-east-1_EXAMPLE\nClientName: app\nCallbackURLs: ["
            + "\"https://a.example.com/cb\", ".repeat(5000)
            + "\"http://b.example.com/cb\"]\n";
    List<String> out = run(longLine, false, "--show-source", "-").out().lines().toList();
    int finding = indexOf(out, "[CL201");
    String source = out.get(finding + 1);
    assertTrue(
        source.startsWith(" 3 | ...") && source.endsWith("\"http://b.example.com/cb\"]"), source);
    assertEquals(
        " 3 | ".length() + 60,
        out.get(finding + 2).indexOf('^'),
        "60 characters before the span: " + out.get(finding + 2));
    assertTrue(
        out.stream().allMatch(l -> l.length() < 1000),
        "no line of the report holds the 130,000 characters of the file's");
  }

  @Test
  void showSourceLinesTheCaretsUpUnderWideCharacters() {
    String yaml =
        "UserPoolId: us-east-1_EXAMPLE\nClientName: app\n"
            + "CallbackURLs: [\"https://\u30a2\u30d7\u30ea.example/\", \"http://\ud83d\ude80.example/\u5165\"]\n";
    List<String> out = run(yaml, false, "--show-source", "-").out().lines().toList();
    int finding = indexOf(out, "[CL201");
    String carets = out.get(finding + 2);
    // Before the span 39 characters, three of them wide: 42 columns. The span's 19 characters
    // take 21 (the rocket and the kanji are wide).
    assertEquals("   | " + " ".repeat(42) + "^".repeat(21), carets);
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(part)) return i;
    throw new AssertionError("no line with " + part + " in " + lines);
  }

  @Test
  void quietReportsErrorsOnlyButWarningsStillCount() {
    Run quiet = run("--quiet", TERRAFORM);
    assertEquals(1, quiet.code());
    assertTrue(quiet.out().lines().limit(4).allMatch(l -> l.contains(": error: ")), quiet.out());
    assertTrue(
        quiet.out().endsWith("\n4 problems (4 errors, 0 warnings, 0 notes) in 1 of 1 file.\n"),
        quiet.out());
    Run warnings = run(WARNING_ONLY, false, "--quiet", "--fail-level", "warning", "-");
    assertEquals("No problems found in 1 file.\n", warnings.out());
    assertEquals(1, warnings.code(), "the warning is not shown, but it fails --fail-level warning");
  }

  @Test
  void statisticsCountFindingsPerRuleMostFirst() {
    Run r = run("--statistics", "--disable", "CL602", "samples/");
    List<String> lines = r.out().lines().toList();
    int summary = lines.size() - 1;
    assertEquals(
        List.of(
            "3  CL201 callback-url-https",
            "2  CL103 unknown-enum-value",
            "2  CL202 redirect-uri-fragment"),
        lines.subList(summary - 26, summary - 23));
    assertTrue(
        lines.get(summary - 27).endsWith("[CL504 refresh-token-lifetime]"),
        "after the findings: " + lines.get(summary - 27));
    assertEquals("1  CL701 update-resets-omitted-settings", lines.get(summary - 2));
    assertTrue(
        lines.get(summary - 1).startsWith("[*] "),
        "then what --fix repairs: " + lines.get(summary - 1));
    assertTrue(lines.get(summary).startsWith("32 problems"), lines.get(summary));
    assertEquals(
        run("--disable", "CL602", "samples/").out(),
        r.out().replaceAll("(?m)^\\d+  CL\\d+ [a-z-]+\n", ""));
  }

  @Test
  void maxWarningsFailsOnMoreWarningsThanAllowed() {
    Run over = run(WARNING_ONLY, false, "--max-warnings", "0", "-");
    assertEquals(1, over.code());
    assertEquals("cognito-lint: 1 warning, more than --max-warnings 0 allows\n", over.err());
    Run within = run(WARNING_ONLY, false, "--max-warnings", "1", "-");
    assertEquals(0, within.code(), within.err());
    assertEquals("", within.err());
    assertEquals(0, run(WARNING_ONLY, false, "--max-warnings", "-1", "-").code(), "-1: no limit");
    assertEquals(
        1,
        run(WARNING_ONLY, false, "--max-warnings", "0", "--quiet", "-").code(),
        "--quiet hides warnings, they still count");
    assertEquals(2, run(WARNING_ONLY, false, "--max-warnings", "-2", "-").code());
  }
}
