package dev.cognitolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The command line's own parser: picocli's conventions, its help layout, and the completion script
 * made from the table.
 */
class OptionTableTest {
  private final List<String> seen = new ArrayList<>();

  private OptionTable table() {
    return new OptionTable("tool", "Does things.", false)
        .parameter("PATH", true, "What to do it to.", OptionTable.FILES, v -> seen.add("path " + v))
        .value("-f, --format", "FORMAT", "How.", OptionTable.NOTHING, v -> seen.add("format " + v))
        .commaList("--enable", "RULE", "Which.", OptionTable.NOTHING, v -> seen.add("enable " + v))
        .flag("-v, --verbose", "Say more.", () -> seen.add("verbose"))
        .value(
            "--depth",
            "N",
            "How deep.",
            OptionTable.NOTHING,
            v -> seen.add("depth " + OptionTable.intValue(v)))
        .standardHelp();
  }

  private List<String> parse(String... args) throws OptionTable.UsageException {
    assertEquals(OptionTable.Outcome.RUN, table().parse(args));
    return seen;
  }

  private String problem(String... args) {
    return assertThrows(OptionTable.UsageException.class, () -> table().parse(args)).getMessage();
  }

  @Test
  void valuesComeSeparateAttachedOrAfterAnEqualsSign() throws Exception {
    for (List<String> args :
        List.of(
            List.of("-f", "a", "x"),
            List.of("-fa", "x"),
            List.of("--format=a", "x"),
            List.of("-f=a", "x"))) {
      seen.clear();
      assertEquals(
          List.of("format a", "path x"), parse(args.toArray(String[]::new)), args.toString());
    }
  }

  @Test
  void flagsClusterWithAShortOptionAndItsValue() throws Exception {
    assertEquals(List.of("verbose", "format json", "path x"), parse("-vf", "json", "x"));
  }

  @Test
  void optionsMayFollowParametersUntilDoubleDash() throws Exception {
    assertEquals(
        List.of("path a", "verbose", "path -", "path -v", "path --depth=1"),
        parse("a", "-v", "-", "--", "-v", "--depth=1"));
  }

  @Test
  void commaListsAndRepeatsAddUp() throws Exception {
    assertEquals(
        List.of("enable A", "enable B", "enable C", "path x"),
        parse("--enable", "A,B", "--enable=C", "x"));
  }

  @Test
  void problemsAreNamedAsPicocliNamedThem() {
    assertEquals("unknown option: '--nope'", problem("--nope", "x"));
    assertEquals("unknown option: '-x' (while processing option: '-vx')", problem("-vx", "y"));
    assertEquals("missing required parameter: 'PATH'", problem("-v"));
    assertEquals("missing required parameter for option '--format' (FORMAT)", problem("x", "-f"));
    assertEquals(
        "expected parameter for option '--format' but found '-v'", problem("-f", "-v", "x"));
    assertEquals(
        "option '--format' (FORMAT) should be specified only once",
        problem("-f", "a", "--format", "b", "x"));
    assertEquals("option '--verbose' should be specified only once", problem("-v", "-v", "x"));
    assertEquals(
        "invalid value for option '--depth': 'deep' is not an int",
        problem("--depth", "deep", "x"));
    assertEquals(
        "invalid value for option '--verbose': 'yes' is not a boolean",
        problem("--verbose=yes", "x"));
  }

  @Test
  void helpAndVersionWinOverEveryProblem() throws Exception {
    assertEquals(OptionTable.Outcome.HELP, table().parse(new String[] {"--nope", "-h"}));
    assertEquals(OptionTable.Outcome.HELP, table().parse(new String[] {"-vh"}));
    assertEquals(OptionTable.Outcome.VERSION, table().parse(new String[] {"-V"}));
    assertEquals(OptionTable.Outcome.RUN, table().parse(new String[] {"--", "--help"}));
  }

  @Test
  void helpLaysOutTheTable() {
    assertEquals(
        """
        Usage: tool [-hvV] [--depth=N] [-f=FORMAT] [--enable=RULE[,RULE...]]... PATH...
        Does things.
              PATH...               What to do it to.
          -f, --format=FORMAT       How.
              --enable=RULE[,RULE...]
                                    Which.
          -v, --verbose             Say more.
              --depth=N             How deep.
          -h, --help                Show this help message and exit.
          -V, --version             Print version information and exit.
        """,
        table().help());
  }

  @Test
  void everyHelpLineFitsEightyColumns() {
    for (String help :
        List.of(
            new Main(null, null, null, new String[0], null, false).options().help(),
            new RulesCommand(null, null).options().help())) {
      help.lines().forEach(line -> assertTrue(line.length() <= 80, line));
    }
  }

  /** The completion script, sourced in bash, offers what the tables say. */
  @Test
  void completionScriptCompletesInBash() throws Exception {
    Path bash = Path.of("/bin/bash");
    Assumptions.assumeTrue(Files.isExecutable(bash));
    Path script = Files.createTempFile("completion", ".bash");
    try {
      Files.writeString(
          script,
          SubcommandsTest.run("completion", "bash").out()
              + """
          complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _cognito_lint; echo "${COMPREPLY[*]}"; }
          complete_words cognito-lint --fail
          complete_words cognito-lint -f s
          complete_words cognito-lint --format = ju
          complete_words cognito-lint expl
          complete_words cognito-lint explain CL20
          complete_words cognito-lint rules --format ''
          complete_words cognito-lint completion z
          complete_words cognito-lint --disable CL70
          """);
      Process process =
          new ProcessBuilder(bash.toString(), script.toString()).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, process.waitFor(), out);
      assertEquals(
          """
          --fail-level
          sarif
          junit
          explain
          CL201 CL202 CL203 CL204 CL205 CL206 CL207
          text json
          zsh
          CL701 CL702
          """,
          out);
    } finally {
      Files.delete(script);
    }
  }
}
