package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths as the command line gets them from pre-commit, the action and CI: a file's name never
 * changes what is checked or how. Names that start with '-' or '@' need a working directory of
 * their own, so these runs are separate JVMs started in a temporary folder.
 */
class PathArgumentsTest {
  static final String BAD_CLIENT =
      "Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n"
          + "      UserPoolId: p\n      CallbackURLs: [http://app.example.com/cb]\n";

  record Run(int code, String out, String err) {}

  /** cognito-lint in a JVM of its own, in the folder {@code dir}, with the environment given. */
  static Run runIn(Path dir, List<String> env, String... args) throws Exception {
    return runPiped(dir, env, null, args);
  }

  /** ... with {@code stdin} on a pipe. */
  static Run runPiped(Path dir, List<String> env, String stdin, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                JAVA, "-cp", System.getProperty("java.class.path"), "dev.cognitolint.cli.Main"));
    command.addAll(List.of(args));
    return runCommand(dir, env, stdin, command);
  }

  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /**
   * A command in {@code dir}, with {@code stdin} written to a pipe on its standard input (null:
   * /dev/null).
   */
  static Run runCommand(Path dir, List<String> env, String stdin, List<String> command)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    for (String e : env)
      builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
    if (stdin == null)
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Path out = Files.createTempFile("cognito-lint-out", ".txt");
    Path err = Files.createTempFile("cognito-lint-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (stdin != null) {
        try (var in = process.getOutputStream()) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      int code = process.waitFor();
      return new Run(
          code,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Staged files named like options, an @file and "--": each is linted as the file it is. */
  @Test
  void fileNamesAfterEndOfOptionsAreLintedAsPaths(@TempDir Path dir) throws Exception {
    List<String> names =
        List.of(
            "--plugin=x.json",
            "--config=evil.yaml",
            "@args.yaml",
            "-bad.yaml",
            "--fail-level=none",
            "--",
            "-");
    Files.writeString(dir.resolve("evil.yaml"), "failLevel: none\nrules: {CL201: off}\n");
    Files.writeString(dir.resolve("args.yaml"), "--fail-level\nnone\n");
    for (String name : names) Files.writeString(dir.resolve(name), BAD_CLIENT);
    List<String> args = new ArrayList<>(List.of("--"));
    args.addAll(names);
    Run r = runIn(dir, List.of(), args.toArray(String[]::new));
    assertEquals(1, r.code(), r.out() + r.err());
    for (String name : names) {
      assertTrue(
          r.out()
              .contains(
                  name + ":6:22: error: CallbackURLs[0]: 'http://app.example.com/cb' uses http"),
          name + "\n" + r.out());
    }
    assertTrue(r.out().endsWith("in 7 of 7 files.\n"), r.out());
  }

  /**
   * Without "--" too, an @file is a path: the command line has no @file expansion (@args.yaml as
   * the options in args.yaml).
   */
  @Test
  void atFileIsNeverExpanded(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("@args.yaml"), BAD_CLIENT);
    Files.writeString(dir.resolve("args.yaml"), "--fail-level\nnone\n");
    Files.writeString(dir.resolve("bad.yaml"), BAD_CLIENT);
    Run r = runIn(dir, List.of(), "@args.yaml", "bad.yaml");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("@args.yaml:6:22: error:"), r.out());
    assertTrue(r.out().contains("\nbad.yaml:6:22: error:"), r.out());
  }

  /**
   * Non-ASCII and invalid-UTF-8 names, found in a walk and named on the command line, under the C
   * locale (where Java decodes names as ASCII) and a UTF-8 one: each file is linted once and shown
   * by its own name; a byte that is not UTF-8 or a control character shows as \xNN and a backslash
   * as \\, so no two files show the same and no name forges a line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"C", "C.UTF-8"})
  void everyNameIsLintedOnceWhateverTheLocale(String locale, @TempDir Path dir) throws Exception {
    // Made from bytes: a file URI names any bytes, whatever this JVM's locale.
    for (String name :
        List.of(
            "caf%C3%A9.yaml",
            "bad%FF.yaml",
            "bad%FE.yaml",
            "bad%5CxFF.yaml",
            "a%5Cb.yaml",
            "new%0Aline%1B%5B31m.yaml")) {
      Files.writeString(
          Path.of(java.net.URI.create("file://" + dir.toUri().getRawPath() + name)), BAD_CLIENT);
    }
    List<String> shown =
        List.of(
            "a\\\\b.yaml",
            "bad\\xfe.yaml",
            "bad\\xff.yaml",
            "bad\\\\xFF.yaml",
            "café.yaml",
            "new\\nline\\x1b[31m.yaml");
    Run walked = runIn(dir, List.of("LC_ALL=" + locale), ".");
    // The names reach the command line as bytes, through printf escapes in a shell.
    String script =
        "exec \"$0\" -cp \"$1\" dev.cognitolint.cli.Main --"
            + " \"$(printf 'caf\\303\\251.yaml')\" \"$(printf 'bad\\377.yaml')\" \"$(printf 'bad\\376.yaml')\""
            + " 'bad\\xFF.yaml' 'a\\b.yaml' \"$(printf 'new\\nline\\033[31m.yaml')\"";
    Run named =
        runCommand(
            dir,
            List.of("LC_ALL=" + locale),
            null,
            List.of("sh", "-c", script, JAVA, System.getProperty("java.class.path")));
    for (Run r : List.of(walked, named)) {
      assertEquals(1, r.code(), r.out() + r.err());
      for (String name : shown)
        assertTrue(
            r.out().contains("\n" + name + ":6:22: error: CallbackURLs[0]")
                || r.out().startsWith(name + ":6:22:"),
            name + "\n" + r.out());
      assertTrue(r.out().endsWith("in 6 of 6 files.\n"), r.out());
    }
  }

  /**
   * The paths of options (--config, --baseline, --plugin, ...) too, in either form, under the C
   * locale.
   */
  @ParameterizedTest
  @ValueSource(strings = {"--config=", "--config "})
  void optionPathsKeepTheirBytes(String option, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("réglages.yaml"), "failLevel: none\n");
    Files.writeString(dir.resolve("bad.yaml"), BAD_CLIENT);
    String script =
        "exec \"$0\" -cp \"$1\" dev.cognitolint.cli.Main --verbose "
            + option
            + "\"$(printf 'r\\303\\251glages.yaml')\" bad.yaml";
    Run r =
        runCommand(
            dir,
            List.of("LC_ALL=C"),
            null,
            List.of("sh", "-c", script, JAVA, System.getProperty("java.class.path")));
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("cognito-lint: configuration: réglages.yaml\n"), r.err());
  }

  /** /dev/stdin and bash's &lt;(...) are open descriptors: named as paths, they are read. */
  @Test
  void openDescriptorsNamedAsPathsAreRead(@TempDir Path dir) throws Exception {
    Run stdin = runPiped(dir, List.of(), BAD_CLIENT, "/dev/stdin");
    assertEquals(1, stdin.code(), stdin.out() + stdin.err());
    assertTrue(stdin.out().contains("/dev/stdin:6:22: error: CallbackURLs[0]"), stdin.out());
    Run fd = runPiped(dir, List.of(), BAD_CLIENT, "/proc/self/fd/0");
    assertTrue(
        fd.out().contains("/proc/self/fd/0:6:22: error: CallbackURLs[0]"), fd.out() + fd.err());
  }

  /**
   * The pre-commit hook ends options, so its args: become paths: a clear error, exit 2 (fail
   * closed).
   */
  @Test
  void optionAfterEndOfOptionsSaysWhereOptionsGo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), BAD_CLIENT);
    Run r = runIn(dir, List.of(), "--", "--fail-level", "none", "bad.yaml");
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(
        r.err()
            .contains(
                "--fail-level: no such file or directory; everything after -- is a path, not an option"
                    + " (the pre-commit hook takes its options from .cognito-lint.yaml)"),
        r.err());
    assertTrue(r.out().contains("bad.yaml:6:22: error:"), r.out());
  }
}
