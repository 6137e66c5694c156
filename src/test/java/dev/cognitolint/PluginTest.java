package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example rule pack in samples/plugin, built into a jar and loaded with --plugin. */
class PluginTest {
  static final Path PLUGIN = Path.of("samples/plugin/src/main");
  @TempDir static Path dir;
  static Path jar;

  @BeforeAll
  static void buildPluginJar() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> sources;
    try (Stream<Path> files = Files.walk(PLUGIN.resolve("java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
    args.addAll(sources);
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the example plugin compiles");
    jar = dir.resolve("naming-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, classes);
      add(out, PLUGIN.resolve("resources"));
    }
  }

  private static void add(JarOutputStream out, Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }

  @Test
  void pluginRulesReportLikeBuiltInOnes() {
    CliTest.Run r = run("--plugin", jar.toString(), "samples/cloudformation/web-client.yaml");
    assertTrue(r.out().contains("warning: ClientName: 'web' does not start with a team name; write it as '<team>-web' [EX001 client-name-team-prefix]"), r.out() + r.err());
    assertEquals(0, r.code());
    assertEquals(1, run("--plugin", jar.toString(), "--severity", "EX001=error", "samples/cloudformation/web-client.yaml").code());
    CliTest.Run off = run("--plugin", jar.toString(), "--disable", "client-name-team-prefix", "samples/cloudformation/web-client.yaml");
    assertTrue(off.out().startsWith("No problems found"), off.out());
  }

  @Test
  void rulesAndExplainKnowPluginRules() {
    assertTrue(run("rules", "--plugin", jar.toString()).out().lines().anyMatch(l -> l.startsWith("EX001  client-name-team-prefix ")));
    CliTest.Run r = run("explain", "EX001", "--plugin", jar.toString());
    assertTrue(r.out().startsWith("EX001 client-name-team-prefix\n====="), r.out() + r.err());
    assertEquals(2, run("explain", "EX001").code(), "without --plugin it is unknown");
  }

  @Test
  void pluginRulesAppearInSarifWithTheirDocs() throws Exception {
    CliTest.Run r = run("--plugin", jar.toString(), "--format", "sarif", "samples/cloudformation/web-client.yaml");
    JsonNode rules = JsonMapper.builder().build().readTree(r.out()).path("runs").path(0).path("tool").path("driver").path("rules");
    JsonNode ex001 = null;
    for (JsonNode rule : rules) if (rule.path("id").asString().equals("EX001")) ex001 = rule;
    assertTrue(ex001 != null, "EX001 in rules[]");
    assertEquals("https://example.com/cognito-lint-rules/EX001", ex001.path("helpUri").asString());
    assertTrue(ex001.path("help").path("markdown").asString().startsWith("# EX001 client-name-team-prefix"));
    CliTest.assertValidSarif(r.out());
  }

  @Test
  void aJarWithoutRulesIsAUsageError() throws Exception {
    Path empty = dir.resolve("empty.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(empty))) {
      out.putNextEntry(new JarEntry("README"));
      out.closeEntry();
    }
    CliTest.Run r = run("--plugin", empty.toString(), "samples/cloudformation/web-client.yaml");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no rules listed"), r.err());
    assertEquals(2, run("--plugin", dir.resolve("missing.jar").toString(), "samples").code());
  }
}
