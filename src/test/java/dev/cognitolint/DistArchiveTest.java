package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked archive of {@code mvn -Pdist package} (target/dist/), when there is one and it holds
 * the current target/cognito-lint.jar: its launcher, with a PATH that has no java, prints what
 * {@code java -jar} prints. Skipped otherwise; scripts/test-dist.sh tests the packed archive
 * itself.
 */
class DistArchiveTest {
  @TempDir Path emptyPath;

  record Output(int code, String out) {}

  static Output run(List<String> command, Path pathDir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (pathDir != null) {
      pb.environment().clear();
      pb.environment().put("PATH", pathDir.toString());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Output(p.waitFor(), out);
  }

  @Test
  void launcherWithoutJavaOnPathPrintsWhatTheJarPrints() throws Exception {
    Path jar = Path.of("target/cognito-lint.jar");
    Path home = null;
    if (Files.isDirectory(Path.of("target/dist"))) {
      try (Stream<Path> dirs = Files.list(Path.of("target/dist"))) {
        home =
            dirs.filter(d -> Files.isExecutable(d.resolve("bin/cognito-lint")))
                .findFirst()
                .orElse(null);
      }
    }
    assumeTrue(
        home != null, "no unpacked archive in target/dist (mvn -B -Pdist package makes one)");
    assumeTrue(
        Files.isRegularFile(jar) && Files.mismatch(jar, home.resolve("lib/cognito-lint.jar")) == -1,
        "the archive holds another jar than target/cognito-lint.jar");
    // Run directly (not through a symbolic link), the launcher needs no program from PATH.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Output want = run(List.of(java, "-jar", jar.toString(), "samples"), null);
    Output got = run(List.of(home.resolve("bin/cognito-lint").toString(), "samples"), emptyPath);
    assertEquals(want, got);
    assertEquals(1, got.code(), got.out());
  }
}
