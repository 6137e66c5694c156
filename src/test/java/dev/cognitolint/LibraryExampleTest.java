package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.model.Severity;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API: the README's example compiles and runs as shown, and the API's own promises. */
class LibraryExampleTest {
  @TempDir Path dir;

  /** The Java block of the README's "As a library" section. */
  static String readmeExample() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("(?s)### As a library\n.*?```java\n(.*?)```").matcher(readme);
    assertTrue(m.find(), "README has a java block under ### As a library");
    return m.group(1);
  }

  @Test
  void readmeExampleCompilesAndRuns() throws Exception {
    Path source = dir.resolve("LintInfra.java");
    Files.writeString(source, readmeExample());
    String classpath = System.getProperty("java.class.path");
    assertEquals(
        0,
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", dir.toString(), "-cp", classpath, source.toString()),
        "the README example compiles");

    Path samples = Path.of("samples/cloudformation").toAbsolutePath();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                dir + java.io.File.pathSeparator + classpath,
                "LintInfra",
                samples.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(
        out.contains(
            "insecure-web-client.yaml:19: CL201 CallbackURLs[0]: 'http://${Host}/callback' uses http"),
        out);
    assertFalse(out.contains("CL607"), "the example turns CL607 off: " + out);
    assertTrue(out.endsWith("errors in the request: true\n"), out);
    String sarif = Files.readString(dir.resolve("cognito-lint.sarif"));
    assertTrue(sarif.contains("\"ruleId\" : \"CL201\""), sarif);
  }

  @Test
  void reportsAreThoseOfTheCommandLine() throws Exception {
    CognitoLint.Result result = CognitoLint.create().lint(List.of(Path.of("samples")));
    StringWriter text = new StringWriter();
    result.write("text", text);
    CliTest.Run cli = CliTest.run("samples");
    assertEquals(cli.out(), text.toString());
    assertTrue(result.hasFindingsAtLeast(Severity.ERROR));
    assertTrue(result.errors().isEmpty());
  }

  @Test
  void aMissingPathIsAnErrorNotAnException() {
    CognitoLint.Result result = CognitoLint.create().lint(List.of(Path.of("no/such/folder")));
    assertEquals(1, result.errors().size(), result.errors().toString());
    assertTrue(result.findings().isEmpty());
  }

  @Test
  void textNamedTfIsReadAsTerraform() {
    CognitoLint.Result result =
        CognitoLint.create()
            .lintText(
                "main.tf",
                """
        resource "aws_cognito_user_pool_client" "web" {
          name          = "web"
          user_pool_id  = "us-east-1_abc"
          callback_urls = ["http://app.example.com/cb"]
        }
        """);
    assertTrue(
        result.reported().stream()
            .anyMatch(f -> f.rule().id().equals("CL201") && f.span().line() == 4),
        result.findings().toString());
  }

  @Test
  void anUnknownRuleIsRejectedByTheBuilder() {
    assertThrows(
        IllegalArgumentException.class, () -> CognitoLint.builder().rule("CL999", "off").build());
    assertThrows(
        IllegalArgumentException.class, () -> CognitoLint.builder().rule("CL201", "loud").build());
  }
}
