package dev.cognitolint.model;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
  /** Cognito or CloudFormation rejects the configuration. */
  ERROR,
  /** Accepted, but risky. */
  WARNING,
  /** Advice. */
  NOTE;

  /** The SARIF level, and the word the text format prints. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
