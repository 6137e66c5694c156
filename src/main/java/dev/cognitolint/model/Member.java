package dev.cognitolint.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The members of an app client, one row each: the API's name, the model's type, what Cognito
 * applies when a request omits it, whether UpdateUserPoolClient takes it, and how CloudFormation
 * and the Terraform provider name it. The members of a structure follow it, with it as parent.
 * {@code MemberTableTest} keeps the table equal to the AWS model in {@code model/} and the schemas.
 */
public enum Member {
  USER_POOL_ID(null, "UserPoolId", Type.STRING, null, false, true, "user_pool_id"),
  CLIENT_ID(null, "ClientId", Type.STRING, null, false, false, null),
  CLIENT_NAME(null, "ClientName", Type.STRING, "none", true, true, "name"),
  GENERATE_SECRET(null, "GenerateSecret", Type.BOOLEAN, "false", false, true, "generate_secret"),
  CLIENT_SECRET(null, "ClientSecret", Type.STRING, null, false, false, null),
  LAST_MODIFIED_DATE(null, "LastModifiedDate", Type.TIMESTAMP, null, false, false, null),
  CREATION_DATE(null, "CreationDate", Type.TIMESTAMP, null, false, false, null),
  REFRESH_TOKEN_VALIDITY(
      null, "RefreshTokenValidity", Type.INTEGER, "30 days", true, true, "refresh_token_validity"),
  ACCESS_TOKEN_VALIDITY(
      null, "AccessTokenValidity", Type.INTEGER, "1 hour", true, true, "access_token_validity"),
  ID_TOKEN_VALIDITY(
      null, "IdTokenValidity", Type.INTEGER, "1 hour", true, true, "id_token_validity"),
  TOKEN_VALIDITY_UNITS(
      null,
      "TokenValidityUnits",
      Type.STRUCTURE,
      "hours, hours, days",
      true,
      true,
      "token_validity_units"),
  ACCESS_TOKEN_UNIT(
      TOKEN_VALIDITY_UNITS, "AccessToken", Type.STRING, "hours", true, true, "access_token"),
  ID_TOKEN_UNIT(TOKEN_VALIDITY_UNITS, "IdToken", Type.STRING, "hours", true, true, "id_token"),
  REFRESH_TOKEN_UNIT(
      TOKEN_VALIDITY_UNITS, "RefreshToken", Type.STRING, "days", true, true, "refresh_token"),
  READ_ATTRIBUTES(
      null, "ReadAttributes", Type.LIST, "all readable attributes", true, true, "read_attributes"),
  WRITE_ATTRIBUTES(
      null,
      "WriteAttributes",
      Type.LIST,
      "all standard attributes",
      true,
      true,
      "write_attributes"),
  EXPLICIT_AUTH_FLOWS(
      null,
      "ExplicitAuthFlows",
      Type.LIST,
      "ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_REFRESH_TOKEN_AUTH",
      true,
      true,
      "explicit_auth_flows"),
  SUPPORTED_IDENTITY_PROVIDERS(
      null,
      "SupportedIdentityProviders",
      Type.LIST,
      "none",
      true,
      true,
      "supported_identity_providers"),
  CALLBACK_URLS(null, "CallbackURLs", Type.LIST, "none", true, true, "callback_urls"),
  LOGOUT_URLS(null, "LogoutURLs", Type.LIST, "none", true, true, "logout_urls"),
  DEFAULT_REDIRECT_URI(
      null, "DefaultRedirectURI", Type.STRING, "none", true, true, "default_redirect_uri"),
  ALLOWED_OAUTH_FLOWS(
      null, "AllowedOAuthFlows", Type.LIST, "none", true, true, "allowed_oauth_flows"),
  ALLOWED_OAUTH_SCOPES(
      null, "AllowedOAuthScopes", Type.LIST, "none", true, true, "allowed_oauth_scopes"),
  ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT(
      null,
      "AllowedOAuthFlowsUserPoolClient",
      Type.BOOLEAN,
      "false",
      true,
      true,
      "allowed_oauth_flows_user_pool_client"),
  ANALYTICS_CONFIGURATION(
      null,
      "AnalyticsConfiguration",
      Type.STRUCTURE,
      "none",
      true,
      true,
      "analytics_configuration"),
  ANALYTICS_APPLICATION_ID(
      ANALYTICS_CONFIGURATION, "ApplicationId", Type.STRING, null, true, true, "application_id"),
  ANALYTICS_APPLICATION_ARN(
      ANALYTICS_CONFIGURATION, "ApplicationArn", Type.STRING, null, true, true, "application_arn"),
  ANALYTICS_ROLE_ARN(ANALYTICS_CONFIGURATION, "RoleArn", Type.STRING, null, true, true, "role_arn"),
  ANALYTICS_EXTERNAL_ID(
      ANALYTICS_CONFIGURATION, "ExternalId", Type.STRING, null, true, true, "external_id"),
  ANALYTICS_USER_DATA_SHARED(
      ANALYTICS_CONFIGURATION,
      "UserDataShared",
      Type.BOOLEAN,
      "false",
      true,
      true,
      "user_data_shared"),
  PREVENT_USER_EXISTENCE_ERRORS(
      null,
      "PreventUserExistenceErrors",
      Type.STRING,
      "LEGACY",
      true,
      true,
      "prevent_user_existence_errors"),
  ENABLE_TOKEN_REVOCATION(
      null, "EnableTokenRevocation", Type.BOOLEAN, "true", true, true, "enable_token_revocation"),
  ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA(
      null,
      "EnablePropagateAdditionalUserContextData",
      Type.BOOLEAN,
      "false",
      true,
      true,
      "enable_propagate_additional_user_context_data"),
  AUTH_SESSION_VALIDITY(
      null, "AuthSessionValidity", Type.INTEGER, "3", true, true, "auth_session_validity"),
  REFRESH_TOKEN_ROTATION(
      null,
      "RefreshTokenRotation",
      Type.STRUCTURE,
      "none (rotation off)",
      true,
      true,
      "refresh_token_rotation"),
  ROTATION_FEATURE(REFRESH_TOKEN_ROTATION, "Feature", Type.STRING, null, true, true, "feature"),
  ROTATION_RETRY_GRACE_PERIOD_SECONDS(
      REFRESH_TOKEN_ROTATION,
      "RetryGracePeriodSeconds",
      Type.INTEGER,
      null,
      true,
      true,
      "retry_grace_period_seconds");

  /** The model's types, as far as the linter tells them apart. */
  public enum Type {
    STRING,
    INTEGER,
    BOOLEAN,
    LIST,
    STRUCTURE,
    TIMESTAMP
  }

  private final Member parent;
  private final String apiName;
  private final Type type;
  private final String apiDefault;
  private final boolean updatable;
  private final boolean inCloudFormation;
  private final String terraformName;

  Member(
      Member parent,
      String apiName,
      Type type,
      String apiDefault,
      boolean updatable,
      boolean inCloudFormation,
      String terraformName) {
    this.parent = parent;
    this.apiName = apiName;
    this.type = type;
    this.apiDefault = apiDefault;
    this.updatable = updatable;
    this.inCloudFormation = inCloudFormation;
    this.terraformName = terraformName;
  }

  // Names are unique across the structures, which the map's construction would otherwise fail on.
  private static final Map<String, Member> BY_API_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(Member::apiName, Function.identity()));

  /** The structure it is a member of; null for a member of the client itself. */
  public Member parent() {
    return parent;
  }

  public String apiName() {
    return apiName;
  }

  public Type type() {
    return type;
  }

  /**
   * What Cognito applies when a request omits it, as messages say it; null when nothing is applied.
   */
  public String apiDefault() {
    return apiDefault;
  }

  /** Whether UpdateUserPoolClient takes it (and so resets it when an update omits it). */
  public boolean updatable() {
    return updatable;
  }

  /**
   * The property name in AWS::Cognito::UserPoolClient (the API's name); null when it is no
   * property.
   */
  public String cloudFormationName() {
    return inCloudFormation ? apiName : null;
  }

  /**
   * The provider's argument or block name in aws_cognito_user_pool_client; null when it has none.
   */
  public String terraformName() {
    return terraformName;
  }

  /** Where it stands in a client's settings: /CallbackURLs, /TokenValidityUnits/AccessToken. */
  public String pointer() {
    return (parent == null ? "" : parent.pointer()) + "/" + apiName;
  }

  /** The members of this structure, in the model's order. */
  public List<Member> members() {
    return Arrays.stream(values()).filter(m -> m.parent == this).toList();
  }

  /** The members of the client itself, in the model's order. */
  public static List<Member> topLevel() {
    return Arrays.stream(values()).filter(m -> m.parent == null).toList();
  }

  /** The member of this API name, at any level; null for a name the API does not have. */
  public static Member named(String apiName) {
    return BY_API_NAME.get(apiName);
  }

  /**
   * The member that the provider's argument names in the block of {@code parent} (null: the
   * resource); null for none.
   */
  public static Member ofTerraformArgument(Member parent, String argument) {
    for (Member m : values()) {
      if (m.parent == parent && argument.equals(m.terraformName)) return m;
    }
    return null;
  }
}
