package dev.cognitolint.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reading values that may be unknown. Every accessor answers only what is known: an intrinsic
 * function, an expression or a placeholder yields empty, never a guess.
 */
public final class Values {
  private Values() {}

  public static JsonNode unknown(Unknown value) {
    return new UnknownNode(value);
  }

  /**
   * Integers longer than this are kept as infinities: no setting is near them, and parsing them
   * costs.
   */
  public static final int MAX_INTEGER_DIGITS = 400;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A number as the trees hold it: a long when it fits, an exact integer when it is whole (up to
   * {@link #MAX_INTEGER_DIGITS} digits), else a double, ±Infinity past its range. A whole number
   * never stays a double beyond the long range, where the schema validator's asLong() fails.
   */
  public static JsonNode number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS) {
      return integer(stripped.toBigIntegerExact());
    }
    double d = value.doubleValue();
    return stripped.scale() <= 0
        ? NODES.numberNode(d > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
        : NODES.numberNode(d);
  }

  public static JsonNode integer(BigInteger value) {
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  public static boolean isUnknown(JsonNode node) {
    return node instanceof UnknownNode;
  }

  public static Unknown asUnknown(JsonNode node) {
    return node instanceof UnknownNode u ? u.unknown() : null;
  }

  /** The fully known string value. */
  public static Optional<String> string(JsonNode node) {
    return node != null && node.isString() ? Optional.of(node.stringValue()) : Optional.empty();
  }

  /** What is known of a string value: all of it, a template with holes, or nothing. */
  public static Optional<Template> text(JsonNode node) {
    if (node == null) return Optional.empty();
    if (node.isString()) return Optional.of(Template.literal(node.stringValue()));
    Unknown unknown = asUnknown(node);
    return unknown != null ? Optional.ofNullable(unknown.template()) : Optional.empty();
  }

  public static Optional<Boolean> bool(JsonNode node) {
    return node != null && node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
  }

  public static OptionalLong integer(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToLong()
        ? OptionalLong.of(node.longValue())
        : OptionalLong.empty();
  }

  /** A list item: its index in the list and its node. */
  public record Item(int index, JsonNode node) {}

  /** The items of a list; empty when the node is not a known list. */
  public static List<Item> items(JsonNode node) {
    List<Item> items = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) items.add(new Item(i, node.get(i)));
    }
    return items;
  }

  /** The fully known string items of a list, skipping unknown ones. */
  public static List<String> knownStrings(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Item item : items(node)) string(item.node()).ifPresent(out::add);
    return out;
  }

  /**
   * Whether the node is a list whose every item is a known string: only then can a rule say that
   * something is absent from it ({@code !If} items may be there or not).
   */
  public static boolean isFullyKnownStringList(JsonNode node) {
    if (node == null || !node.isArray()) return false;
    for (JsonNode item : node) {
      if (!item.isString()) return false;
    }
    return true;
  }
}
