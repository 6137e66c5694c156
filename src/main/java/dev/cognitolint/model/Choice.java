package dev.cognitolint.model;

import tools.jackson.databind.JsonNode;

/**
 * A value that one of two branches written below it gives: a condition picks it ({@code Fn::If},
 * Terraform's {@code c ? a : b}), or it is fixed ({@code Fn::Select} of a literal list, {@code !Ref
 * AWS::NoValue}). {@link Scenarios} resolves it; where it is not resolved, it is the unknown value
 * {@link #whole}.
 *
 * @param condition the condition as written ({@code IsProd}, {@code var.is_prod}); the same text is
 *     the same condition; null for a fixed choice, which is always {@code whenTrue}
 * @param whenFalse null for a fixed choice
 * @param whole the expression as an unknown value, for what does not resolve it
 */
public record Choice(String condition, Branch whenTrue, Branch whenFalse, Unknown whole) {

  /**
   * @param value the branch's value; null when it removes the setting or list item ({@code
   *     AWS::NoValue})
   * @param pointer where the branch is written, in the client's locations
   */
  public record Branch(JsonNode value, String pointer) {}

  public static Choice fixed(Branch branch, Unknown whole) {
    return new Choice(null, branch, null, whole);
  }

  public JsonNode node() {
    return new ChoiceNode(this);
  }

  /** The choice a node stands for, or null. */
  public static Choice of(JsonNode node) {
    return node instanceof ChoiceNode c ? c.choice() : null;
  }

  /** The branch the condition's value picks. */
  public Branch branch(boolean value) {
    return condition == null || value ? whenTrue : whenFalse;
  }

  /** The tree node of a choice: an unknown value to whatever does not resolve it. */
  private static final class ChoiceNode extends UnknownNode {
    private static final long serialVersionUID = 1L;

    private final transient Choice choice;

    ChoiceNode(Choice choice) {
      super(choice.whole());
      this.choice = choice;
    }

    Choice choice() {
      return choice;
    }
  }
}
