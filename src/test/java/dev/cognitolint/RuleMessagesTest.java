package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.files.Limits;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How messages name members and list items in each dialect (each rule's messages are pinned by its
 * fixtures).
 */
class RuleMessagesTest {
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  private static List<String> lint(String path, String text) {
    return LINTER.lint(new SourceFile(path, text)).findings().stream()
        .map(
            f ->
                f.span().line() + ":" + f.span().column() + " " + f.rule().id() + " " + f.message())
        .toList();
  }

  private static final String TERRAFORM_CLIENT =
      """
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
    assertEquals(
        List.of(
            "9:20 CL201 callback_urls[0]: 'http://app.example.com/CallbackURLs/Feature' uses http; use https://"
                + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint(
            "web.tf",
            TERRAFORM_CLIENT
                + "  callback_urls = [\"http://app.example.com/CallbackURLs/Feature\"]\n}\n"));
  }

  /**
   * The provider reads a list as a set, so a repeated item is dropped; the items after it keep
   * their index in the file.
   */
  @Test
  void terraformListIndicesAreTheFiles() {
    assertEquals(
        List.of(
            "9:76 CL201 callback_urls[2]: 'http://b.example.com/cb' uses http; use https://"
                + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint(
            "web.tf",
            TERRAFORM_CLIENT
                + "  callback_urls = [\"https://a.example.com/cb\", \"https://a.example.com/cb\", \"http://b.example.com/cb\"]\n}\n"));
  }

  /**
   * Blocks and their arguments by the provider's names; settings the rule asks for as HCL assigns
   * them.
   */
  @Test
  void terraformNamesArgumentsAndBlocks() {
    assertEquals(
        List.of(
            "1:1 CL603 prevent_user_existence_errors is not set, so the API default LEGACY applies and errors reveal"
                + " whether a user exists; set prevent_user_existence_errors = \"ENABLED\"",
            "6:27 CL501 access_token_validity: 2 days (token_validity_units.access_token) is longer than 1 day; allowed is"
                + " 5 minutes to 1 day, so in days use at most 1 (Cognito: InvalidParameterException \"Invalid range for token validity\")",
            "10:34 CL503 refresh_token_rotation.retry_grace_period_seconds has no effect while feature is DISABLED;"
                + " remove it or enable rotation"),
        lint(
            "web.tf",
            """
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
    assertEquals(
        List.of(
            "5:27 CL201 client_callback_urls[0]: 'http://app.example.com/cb' uses http; use https://"
                + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint(
            "main.tf",
            """
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
    assertEquals(
        List.of(
            "3:3 CL603 PreventUserExistenceErrors is not set, so the API default LEGACY applies and errors reveal"
                + " whether a user exists; set PreventUserExistenceErrors: ENABLED",
            "9:74 CL503 RefreshTokenRotation.RetryGracePeriodSeconds has no effect while Feature is DISABLED;"
                + " remove it or enable rotation",
            "10:22 CL201 CallbackURLs[0]: 'http://app.example.com/CallbackURLs/Feature' uses http; use https://"
                + " (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"),
        lint(
            "template.yaml",
            """
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
