package dev.cognitolint.model;

/** Where an app client was found, which decides the schema it is checked against. */
public enum ClientKind {
  CREATE_REQUEST("CreateUserPoolClient request"),
  UPDATE_REQUEST("UpdateUserPoolClient request"),
  DESCRIBED_CLIENT("UserPoolClient (API response)"),
  CLOUDFORMATION("AWS::Cognito::UserPoolClient resource"),
  TERRAFORM("aws_cognito_user_pool_client"),
  TERRAFORM_MANAGED("aws_cognito_managed_user_pool_client");

  private final String label;

  ClientKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether its findings should name Terraform's arguments rather than the API members. */
  public boolean isTerraform() {
    return this == TERRAFORM || this == TERRAFORM_MANAGED;
  }
}
