package dev.cognitolint.schema;

import dev.cognitolint.model.CognitoAnswer;

/**
 * What a CreateUserPoolClient or UpdateUserPoolClient request that breaks a structure rule gets
 * back: the AWS CLI's own parameter validation (botocore checks required members, types and
 * minimums before sending) or Cognito's InvalidParameterException with AWS's validation text
 * (maximums, patterns, enums). Texts as captured in the rule docs (rules/CL101.md to CL108.md).
 */
final class ApiAnswers {
  private ApiAnswers() {}

  /** The answer for a failing keyword with its schema value, as a parenthesis for the message. */
  static String of(String keyword, String limit) {
    return switch (keyword) {
      case "additionalProperties" -> cli("Unknown parameter");
      case "type" -> cli("Invalid type for parameter");
      case "required" -> cli("Missing required parameter");
      case "minLength" -> cli("Invalid length for parameter");
      case "minimum" -> cli("Invalid value for parameter");
      case "maxLength" -> cognito("Member must have length less than or equal to " + limit);
      case "maximum" -> cognito("Member must have value less than or equal to " + limit);
      case "pattern" -> cognito("Member must satisfy regular expression pattern");
      case "enum" -> cognito("Member must satisfy enum value set");
      case "maxItems", "minItems" ->
          " (Cognito: InvalidParameterException, a \"failed to satisfy constraint\" validation error)";
      default -> "";
    };
  }

  private static String cli(String text) {
    return " (the AWS CLI refuses it: \"" + text + "\")";
  }

  private static String cognito(String text) {
    return CognitoAnswer.of(
        "InvalidParameterException", "... failed to satisfy constraint: " + text);
  }
}
