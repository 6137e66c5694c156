package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Which .cognito-lint.yaml applies: never one above the repository root, or above the working directory outside a repository. */
class ConfigLookupTest {

  /**
   * In a folder tree of {@code top/.cognito-lint.yaml}, a repository {@code top/repo} (its
   * {@code .git} a folder, or a file as in a worktree or submodule) and a folder {@code top/plain}
   * in no repository, with configuration files where {@code configs} says.
   */
  @ParameterizedTest(name = "from {0} with configs in [{1}] and .git a {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "repo/infra/app | ''               | folder | ''",
      "repo/infra/app | repo             | folder | repo",
      "repo/infra/app | repo             | file   | repo",
      "repo/infra/app | repo repo/infra  | folder | repo/infra",
      "repo           | ''               | folder | ''",
      "repo/infra     | plain            | folder | ''",
      "plain/sub      | plain            | folder | ''",
      "plain          | plain            | folder | plain",
  })
  void searchStopsAtTheRepositoryRoot(String from, String configs, String git, String expected, @TempDir Path top) throws Exception {
    Files.writeString(top.resolve(".cognito-lint.yaml"), "failLevel: none\n");
    Files.createDirectories(top.resolve("repo/infra/app"));
    Files.createDirectories(top.resolve("plain/sub"));
    if (git.equals("folder")) Files.createDirectory(top.resolve("repo/.git"));
    else Files.writeString(top.resolve("repo/.git"), "gitdir: /elsewhere/.git/worktrees/repo\n");
    for (String dir : configs.split(" ")) {
      if (!dir.isEmpty()) Files.writeString(top.resolve(dir).resolve(".cognito-lint.yaml"), "failLevel: warning\n");
    }
    Optional<Path> found = ConfigLoader.find(top.resolve(from));
    assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(top.resolve(expected).resolve(".cognito-lint.yaml")), found);
  }
}
