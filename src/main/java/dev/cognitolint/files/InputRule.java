package dev.cognitolint.files;

import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;

/**
 * The rules the input stage reports (files that cannot be read as a whole, or read with doubt), and
 * CL008 for a rule that failed on a file.
 */
public enum InputRule {
  SYNTAX_ERROR(
      "CL001", "syntax-error", Severity.ERROR, "The file must be well-formed YAML or JSON."),
  DUPLICATE_KEY(
      "CL002", "duplicate-key", Severity.ERROR, "A mapping must not contain the same key twice."),
  UNREADABLE_FILE(
      "CL003",
      "unreadable-file",
      Severity.ERROR,
      "The file must be readable UTF-8 (or UTF-16 with a byte-order mark) text."),
  INPUT_LIMIT(
      "CL004",
      "input-limit",
      Severity.ERROR,
      "The file must stay within the size, nesting-depth and alias limits, and the linter's caps on findings."),
  UNKNOWN_COGNITO_TYPE(
      "CL005",
      "unknown-cognito-resource-type",
      Severity.ERROR,
      "An AWS::Cognito:: resource type must be one that CloudFormation knows."),
  INCLUDE_NOT_READ(
      "CL009",
      "include-not-read",
      Severity.NOTE,
      "A Serverless ${file(...)} include in resources: is not read; the app clients of the included file must be linted as a file of their own."),
  YAML_ALIAS(
      "CL010",
      "yaml-alias-in-template",
      Severity.ERROR,
      "A CloudFormation template must not use YAML aliases or merge keys, which CloudFormation rejects, unless a packaging step resolves them first."),
  TEMPLATE_REQUEST(
      "CL011",
      "request-template",
      Severity.NOTE,
      "A request file with placeholders (<Name>, {{Name}}, REPLACE_ME, the empty strings of --generate-cli-skeleton) is a template: the placeholders are not checked until they are filled in."),
  RULE_FAILURE(
      "CL008",
      "rule-failure",
      Severity.ERROR,
      "Every rule must finish on every file; a rule that fails is reported, and the other rules and files still run.");

  private final RuleMeta meta;

  InputRule(String id, String name, Severity severity, String summary) {
    this.meta = new RuleMeta(id, name, severity, summary, false);
  }

  public RuleMeta meta() {
    return meta;
  }
}
