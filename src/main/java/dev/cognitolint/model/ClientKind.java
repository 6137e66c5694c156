package dev.cognitolint.model;

/** Where an app client was found, which decides the schema it is checked against. */
public enum ClientKind {
  CREATE_REQUEST("CreateUserPoolClient request"),
  UPDATE_REQUEST("UpdateUserPoolClient request"),
  DESCRIBED_CLIENT("UserPoolClient (API response)"),
  CLOUDFORMATION("AWS::Cognito::UserPoolClient resource");

  private final String label;

  ClientKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isApiRequest() {
    return this == CREATE_REQUEST || this == UPDATE_REQUEST;
  }
}
