package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.config.ConfigResolver;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which .cognito-lint.yaml applies to a file: never one above its repository root, or, outside a
 * repository, above the working directory.
 */
class ConfigLookupTest {

  /**
   * In a folder tree of {@code top/.cognito-lint.yaml}, a repository {@code top/repo} (its {@code
   * .git} a folder, or a file as in a worktree or submodule) and a folder {@code top/plain} in no
   * repository, with configuration files where {@code configs} says: the nearest configuration file
   * of a file in {@code folder}, linted from {@code cwd}.
   */
  @ParameterizedTest(name = "a file in {0} from {1} with configs in [{2}] and .git a {3}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "repo/infra/app | repo/infra/app | ''               | folder | ''",
        "repo/infra/app | repo/infra/app | repo             | folder | repo",
        "repo/infra/app | repo/infra/app | repo             | file   | repo",
        "repo/infra/app | repo/infra/app | repo repo/infra  | folder | repo/infra",
        "repo/infra/app | repo           | repo repo/infra  | folder | repo/infra",
        "repo/infra/app | top            | repo             | folder | repo",
        "repo           | repo           | ''               | folder | ''",
        "repo/infra     | repo/infra     | plain            | folder | ''",
        "plain/sub      | plain/sub      | plain            | folder | ''",
        "plain/sub      | plain          | plain            | folder | plain",
        "plain/sub      | top            | plain            | folder | plain",
        "plain          | plain          | plain            | folder | plain",
        "plain/sub      | repo           | plain plain/sub  | folder | ''",
      })
  void searchStopsAtTheRepositoryRoot(
      String folder, String cwd, String configs, String git, String expected, @TempDir Path top)
      throws Exception {
    Files.writeString(top.resolve(".cognito-lint.yaml"), "failLevel: none\n");
    Files.createDirectories(top.resolve("repo/infra/app"));
    Files.createDirectories(top.resolve("plain/sub"));
    if (git.equals("folder")) Files.createDirectory(top.resolve("repo/.git"));
    else Files.writeString(top.resolve("repo/.git"), "gitdir: /elsewhere/.git/worktrees/repo\n");
    for (String dir : configs.split(" ")) {
      if (!dir.isEmpty())
        Files.writeString(top.resolve(dir).resolve(".cognito-lint.yaml"), "failLevel: warning\n");
    }
    Path workingDirectory = cwd.equals("top") ? top : top.resolve(cwd);
    ConfigResolver resolver =
        ConfigResolver.nearest(
            workingDirectory,
            new RuleSettings(BuiltinRules.all(BuiltinRules.checks())),
            Path::toString);
    Path found = resolver.configFor(top.resolve(folder).resolve("app.yaml")).file();
    assertEquals(
        expected.isEmpty() ? null : top.resolve(expected).resolve(".cognito-lint.yaml"), found);
  }
}
