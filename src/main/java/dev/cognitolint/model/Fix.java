package dev.cognitolint.model;

import java.util.List;

/**
 * A repair offered with a finding (Ruff's model): safe fixes are applied by {@code --fix}, unsafe
 * ones only with {@code --unsafe-fixes} and as editor quick fixes.
 *
 * @param description what the fix does, e.g. "Replace USER_PASSWORD_AUTH with
 *     ALLOW_USER_PASSWORD_AUTH"
 * @param applicability how safe it is to apply without review
 * @param edits non-overlapping replacements of the original text
 */
public record Fix(String description, Applicability applicability, List<Edit> edits) {

  public Fix {
    edits = List.copyOf(edits);
  }

  /** How safe a fix is; a rule whose fixes would need a decision offers none. */
  public enum Applicability {
    SAFE,
    UNSAFE
  }
}
