package dev.cognitolint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.LintRun;
import dev.cognitolint.config.Config;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Span;
import dev.cognitolint.rules.BuiltinRules;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * "Suppress CLnnn here" puts its comment where the file's syntax reads it as a comment that covers
 * the finding, and offers nothing where no comment can.
 */
class SuppressionEditTest {
  private static final RuleMeta CL201 =
      BuiltinRules.all(BuiltinRules.checks()).stream()
          .filter(r -> r.id().equals("CL201"))
          .findFirst()
          .orElseThrow();

  /** The text with the suppression of a CL201 finding on a 1-based line, if one is offered. */
  private static Optional<String> suppressed(String name, String text, int line) {
    Finding finding =
        new Finding(CL201, Severity.ERROR, "", name, new Span(line, 3, line, 4), "WebClient");
    LineIndex index = new LineIndex(text, LineIndex.Encoding.UTF16);
    return SuppressionEdit.of(finding, name, index).map(s -> applied(text, index, s.edit()));
  }

  private static String applied(String text, LineIndex index, TextEdit edit) {
    int at = index.offset(edit.getRange().getStart());
    return text.substring(0, at) + edit.getNewText() + text.substring(at);
  }

  /** The CL201 findings of a text, linted as the server lints it. */
  private static List<Finding> cl201(String name, String text) throws Exception {
    return LintRun.setUp(LintRun.Configurations.fixed(Config.NONE), LintRun.Options.NONE)
        .lintText(name, text)
        .findings()
        .stream()
        .filter(f -> f.rule().id().equals("CL201"))
        .toList();
  }

  /** The suppression offered for the text's one CL201 finding, checked to silence it. */
  private static String suppressesItsFinding(String name, String text) throws Exception {
    Finding finding = cl201(name, text).stream().collect(onlyOne());
    LineIndex index = new LineIndex(text, LineIndex.Encoding.UTF16);
    String edited =
        applied(text, index, SuppressionEdit.of(finding, name, index).orElseThrow().edit());
    List<Finding> after = cl201(name, edited);
    assertEquals(1, after.size(), edited);
    assertTrue(after.get(0).isSuppressed(), edited);
    return edited;
  }

  private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
    return java.util.stream.Collectors.collectingAndThen(
        java.util.stream.Collectors.toList(),
        list -> {
          assertEquals(1, list.size(), list.toString());
          return list.get(0);
        });
  }

  private static final String CLIENT =
      """
      Resources:
        WebClient:
          Type: AWS::Cognito::UserPoolClient
          Properties:
            UserPoolId: us-east-1_EXAMPLE1
      """;

  @Test
  void aLineOfItsOwnAboveAPlainLine() throws Exception {
    String text = CLIENT + "      CallbackURLs:\n        - http://app.example.com/cb\n";
    assertEquals(
        CLIENT
            + "      CallbackURLs:\n"
            + "        # cognito-lint: disable=CL201 -- reason\n"
            + "        - http://app.example.com/cb\n",
        suppressesItsFinding("t.yaml", text));
  }

  @Test
  void aMultiLineFlowSequenceTakesALineOfItsOwnBetweenItsItems() throws Exception {
    String text =
        CLIENT
            + "      CallbackURLs: [\n"
            + "        \"https://app.example.com/cb\",\n"
            + "        \"http://app.example.com/cb\"]\n";
    assertEquals(
        text.replace(
            "        \"http://app",
            "        # cognito-lint: disable=CL201 -- reason\n        \"http://app"),
        suppressesItsFinding("t.yaml", text));
  }

  @Test
  void noCommentInsideABlockScalar() {
    for (String indicator : List.of("|", ">", "|-", ">+")) {
      String text =
          CLIENT
              + "      ClientName: "
              + indicator
              + "\n        first line\n        second line\n      GenerateSecret: false\n";
      assertEquals(Optional.empty(), suppressed("t.yaml", text, 8), indicator);
      assertEquals(
          Optional.of(
              CLIENT.replace(
                      "      UserPoolId: us-east-1_EXAMPLE1\n",
                      "      UserPoolId: us-east-1_EXAMPLE1\n"
                          + "      # cognito-lint: disable=CL201 -- reason\n")
                  + text.substring(CLIENT.length())),
          suppressed("t.yaml", text, 6),
          indicator + ": at the key, above it");
    }
  }

  @Test
  void aMultiLineQuotedOrPlainScalarTakesItAtTheEndOfItsLastLineOnly() {
    for (String value :
        List.of(
            "\"first line\n        second line\n        third line\"",
            "first line\n        second line\n        third line")) {
      String text = CLIENT + "      ClientName: " + value + "\n      GenerateSecret: false\n";
      assertEquals(Optional.empty(), suppressed("t.yaml", text, 7), value);
      assertEquals(
          Optional.of(
              text.replace(
                  "\n      GenerateSecret",
                  "  # cognito-lint: disable=CL201 -- reason\n      GenerateSecret")),
          suppressed("t.yaml", text, 8),
          value);
    }
  }

  private static final String TF_HEAD =
      "resource \"aws_cognito_user_pool_client\" \"web\" {\n  user_pool_id = \"us-east-1_EXAMPLE1\"\n";

  @Test
  void terraformMultiLineListTakesAHashCommentAbove() throws Exception {
    String text =
        TF_HEAD
            + "  callback_urls = [\n"
            + "    \"https://app.example.com/cb\",\n"
            + "    \"http://app.example.com/cb\",\n"
            + "  ]\n}\n";
    assertEquals(
        text.replace(
            "    \"http://app", "    # cognito-lint: disable=CL201 -- reason\n    \"http://app"),
        suppressesItsFinding("main.tf", text));
  }

  @Test
  void noCommentInsideAHeredoc() {
    for (String marker : List.of("<<EOT", "<<-EOT")) {
      String text =
          TF_HEAD + "  name = " + marker + "\n    first line\n    second line\n  EOT\n}\n";
      assertEquals(Optional.empty(), suppressed("main.tf", text, 4), marker);
      assertEquals(Optional.empty(), suppressed("main.tf", text, 5), marker);
      assertTrue(
          suppressed("main.tf", text, 3)
              .orElseThrow()
              .contains("  # cognito-lint: disable=CL201 -- reason\n  name = "),
          marker + ": at the attribute, above it");
    }
  }
}
