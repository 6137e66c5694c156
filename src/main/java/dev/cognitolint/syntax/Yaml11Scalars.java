package dev.cognitolint.syntax;

import dev.cognitolint.model.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Plain scalars as YAML 1.1 reads them, which CloudFormation does (AWS CloudFormation User Guide,
 * "Template formats"): {@code yes}/{@code no}/{@code on}/{@code off} are booleans, {@code 0755} is
 * octal, {@code 1_000}, {@code 0b101} and {@code 1:30} (base 60) are integers, and {@code 0o17},
 * which YAML 1.2 reads as octal, is a string. The patterns are PyYAML's and SnakeYAML's, which
 * leave out the spec's {@code y} and {@code n}.
 */
final class Yaml11Scalars {
  private Yaml11Scalars() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern BOOL =
      Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

  /** Longer plain scalars are names and URLs, never numbers worth reading twice. */
  private static final int MAX_LENGTH = 40;

  /**
   * The YAML 1.1 value of a plain scalar whose YAML 1.2 value is given, or null when the two agree.
   */
  static JsonNode ifDifferent(String text, JsonNode yaml12) {
    if (text.length() > MAX_LENGTH
        || !text.isEmpty() && "0123456789+-.yYnNoOtTfF~".indexOf(text.charAt(0)) < 0) return null;
    try {
      JsonNode yaml11 = value(text);
      return yaml11.equals(yaml12) ? null : yaml11;
    } catch (NumberFormatException e) {
      return null; // a form no parser reads as a number (1.e+3): both read it as text
    }
  }

  private static JsonNode value(String text) {
    if (NULL.matcher(text).matches()) return NODES.nullNode();
    if (BOOL.matcher(text).matches()) {
      char c = Character.toLowerCase(text.charAt(0));
      return NODES.booleanNode(c == 'y' || c == 't' || text.equalsIgnoreCase("on"));
    }
    if (INT.matcher(text).matches()) return integer(text.replace("_", ""));
    if (FLOAT.matcher(text).matches()) return floating(text.replace("_", ""));
    return NODES.stringNode(text);
  }

  private static JsonNode integer(String text) {
    boolean negative = text.startsWith("-");
    String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (t.startsWith("0b")) value = new BigInteger(t.substring(2), 2);
    else if (t.startsWith("0x")) value = new BigInteger(t.substring(2), 16);
    else if (t.contains(":")) value = sexagesimal(t).toBigInteger();
    else if (t.length() > 1 && t.startsWith("0")) value = new BigInteger(t.substring(1), 8);
    else value = new BigInteger(t);
    return Values.integer(negative ? value.negate() : value);
  }

  private static JsonNode floating(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith(".inf"))
      return NODES.numberNode(
          t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    if (t.equals(".nan")) return NODES.numberNode(Double.NaN);
    boolean negative = t.startsWith("-");
    String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    BigDecimal value =
        unsigned.contains(":")
            ? sexagesimal(unsigned)
            : new BigDecimal(unsigned.endsWith(".") ? unsigned + "0" : unsigned);
    return Values.number(negative ? value.negate() : value);
  }

  /** 1:30 is 90, 1:30.5 is 90.5: each part counts 60 of the next. */
  private static BigDecimal sexagesimal(String text) {
    BigDecimal value = BigDecimal.ZERO;
    for (String part : text.split(":"))
      value =
          value
              .multiply(BigDecimal.valueOf(60))
              .add(new BigDecimal(part.endsWith(".") ? part + "0" : part));
    return value;
  }
}
