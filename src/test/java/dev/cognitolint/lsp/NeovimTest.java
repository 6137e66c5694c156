package dev.cognitolint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: headless Neovim runs {@code lsp/neovim-quickfix.lua} against {@code cognito-lint
 * lsp} started as a process (this test's class path, so the server is the code under test). It is
 * skipped, saying so, only when no {@code nvim} is on PATH; {@code .ci/run} installs Debian's.
 */
class NeovimTest {
  @TempDir Path dir;

  private static Path nvim() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, "nvim");
      if (Files.isExecutable(candidate)) return candidate;
    }
    return null;
  }

  @Test
  void diagnosticsAndAQuickFixInNeovim() throws Exception {
    Path nvim = nvim();
    assumeTrue(
        nvim != null, "SKIPPED: no nvim on PATH (apt-get install -y neovim; .ci/run installs it)");
    Files.createDirectories(dir.resolve(".git"));
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, LanguageServerTest.CFN);
    Path script = dir.resolve("neovim-quickfix.lua");
    try (var in = NeovimTest.class.getResourceAsStream("/lsp/neovim-quickfix.lua")) {
      Files.copy(in, script);
    }
    Path result = dir.resolve("result.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> server =
        List.of(
            java, "-cp", System.getProperty("java.class.path"), "dev.cognitolint.cli.Main", "lsp");
    ProcessBuilder builder =
        new ProcessBuilder(
                nvim.toString(), "--headless", "--clean", "-n", "-c", "luafile " + script)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nvim.log").toFile());
    builder
        .environment()
        .put(
            "COGNITO_LINT_CMD",
            server.stream().map(NeovimTest::json).collect(Collectors.joining(",", "[", "]")));
    builder.environment().put("COGNITO_LINT_FILE", file.toString());
    builder.environment().put("COGNITO_LINT_RESULT", result.toString());
    Process process = builder.start();
    boolean ended = process.waitFor(200, TimeUnit.SECONDS);
    if (!ended) process.destroyForcibly();
    String report =
        Files.exists(result)
            ? Files.readString(result)
            : "(no result file) " + Files.readString(dir.resolve("nvim.log"));
    assertTrue(ended, "nvim did not finish: " + report);
    assertEquals(0, process.exitValue(), report);
    assertTrue(report.endsWith("passed\n"), report);
    assertEquals(
        "        # cognito-lint: disable=CL201 -- reason", Files.readAllLines(file).get(10));
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
