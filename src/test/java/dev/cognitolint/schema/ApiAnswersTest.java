package dev.cognitolint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cognitolint.Linter;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request's structure finding names what the AWS CLI or Cognito answers; a template's does not.
 */
class ApiAnswersTest {
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      CL101 | Foo: 1                                   | (the AWS CLI refuses it: "Unknown parameter")
      CL102 | AccessTokenValidity: '60'                | (the AWS CLI refuses it: "Invalid type for parameter")
      CL103 | AllowedOAuthFlows: [token]               | (Cognito: InvalidParameterException "... failed to satisfy constraint: Member must satisfy enum value set")
      CL104 | DefaultRedirectURI: ''                   | (the AWS CLI refuses it: "Invalid length for parameter")
      CL105 | DefaultRedirectURI: 'https://a b'        | (Cognito: InvalidParameterException "... failed to satisfy constraint: Member must satisfy regular expression pattern")
      CL106 | AuthSessionValidity: 20                  | (Cognito: InvalidParameterException "... failed to satisfy constraint: Member must have value less than or equal to 15")
      CL106 | AuthSessionValidity: 2                   | (the AWS CLI refuses it: "Invalid value for parameter")
      CL107 | AllowedOAuthFlows: [code, code, code, code] | (Cognito: InvalidParameterException, a "failed to satisfy constraint" validation error)
      CL108 | RefreshTokenRotation: {}                 | (the AWS CLI refuses it: "Missing required parameter")
      """)
  void requestFindingsEndWithTheAnswer(String rule, String member, String answer) {
    String request = "UserPoolId: us-east-1_EXAMPLE\nClientName: app\n" + member + "\n";
    Finding finding = only(rule, lint("create-request.yaml", request));
    assertEquals(true, finding.message().endsWith(" " + answer), finding.message());

    String template =
        "Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: x\n      "
            + member
            + "\n";
    // CloudFormation validates (and converts) before Cognito sees a value, so a template's finding
    // names neither.
    lint("template.yaml", template).stream()
        .filter(f -> f.rule().id().equals(rule))
        .forEach(
            f ->
                assertFalse(
                    f.message().contains("(the AWS CLI") || f.message().contains("(Cognito: "),
                    f.message()));
  }

  /**
   * The cross-member rules that Cognito enforces end with its exception and message, in every kind
   * of input.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      CL301 | AllowedOAuthFlowsUserPoolClient: true, GenerateSecret: true, AllowedOAuthFlows: [client_credentials, code], AllowedOAuthScopes: [a/b], CallbackURLs: [https://a.example/cb] | InvalidOAuthFlowException "client_credentials flow can not be selected along with code flow or implicit flow"
      CL302 | AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: [code], CallbackURLs: [https://a.example/cb] | InvalidParameterException "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows."
      CL303 | AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: [code], AllowedOAuthScopes: [openid] | InvalidOAuthFlowException "CallbackUrls can not be empty when code flow or implicit flow is selected"
      CL305 | AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: [client_credentials], AllowedOAuthScopes: [a/b] | InvalidOAuthFlowException "client_credentials flow can not be selected if client does not have a client secret."
      CL306 | AllowedOAuthFlowsUserPoolClient: true, GenerateSecret: true, AllowedOAuthFlows: [client_credentials], AllowedOAuthScopes: [email] | InvalidOAuthFlowException "email is not supported with client_credentials flow"
      CL501 | RefreshTokenValidity: 3651 | InvalidParameterException "Invalid range for token validity"
      """)
  void rejectedClientsNameCognitosAnswer(String rule, String settings, String answer) {
    String template =
        "Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties: {UserPoolId: x, "
            + settings
            + "}\n";
    Finding finding = only(rule, lint("template.yaml", template));
    assertEquals(true, finding.message().endsWith(" (Cognito: " + answer + ")"), finding.message());
  }

  private static List<Finding> lint(String name, String text) {
    return LINTER.lint(new SourceFile(name, text)).findings();
  }

  private static Finding only(String rule, List<Finding> findings) {
    List<Finding> of = findings.stream().filter(f -> f.rule().id().equals(rule)).toList();
    assertEquals(1, of.size(), findings.toString());
    return of.get(0);
  }
}
