package dev.cognitolint.model;

/**
 * How a finding names what Cognito answers a configuration it rejects: the exception and its
 * message, as captured in the rule's doc (which says where it was seen, and when it was not).
 */
public final class CognitoAnswer {
  private CognitoAnswer() {}

  /** " (Cognito: InvalidOAuthFlowException "...")", to end a message with. */
  public static String of(String exception, String message) {
    return " (Cognito: " + exception + " \"" + message + "\")";
  }
}
