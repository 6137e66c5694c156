package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The messages of the URL and scope rules, pinned at their fixtures' positions, and how messages
 * name members and list items in each dialect.
 */
class RuleMessagesTest {
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      CL201/bad-create.json | 13:5  | CL201 | "CallbackURLs[3]: 'http://localhost:${PORT}/callback' uses http, and its host is not known: '${PORT}' stands in the authority, where a value with '@' or '/' would change the host (write the host and port literally); use https:// (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"
      CL201/bad-create.json | 11:5  | CL201 | "CallbackURLs[1]: 'http://localhost@evil.example.net/callback' uses http, and browsers send it to the host 'evil.example.net'; use https:// (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"
      CL201/bad-tf.tf       | 46:5  | CL201 | "callback_urls[9]: 'http://localhost:${PORT}@evil.example.net/auth/callback' uses http, and browsers send it to the host 'evil.example.net'; use https:// (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"
      CL206/bad-create.json | 9:5   | CL206 | "CallbackURLs[1]: 'https://:443/callback' has no host; write the host after '//'"
      CL206/bad-create.json | 10:5  | CL206 | "CallbackURLs[2]: 'https:///callback' has '///' after 'https:', where browsers skip every '/' and '\\' and read the host as 'callback'; write exactly '//' before the host"
      CL206/bad-create.json | 11:5  | CL206 | "CallbackURLs[3]: 'https://[::1]evil.example.net/callback' has 'evil.example.net' after the IPv6 address [::1], which browsers reject; put a ':' and the port there, or nothing"
      CL206/bad-create.json | 12:5  | CL206 | "CallbackURLs[4]: 'https://app.example.com:65536/callback' has the port '65536', which is not a port number (0 to 65535)"
      CL206/bad-create.json | 13:5  | CL206 | "CallbackURLs[5]: 'https://evil.example.net\\@localhost/callback' has a '\\' after 'evil.example.net'; browsers read it as '/', so the host is 'evil.example.net'; write '/' or remove it"
      CL206/bad-create.json | 15:18 | CL206 | "LogoutURLs[0]: 'https://[::1/' has an unclosed '[' in its host; write the IPv6 address as '[::1]'"
      CL207/bad-create.json | 9:5   | CL207 | "CallbackURLs[1]: 'javascript:alert(document.domain)' uses javascript:, which runs or shows what the URL carries in the page of whoever follows the redirect; use the https:// URL of your app (or an app scheme such as myapp://)"
      CL207/bad-create.json | 14:18 | CL207 | "LogoutURLs[0]: 'file://server/share/logout.html' uses file:, which names a file on the user's computer or a network share, not your app; use the https:// URL of your app (or an app scheme such as myapp://)"
      CL307/bad-create.json | 6:61  | CL307 | "AllowedOAuthScopes[3]: 'orders-api/' has no scope name after the last '/' (Cognito: ScopeDoesNotExistException); write 'identifier/scope', e.g. 'orders-api/read'"
      CL307/bad-create.json | 6:76  | CL307 | "AllowedOAuthScopes[4]: '/read' has no resource server identifier before the '/' (Cognito: ScopeDoesNotExistException); write 'identifier/scope', e.g. 'orders-api/read'"
      CL310/bad-create.json | 9:5   | CL310 | "CallbackURLs[1]: 'https://app.example.com/callback' is listed already as CallbackURLs[0]; remove the repeat (if another value was meant, write that one)"
      CL310/bad-create.json | 12:76 | CL310 | "ExplicitAuthFlows[2]: 'ALLOW_REFRESH_TOKEN_AUTH' is listed already as ExplicitAuthFlows[1]; remove the repeat (if another value was meant, write that one)"
      CL607/bad-cfn.yaml    | 45:11 | CL607 | "CallbackURLs[1]: 'http://localhost:3000/callback' is a development URL in a client that also serves production; keep it in a separate development client"
      """)
  void messageAtPosition(String fixture, String position, String rule, String message) {
    Path file = FixtureTest.FIXTURES.resolve(fixture);
    List<String> messages = LINTER.lintFile(file, file.toString()).findings().stream()
        .filter(f -> f.rule().id().equals(rule) && position.equals(f.span().line() + ":" + f.span().column()))
        .map(Finding::message).toList();
    assertEquals(List.of(message), messages);
  }

  private static List<String> lint(String path, String text) {
    return LINTER.lint(new SourceFile(path, text)).findings().stream()
        .map(f -> f.span().line() + ":" + f.span().column() + " " + f.rule().id() + " " + f.message()).toList();
  }

  private static final String TERRAFORM_CLIENT = """
      resource "aws_cognito_user_pool_client" "web" {
        name                                 = "web"
        user_pool_id                         = "us-east-1_abc123"
        allowed_oauth_flows_user_pool_client = true
        allowed_oauth_flows                  = ["code"]
        allowed_oauth_scopes                 = ["openid"]
        prevent_user_existence_errors        = "ENABLED"
        write_attributes                     = ["name"]
      """;

  /** A value is quoted as written, even where it holds words that are member names. */
  @Test
  void terraformMessagesQuoteValuesVerbatim() {
    assertEquals(List.of("9:20 CL201 callback_urls[0]: 'http://app.example.com/CallbackURLs/Feature' uses http; use https://"
            + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint("web.tf", TERRAFORM_CLIENT + "  callback_urls = [\"http://app.example.com/CallbackURLs/Feature\"]\n}\n"));
  }

  /** The provider reads a list as a set, so a repeated item is dropped; the items after it keep their index in the file. */
  @Test
  void terraformListIndicesAreTheFiles() {
    assertEquals(List.of("9:76 CL201 callback_urls[2]: 'http://b.example.com/cb' uses http; use https://"
            + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint("web.tf", TERRAFORM_CLIENT
            + "  callback_urls = [\"https://a.example.com/cb\", \"https://a.example.com/cb\", \"http://b.example.com/cb\"]\n}\n"));
  }

  /** Blocks and their arguments by the provider's names; settings the rule asks for as HCL assigns them. */
  @Test
  void terraformNamesArgumentsAndBlocks() {
    assertEquals(List.of(
            "1:1 CL603 prevent_user_existence_errors is not set, so the API default LEGACY applies and errors reveal"
                + " whether a user exists; set prevent_user_existence_errors = \"ENABLED\"",
            "6:27 CL501 access_token_validity: 2 days (token_validity_units.access_token) is longer than 1 day; allowed is"
                + " 5 minutes to 1 day, so in days use at most 1 (Cognito: InvalidParameterException \"Invalid range for token validity\")",
            "10:34 CL503 refresh_token_rotation.retry_grace_period_seconds has no effect while feature is DISABLED;"
                + " remove it or enable rotation"),
        lint("web.tf", """
            resource "aws_cognito_user_pool_client" "web" {
              name             = "web"
              user_pool_id     = "us-east-1_abc123"
              write_attributes = ["name"]
              explicit_auth_flows   = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
              access_token_validity = 2
              token_validity_units { access_token = "days" }
              refresh_token_rotation {
                feature                    = "DISABLED"
                retry_grace_period_seconds = 10
              }
            }
            """));
  }

  /** A module's flat inputs are named as the module's caller writes them. */
  @Test
  void terraformModuleInputsAreNamedAsWritten() {
    assertEquals(List.of("5:27 CL201 client_callback_urls[0]: 'http://app.example.com/cb' uses http; use https://"
            + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint("main.tf", """
            module "pool" {
              source                                      = "lgallard/cognito-user-pool/aws"
              client_name                                 = "web"
              client_allowed_oauth_flows_user_pool_client = true
              client_callback_urls = ["http://app.example.com/cb"]
            }
            """));
  }

  /** The same settings in CloudFormation, by the API's names. */
  @Test
  void cloudFormationNamesAreTheApis() {
    assertEquals(List.of(
            "3:3 CL603 PreventUserExistenceErrors is not set, so the API default LEGACY applies and errors reveal"
                + " whether a user exists; set PreventUserExistenceErrors: ENABLED",
            "9:74 CL503 RefreshTokenRotation.RetryGracePeriodSeconds has no effect while Feature is DISABLED;"
                + " remove it or enable rotation",
            "10:22 CL201 CallbackURLs[0]: 'http://app.example.com/CallbackURLs/Feature' uses http; use https://"
                + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint("template.yaml", """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Web:
                Type: AWS::Cognito::UserPoolClient
                Properties:
                  UserPoolId: us-east-1_abc123
                  WriteAttributes: [name]
                  ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
                  RefreshTokenRotation: {Feature: DISABLED, RetryGracePeriodSeconds: 10}
                  CallbackURLs: ["http://app.example.com/CallbackURLs/Feature"]
                  AllowedOAuthFlowsUserPoolClient: true
                  AllowedOAuthFlows: [code]
                  AllowedOAuthScopes: [openid]
            """));
  }
}
