package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A monorepo: each file gets the configuration of its folders (root, extends, overrides), in one
 * run.
 */
class ConfigPerFileTest {
  /**
   * CL201 at 10:22 (an http callback) and CL602 at 11:27 (a password flow, a warning by default).
   */
  private static final String CLIENT = ConfigAndBaselineTest.CLIENT;

  private static void write(Path repo, String file, String text) throws Exception {
    Files.createDirectories(repo.resolve(file).getParent());
    Files.writeString(repo.resolve(file), text);
  }

  /** A repository whose files are given as name, text, name, text, ... */
  private static Path repository(Path dir, String... files) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    for (int i = 0; i < files.length; i += 2) write(dir, files[i], files[i + 1]);
    return dir;
  }

  /**
   * The findings of the text report as {@code path:line:col severity RULE}, paths relative to the
   * repository.
   */
  private static List<String> findings(Path repo, CliTest.Run run) {
    return run.out()
        .lines()
        .filter(l -> l.startsWith(repo.toString()))
        .map(l -> l.substring(repo.toString().length() + 1))
        .map(l -> l.replaceFirst("^([^:]+:\\d+:\\d+): (\\w+): .*\\[(CL\\d+) [a-z-]+]$", "$1 $2 $3"))
        .toList();
  }

  @Test
  void twoServicesWithTwoPoliciesLintInOneRun(@TempDir Path dir) throws Exception {
    Path repo =
        repository(
            dir,
            "svc-a/.cognito-lint.yaml",
            "options:\n  httpHosts: [dev.internal]\nrules:\n  password-auth-flow: error\n",
            "svc-a/app.yaml",
            CLIENT,
            "svc-b/.cognito-lint.yaml",
            "rules:\n  CL602: off\nfailLevel: none\n",
            "svc-b/app.yaml",
            CLIENT,
            "svc-c/app.yaml",
            CLIENT);
    CliTest.Run r = run("--verbose", repo.toString());
    assertEquals(
        List.of(
            "svc-a/app.yaml:11:27 error CL602",
            "svc-b/app.yaml:10:22 error CL201",
            "svc-c/app.yaml:10:22 error CL201",
            "svc-c/app.yaml:11:27 warning CL602"),
        findings(repo, r),
        r.out());
    assertEquals(1, r.code());
    assertTrue(
        r.err()
            .contains(
                "/svc-a/app.yaml: CloudFormation template, 1 app client; configuration: "
                    + repo
                    + "/svc-a/.cognito-lint.yaml\n"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "/svc-c/app.yaml: CloudFormation template, 1 app client; configuration: none\n"),
        r.err());

    // Each file's failLevel decides for its findings: svc-b's error does not fail the run.
    CliTest.Run b = run(repo.resolve("svc-b").toString());
    assertEquals(List.of("svc-b/app.yaml:10:22 error CL201"), findings(repo, b), b.out());
    assertEquals(0, b.code(), b.out());
    // --config still forces one configuration on every file, and --fail-level one level.
    CliTest.Run forced =
        run("--config", repo.resolve("svc-b/.cognito-lint.yaml").toString(), repo.toString());
    assertEquals(
        List.of(
            "svc-a/app.yaml:10:22 error CL201",
            "svc-b/app.yaml:10:22 error CL201",
            "svc-c/app.yaml:10:22 error CL201"),
        findings(repo, forced),
        forced.out());
    assertEquals(0, forced.code());
    assertEquals(1, run("--fail-level", "error", repo.resolve("svc-b").toString()).code());
  }

  @Test
  void nearerFilesWinUpToRootTrueOrTheRepositoryRoot(@TempDir Path dir) throws Exception {
    Path repo =
        repository(
            dir.resolve("repo"),
            ".cognito-lint.yaml",
            "rules:\n  CL201: note\n  CL602: off\n",
            "infra/.cognito-lint.yaml",
            "rules:\n  CL602: error\n",
            "infra/app.yaml",
            CLIENT,
            "standalone/.cognito-lint.yaml",
            "root: true\nrules:\n  CL602: note\n",
            "standalone/app.yaml",
            CLIENT);
    // Above the repository: never applies.
    Files.writeString(dir.resolve(".cognito-lint.yaml"), "rules:\n  CL201: off\n");
    CliTest.Run r = run(repo.toString());
    assertEquals(
        List.of(
            "infra/app.yaml:10:22 note CL201",
            "infra/app.yaml:11:27 error CL602",
            "standalone/app.yaml:10:22 error CL201",
            "standalone/app.yaml:11:27 note CL602"),
        findings(repo, r),
        r.out());
  }

  /** A configuration file that links outside the repository is refused, not read. */
  @Test
  void aConfigurationLinkedFromOutsideTheRepositoryIsRefused(@TempDir Path dir) throws Exception {
    Path repo = repository(dir.resolve("repo"), "svc/app.yaml", CLIENT);
    Files.writeString(dir.resolve("outside.yaml"), "rules:\n  CL201: off\n");
    Files.createSymbolicLink(repo.resolve("svc/.cognito-lint.yaml"), dir.resolve("outside.yaml"));
    CliTest.Run r = run(repo.resolve("svc/app.yaml").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("links to a file outside the repository"), r.err());
  }

  @Test
  void eachFolderWalksWithTheIncludeAndExcludeOfItsConfiguration(@TempDir Path dir)
      throws Exception {
    Path repo =
        repository(
            dir,
            ".cognito-lint.yaml",
            "include: [\"**.yaml\", \"**.cfn\"]\n",
            "svc-a/.cognito-lint.yaml",
            "exclude: [\"**/test/**\"]\n",
            "svc-a/test/app.yaml",
            CLIENT,
            "svc-a/app.cfn",
            CLIENT,
            "svc-b/test/app.yaml",
            CLIENT,
            "svc-b/app.json",
            "{}\n");
    CliTest.Run r = run("--verbose", "--disable", "CL602", repo.toString());
    assertEquals(
        List.of("svc-a/app.cfn:10:22 error CL201", "svc-b/test/app.yaml:10:22 error CL201"),
        findings(repo, r),
        r.out());
    assertTrue(r.err().contains("/svc-a/app.cfn: CloudFormation template"), r.err());
    assertFalse(
        r.err().contains("svc-a/test/app.yaml") || r.err().contains("svc-b/app.json"), r.err());
  }

  @Test
  void overridesApplyByGlobTheLaterWinning(@TempDir Path dir) throws Exception {
    Path repo =
        repository(
            dir,
            ".cognito-lint.yaml",
            """
            rules:
              CL602: error
            overrides:
              - files: ["legacy/**"]
                rules: {CL201: off, CL602: note}
              - files: ["**/keep.yaml"]
                rules: {CL201: warning}
                options: {httpHosts: [other.internal]}
            """,
            "app.yaml",
            CLIENT,
            "legacy/old.yaml",
            CLIENT,
            "legacy/keep.yaml",
            CLIENT);
    CliTest.Run r = run(repo.toString());
    assertEquals(
        List.of(
            "app.yaml:10:22 error CL201",
            "app.yaml:11:27 error CL602",
            "legacy/keep.yaml:10:22 warning CL201",
            "legacy/keep.yaml:11:27 note CL602",
            "legacy/old.yaml:11:27 note CL602"),
        findings(repo, r),
        r.out());
  }

  @Test
  void extendsTakesABaseWhoseSettingsTheExtendingFileOverrides(@TempDir Path dir) throws Exception {
    Path repo =
        repository(
            dir,
            "shared/base.yaml",
            "rules:\n  CL602: error\n  CL201: off\noverrides:\n  - files: [\"test/**\"]\n    rules: {CL602: off}\n",
            "svc/.cognito-lint.yaml",
            "extends: ../shared/base.yaml\nrules:\n  CL201: warning\n",
            "svc/app.yaml",
            CLIENT,
            "svc/test/app.yaml",
            CLIENT);
    CliTest.Run r = run(repo.resolve("svc").toString());
    // The base's overrides globs are relative to the folder of the file that extends it (svc/).
    assertEquals(
        List.of(
            "svc/app.yaml:10:22 warning CL201",
            "svc/app.yaml:11:27 error CL602",
            "svc/test/app.yaml:10:22 warning CL201"),
        findings(repo, r),
        r.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a cycle        | extends: b.yaml         | extends: .cognito-lint.yaml | svc/b.yaml:1:10: extends: .cognito-lint.yaml: extends itself (svc/.cognito-lint.yaml -> svc/b.yaml -> svc/.cognito-lint.yaml)",
        "a missing file | extends: none.yaml      | ''                          | svc/.cognito-lint.yaml:1:10: extends: none.yaml: no such file",
        "outside        | extends: ../../out.yaml | ''                          | svc/.cognito-lint.yaml:1:10: extends: ../../out.yaml: is outside the repository",
        "not a path     | extends: 3              | ''                          | svc/.cognito-lint.yaml:1:10: extends: integer found, [string, array] expected",
        "unknown rule in an override | 'overrides: [{files: [x], rules: {CL999: off}}]' | '' | svc/.cognito-lint.yaml: overrides[0]: rules: unknown rule 'CL999'",
      })
  void aMistakeInExtendsIsAUsageError(
      String what, String config, String other, String message, @TempDir Path dir)
      throws Exception {
    Path repo =
        repository(
            dir.resolve("repo"), "svc/.cognito-lint.yaml", config + "\n", "svc/app.yaml", CLIENT);
    if (!other.isEmpty()) write(repo, "svc/b.yaml", other + "\n");
    Files.writeString(dir.resolve("out.yaml"), "rules: {CL201: off}\n");
    CliTest.Run r = run(repo.resolve("svc/app.yaml").toString());
    assertEquals(2, r.code(), r.out());
    assertTrue(
        r.err().startsWith("cognito-lint: " + message.replace("svc/", repo + "/svc/")), r.err());
  }

  @Test
  void printConfigShowsTheEffectiveConfigurationAsAConfigurationFile(@TempDir Path dir)
      throws Exception {
    Path repo =
        repository(
            dir,
            ".cognito-lint.yaml",
            "options:\n  maxRefreshTokenDays: 90\noverrides:\n  - files: [\"svc/**\"]\n    rules: {CL201: off}\n",
            "svc/.cognito-lint.yaml",
            "rules:\n  password-auth-flow: error\nexclude: [\"**/test/**\"]\n");
    Path file = repo.resolve("svc/app.yaml");
    CliTest.Run r =
        run(
            "--print-config",
            file.toString(),
            "--severity",
            "CL607=warning",
            "--plugin-timeout",
            "2.5");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "# cognito-lint: the configuration of "
            + file
            + "\n"
            + "# from: "
            + repo
            + "/svc/.cognito-lint.yaml, "
            + repo
            + "/.cognito-lint.yaml (the first wins), the defaults and the command line\n"
            + "# exclude (relative to "
            + repo
            + "/svc): **/test/**\n"
            + """
        {
          "root" : true,
          "rules" : {
            "CL201" : "off",
            "CL602" : "error",
            "CL607" : "warning"
          },
          "options" : {
            "httpHosts" : [ ],
            "maxRefreshTokenDays" : 90,
            "pluginTimeoutSeconds" : 2.5,
            "knownValues" : { }
          },
          "failLevel" : "error"
        }
        """,
        r.out());
    // What it prints is a configuration that lints the file the same way.
    Path printed = dir.resolve("printed.yaml");
    Files.writeString(printed, r.out());
    write(repo, "svc/app.yaml", CLIENT);
    assertEquals(
        run(file.toString()).out(), run("--config", printed.toString(), file.toString()).out());
  }

  @Test
  void noInlineSuppressionsReportsWhatTheyWouldHideAndListsThem(@TempDir Path dir)
      throws Exception {
    Path repo =
        repository(
            dir,
            "app.yaml",
            CLIENT
                .replace(
                    "      CallbackURLs: [http://dev.internal/cb]\n",
                    "      # cognito-lint: disable-next-line=CL201 -- a test host\n      CallbackURLs: [http://dev.internal/cb]\n")
                .replace(
                    "  Client:\n",
                    "  Client:\n    Metadata:\n      cognito-lint:\n        ignore: [{id: CL602, reason: migration}]\n"));
    CliTest.Run normal = run(repo.toString());
    assertEquals(List.of(), findings(repo, normal), normal.out());
    CliTest.Run gate =
        run("--no-inline-suppressions", "--verbose", "--format", "json", repo.toString());
    JsonNode report = JsonMapper.builder().build().readTree(gate.out());
    assertEquals(
        List.of("CL201 14:22", "CL602 15:27"),
        report
            .path("findings")
            .valueStream()
            .map(
                f ->
                    f.path("ruleId").asString()
                        + " "
                        + f.path("line").asInt()
                        + ":"
                        + f.path("column").asInt())
            .toList(),
        gate.out());
    assertEquals(
        List.of(
            repo + "/app.yaml:13:7: suppression of CL201 ignored (--no-inline-suppressions)",
            repo
                + "/app.yaml:5:18: suppression of CL602 in the Metadata of Client ignored (--no-inline-suppressions)"),
        report.path("skipped").valueStream().map(JsonNode::asString).sorted().toList());
    assertTrue(
        gate.err()
            .contains(
                "cognito-lint: "
                    + repo
                    + "/app.yaml:13:7: suppression of CL201 ignored (--no-inline-suppressions)\n"),
        gate.err());
    assertEquals(1, gate.code());
  }
}
