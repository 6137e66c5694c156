package dev.cognitolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** rules, explain and completion, and usage errors on one line. */
class SubcommandsTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final List<RuleMeta> RULES = BuiltinRules.all(BuiltinRules.checks());

  @Test
  void rulesListsEveryRule() {
    Run text = run("rules");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("ID     NAME "), text.out());
    assertTrue(
        text.out()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "CL201 +callback-url-https +error +yes +Callback URLs must use HTTPS.*")),
        text.out());
    assertEquals(RULES.size() + 1, text.out().lines().count());

    Run json = run("rules", "--format", "json");
    JsonNode list = new JsonMapper().readTree(json.out());
    assertEquals(RULES.size(), list.size());
    assertEquals("CL001", list.get(0).path("id").asString());
    assertEquals("syntax-error", list.get(0).path("name").asString());
    assertEquals("error", list.get(0).path("severity").asString());
  }

  @Test
  void explainRendersTheDocForATerminal() {
    Run r = run("explain", "CL201");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("CL201 callback-url-https\n========================\n"), r.out());
    assertTrue(r.out().contains("\nWhy it matters\n--------------\n"), r.out());
    assertTrue(r.out().contains("\nSeverity: error\nSecurity: yes\n"), r.out());
    assertTrue(
        r.out().contains("\n          - http://app.example.com/auth/callback   # CL201\n"),
        "code blocks are indented");
    assertFalse(r.out().contains("```") || r.out().contains("]("), r.out());
    assertTrue(
        r.out()
            .endsWith(
                "Online: "
                    + RULES.stream().filter(m -> m.id().equals("CL201")).findFirst().get().docsUrl()
                    + "\n"));
    assertEquals(
        r.out(), run("explain", "callback-url-https").out(), "a name explains the same rule");
    assertEquals(r.out(), run("explain", "cl201").out());
  }

  @Test
  void anUnknownRuleSuggestsTheNearest() {
    Run r = run("explain", "CL2201");
    assertEquals(2, r.code());
    assertEquals(
        "cognito-lint: no rule 'CL2201'; did you mean CL201 (callback-url-https)? (cognito-lint rules lists them)\n",
        r.err());
    assertTrue(
        run("explain", "calback-url-https")
            .err()
            .contains("did you mean CL201 (callback-url-https)?"));
    assertEquals(2, run("explain").code());
  }

  @Test
  void completionCompletesOptionsSubcommandsAndRuleIds() {
    Run bash = run("completion", "bash");
    assertEquals(0, bash.code(), bash.err());
    for (String word :
        List.of("--fail-level", "explain", "completion", "CL201", "sarif", "ZSH_VERSION")) {
      assertTrue(bash.out().contains(word), "completion script lacks " + word);
    }
    assertEquals(
        bash.out(), run("completion", "zsh").out(), "one script serves both (bashcompinit)");
    assertEquals(2, run("completion", "fish").code());
  }

  @Test
  void aFileNamedLikeACommandIsLintedWithItsPath(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules");
    Files.writeString(rules, "UserPoolId: us-east-1_EXAMPLE\nClientName: 'bad!'\n");
    Run r = run(rules.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("[CL105 pattern-mismatch]"), r.out());
  }

  @Test
  void usageErrorsAreOneLineWithAHint() {
    Run alone = run("--no-such-option");
    assertEquals(2, alone.code());
    assertEquals(
        "cognito-lint: unknown option: '--no-such-option' (see cognito-lint --help)\n",
        alone.err());
    Run none = run();
    assertEquals(
        "cognito-lint: missing required parameter: 'PATH' (see cognito-lint --help)\n", none.err());
    Run sub = run("rules", "--format", "xml");
    assertEquals(2, sub.code());
    assertTrue(
        sub.err().startsWith("cognito-lint: invalid value for option '--format'")
            && sub.err().endsWith("(see cognito-lint rules --help)\n"),
        sub.err());
  }

  @Test
  void anUnknownRuleInTheConfigurationPointsToTheSubcommands() {
    Run r = run("--disable", "CL2201", "samples/cloudformation/web-client.yaml");
    assertEquals(2, r.code());
    assertEquals(
        "cognito-lint: unknown rule 'CL2201'; did you mean 'CL201'? (cognito-lint rules lists them,"
            + " cognito-lint explain RULE describes one)\n",
        r.err());
  }

  @Test
  void controlCharactersInDocsAreEscaped() {
    assertEquals("x\u2192\\x1b[31mred\n", TerminalText.escape("x\u2192\u001b[31mred\n"));
    String rendered =
        TerminalText.render("# T\u0007\n\nsome `code` and [a link](https://x.example)\n");
    assertEquals("T\\x07\n=====\n\nsome code and a link (https://x.example)\n", rendered);
  }
}
