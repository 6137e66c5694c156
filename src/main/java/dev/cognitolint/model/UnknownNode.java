package dev.cognitolint.model;

import tools.jackson.databind.node.POJONode;

/**
 * The JSON tree node of an {@link Unknown} value. Schema validators that coerce values to text get
 * the expression's source; whatever they report at this node is dropped.
 */
class UnknownNode extends POJONode {
  private static final long serialVersionUID = 1L;

  UnknownNode(Unknown value) {
    super(value);
  }

  Unknown unknown() {
    return (Unknown) getPojo();
  }

  @Override
  public String asString() {
    return unknown().source();
  }

  @Override
  public String asString(String defaultValue) {
    return unknown().source();
  }
}
