package dev.cognitolint;

import static dev.cognitolint.CliTest.run;
import static dev.cognitolint.CliTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example rule pack in samples/plugin, built into a jar and loaded with --plugin; and plugins
 * that misbehave (src/test/resources/plugins/misbehaving, one rule a jar), which must not be able
 * to crash, hang, silence or corrupt a run. What ends or hangs a JVM runs in a child JVM.
 */
class PluginTest {
  static final Path PLUGIN = Path.of("samples/plugin/src/main");
  static final Path MISBEHAVING = Path.of("src/test/resources/plugins/misbehaving");
  static final String PACKAGE = "com.example.misbehaving.";
  static final String WEB = "samples/cloudformation/web-client.yaml";
  @TempDir static Path dir;
  static Path jar;
  static Path misbehavingClasses;

  @BeforeAll
  static void buildPluginJars() throws Exception {
    Path classes = compile(PLUGIN.resolve("java"), "classes");
    jar = dir.resolve("naming-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, classes);
      add(out, PLUGIN.resolve("resources"));
    }
    misbehavingClasses = compile(MISBEHAVING, "misbehaving-classes");
  }

  private static Path compile(Path sources, String into) throws Exception {
    Path classes = Files.createDirectories(dir.resolve(into));
    List<String> args =
        new ArrayList<>(
            List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(
        0, javac.run(null, null, null, args.toArray(String[]::new)), sources + " compiles");
    return classes;
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

  /** A jar of the misbehaving classes that lists the one rule class named. */
  static Path misbehaving(String ruleClass) throws Exception {
    Path pluginJar =
        dir.resolve(ruleClass.replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase() + ".jar");
    if (Files.exists(pluginJar)) return pluginJar;
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(pluginJar))) {
      add(out, misbehavingClasses);
      out.putNextEntry(new JarEntry("META-INF/services/dev.cognitolint.rules.Rule"));
      out.write((PACKAGE + ruleClass + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return pluginJar;
  }

  @Test
  void pluginRulesReportLikeBuiltInOnes() {
    CliTest.Run r = run("--plugin", jar.toString(), WEB);
    assertTrue(
        r.out()
            .contains(
                "warning: ClientName: 'web' does not start with a team name; write it as '<team>-web' [EX001 client-name-team-prefix]"),
        r.out() + r.err());
    assertEquals(0, r.code());
    assertEquals(1, run("--plugin", jar.toString(), "--severity", "EX001=error", WEB).code());
    CliTest.Run off = run("--plugin", jar.toString(), "--disable", "client-name-team-prefix", WEB);
    assertTrue(off.out().startsWith("No problems found"), off.out());
  }

  @Test
  void rulesAndExplainKnowPluginRules() {
    assertTrue(
        run("rules", "--plugin", jar.toString())
            .out()
            .lines()
            .anyMatch(l -> l.startsWith("EX001  client-name-team-prefix ")));
    CliTest.Run r = run("explain", "EX001", "--plugin", jar.toString());
    assertTrue(r.out().startsWith("EX001 client-name-team-prefix\n====="), r.out() + r.err());
    assertEquals(2, run("explain", "EX001").code(), "without --plugin it is unknown");
  }

  @Test
  void pluginRulesAppearInSarifWithTheirDocs() throws Exception {
    CliTest.Run r = run("--plugin", jar.toString(), "--format", "sarif", WEB);
    JsonNode rules =
        JsonMapper.builder()
            .build()
            .readTree(r.out())
            .path("runs")
            .path(0)
            .path("tool")
            .path("driver")
            .path("rules");
    JsonNode ex001 = null;
    for (JsonNode rule : rules) if (rule.path("id").asString().equals("EX001")) ex001 = rule;
    assertTrue(ex001 != null, "EX001 in rules[]");
    assertEquals("https://example.com/cognito-lint-rules/EX001", ex001.path("helpUri").asString());
    assertTrue(
        ex001
            .path("help")
            .path("markdown")
            .asString()
            .startsWith("# EX001 client-name-team-prefix"));
    CliTest.assertValidSarif(r.out());
  }

  @Test
  void aJarWithoutRulesIsAUsageError() throws Exception {
    Path empty = dir.resolve("empty.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(empty))) {
      out.putNextEntry(new JarEntry("README"));
      out.closeEntry();
    }
    CliTest.Run r = run("--plugin", empty.toString(), WEB);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no rules listed"), r.err());
    assertEquals(2, run("--plugin", dir.resolve("missing.jar").toString(), "samples").code());
  }

  /**
   * A jar that cannot be used is a usage error that says why, whatever its code throws while
   * loaded.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      NotARule          | dev.cognitolint.rules.Rule: com.example.misbehaving.NotARule not a subtype
      FailsToConstruct  | could not be instantiated (java.lang.AssertionError: the plugin cannot start)
      ReusesAnId        | two rules have the id CL201; plugin rules need ids of their own
      ReusesAName       | two rules have the name callback-url-https; plugin rules need names of their own
      BadId             | com.example.misbehaving.BadId: the id 'x-1' is not two or more capital letters and three digits (EX001)
      BadName           | com.example.misbehaving.BadName: the name 'Bad_Name' is not kebab-case (client-name-team-prefix)
      """)
  void aPluginThatCannotBeLoadedIsAUsageError(String ruleClass, String message) throws Exception {
    CliTest.Run r = run("--plugin", misbehaving(ruleClass).toString(), WEB);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aFileThatIsNotAJarOrAClassForANewerJavaIsAUsageError() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.jar"), "not a zip");
    CliTest.Run r = run("--plugin", text.toString(), WEB);
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("cognito-lint: --plugin " + text + ": not a jar ("), r.err());

    // The example rule with class file version 99: UnsupportedClassVersionError, a LinkageError.
    Path newer = dir.resolve("newer-java.jar");
    Path classFile = dir.resolve("classes/com/example/cognitolint/ClientNamePrefix.class");
    byte[] bytes = Files.readAllBytes(classFile);
    bytes[6] = 0;
    bytes[7] = 99;
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(newer))) {
      out.putNextEntry(new JarEntry("com/example/cognitolint/ClientNamePrefix.class"));
      out.write(bytes);
      out.closeEntry();
      out.putNextEntry(new JarEntry("META-INF/services/dev.cognitolint.rules.Rule"));
      out.write("com.example.cognitolint.ClientNamePrefix\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    CliTest.Run n = run("--plugin", newer.toString(), WEB);
    assertEquals(2, n.code(), n.err());
    assertTrue(
        n.err()
            .contains(
                "newer-java.jar: com/example/cognitolint/ClientNamePrefix has been compiled by a more recent version"),
        n.err());
  }

  /**
   * Whatever a plugin throws is a CL008 finding that names the plugin and the rule; the built-in
   * rules, the other plugins and the other files still run.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "java.lang.AssertionError",
        "java.lang.NoSuchMethodError",
        "java.lang.NoClassDefFoundError",
        "java.lang.ExceptionInInitializerError",
        "java.lang.StackOverflowError",
        "java.lang.OutOfMemoryError",
        "java.lang.Error",
        "java.io.IOException",
        "java.lang.IllegalStateException"
      })
  void aPluginThatThrowsIsAFindingAndTheRunGoesOn(String throwable) throws Exception {
    String client =
        "UserPoolId: us-east-1_EXAMPLE\nClientName: "
            + throwable
            + "\nCallbackURLs: [http://app.example.com/cb]\n";
    CliTest.Run r =
        runWithInput(
            client,
            "--plugin",
            misbehaving("ThrowsNamedThrowable").toString(),
            "--plugin",
            jar.toString(),
            "-",
            WEB);
    assertEquals(1, r.code(), r.out() + r.err());
    String advice =
        LinkageError.class.isAssignableFrom(Class.forName(throwable))
            ? "the plugin may be built for another version of cognito-lint"
            : "please report it to the plugin's authors with this file";
    assertTrue(
        r.out()
            .contains(
                "-:1:1: error: plugin rule XT001 throws-named-throwable (throws-named-throwable.jar) failed on this client ("
                    + throwable
                    + ": thrown by the plugin); "
                    + advice
                    + " [CL008 rule-failure]"),
        r.out());
    assertTrue(
        r.out().contains("-:3:16: error: CallbackURLs[0]: 'http://app.example.com/cb' uses http"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "-:2:13: warning: ClientName: '" + throwable + "' does not start with a team name"),
        r.out());
    assertTrue(
        r.out()
            .contains(WEB + ":17:19: warning: ClientName: 'web' does not start with a team name"),
        r.out());
    assertEquals("", r.err());
  }

  /**
   * The plugin's own objects (its rule's hashCode, its exception's message) are only touched on its
   * thread.
   */
  @Test
  void aPluginWhoseObjectsThrowIsStillReportedByName() throws Exception {
    CliTest.Run r = run("--plugin", misbehaving("HostileObject").toString(), WEB);
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                WEB
                    + ":13:3: error: plugin rule XT008 hostile-object (hostile-object.jar) failed on this client"
                    + " (java.lang.IllegalStateException); please report it to the plugin's authors with this file [CL008 rule-failure]"),
        r.out());
  }

  /**
   * Not a plugin's failure: after it nothing can be trusted, so it ends the run as it would in
   * built-in code.
   */
  @Test
  void theJvmsOwnInternalErrorEndsTheRun() throws Exception {
    String pluginJar = misbehaving("ThrowsNamedThrowable").toString();
    InternalError e =
        assertThrows(
            InternalError.class,
            () ->
                runWithInput("ClientName: java.lang.InternalError\n", "--plugin", pluginJar, "-"));
    assertEquals("thrown by the plugin", e.getMessage());
  }

  /**
   * A plugin gets a copy of the client: what it changes, the rules after it (here the example's) do
   * not see.
   */
  @Test
  void aPluginCannotChangeWhatTheOtherChecksSee() throws Exception {
    String client =
        "UserPoolId: pool\nClientName: web\nCallbackURLs: [http://app.example.com/cb]\n";
    CliTest.Run r =
        runWithInput(
            client,
            "--plugin",
            misbehaving("ChangesTheClient").toString(),
            "--plugin",
            jar.toString(),
            "-");
    assertTrue(
        r.out().contains("-:2:13: warning: ClientName: 'web' does not start with a team name"),
        r.out());
  }

  @Test
  void aPluginCheckThatNeverEndsIsStoppedAndReported() throws Exception {
    Child c =
        child(
            "--plugin",
            misbehaving("LoopsForever").toString(),
            "--plugin-timeout",
            "0.5",
            WEB,
            "samples/api/create-request.json");
    assertEquals(1, c.code(), c.err());
    String failure =
        "error: plugin rule XT002 loops-forever (loops-forever.jar) did not finish within 0.5 s, the time a plugin rule has for one file"
            + " (--plugin-timeout); it was interrupted and not run on the rest of this file [CL008 rule-failure]";
    assertTrue(c.out().contains(WEB + ":13:3: " + failure), c.out());
    assertTrue(c.out().contains("samples/api/create-request.json:1:1: " + failure), c.out());
    assertFalse(c.out().contains("never shown"), c.out());
    assertTrue(
        c.out().contains("error: ClientName: 'mobile app!' contains '!'"),
        "the built-in rules still ran: " + c.out());
    assertEquals(2, run("--plugin-timeout", "0", WEB).code());
  }

  /**
   * The configuration file can set the time (the looping check stays behind, asleep on a daemon
   * thread).
   */
  @Test
  void theConfigurationSetsThePluginTimeout() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("plugin-timeout.yaml"), "options:\n  pluginTimeoutSeconds: 0.25\n");
    CliTest.Run r =
        run("--config", config.toString(), "--plugin", misbehaving("LoopsForever").toString(), WEB);
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("did not finish within 0.25 s"), r.out());
    Files.writeString(config, "options:\n  pluginTimeoutSeconds: 0\n");
    assertEquals(2, run("--config", config.toString(), WEB).code());
  }

  @Test
  void whatAPluginPrintsGoesToStandardErrorNeverIntoTheReport() throws Exception {
    Child c = child("--plugin", misbehaving("Prints").toString(), "--format", "json", WEB);
    assertEquals(0, c.code(), c.err());
    JsonNode report = JsonMapper.builder().build().readTree(c.out());
    assertTrue(report.toString().contains("XT004"), c.out());
    assertEquals("plugin output on stdout\nplugin output on stderr\n", c.err());
  }

  @Test
  void systemExitFromAPluginIsReportedAndFailsTheRun() throws Exception {
    String exit =
        Runtime.version().feature() >= 21
            ? "System.exit(0)"
            : "System.exit"; // see ExitGuard.recordExitStatus
    Child c = child("--plugin", misbehaving("CallsExit").toString(), WEB);
    assertEquals(2, c.code());
    assertEquals("", c.out());
    assertEquals(
        "cognito-lint: "
            + exit
            + " was called by plugin rule XT003 calls-exit (calls-exit.jar) while checking "
            + WEB
            + "; the run was stopped, and its report is missing or incomplete\n",
        c.err());

    Child loading = child("--plugin", misbehaving("ExitsWhenLoaded").toString(), WEB);
    assertEquals(2, loading.code());
    assertEquals(
        "cognito-lint: "
            + exit
            + " was called by plugin exits-when-loaded.jar while it was loaded; the run was stopped, and its report is missing or incomplete\n",
        loading.err());
  }

  record Child(int code, String out, String err) {}

  /** cognito-lint's main in a JVM of its own, with the test class path. */
  static Child child(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("cognito-lint did not end: " + Files.readString(err));
    }
    return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
