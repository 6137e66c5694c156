package dev.cognitolint.files;

import dev.cognitolint.model.Span;

/** A file that cannot be linted as a whole; it becomes one finding of the given input rule. */
public final class InputException extends Exception {
  private final InputRule rule;
  private final Span span;

  public InputException(InputRule rule, String message, Span span) {
    super(message, null, false, false);
    this.rule = rule;
    this.span = span;
  }

  public InputRule rule() {
    return rule;
  }

  public Span span() {
    return span;
  }
}
