package dev.cognitolint.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What a finding is about, for baselines and fingerprints: where, without list positions, and the
 * value found there. Inserting a URL at the front of {@code CallbackURLs} changes no subject;
 * replacing a baselined {@code http://} URL by another one does.
 *
 * @param location the logical location with each list index written {@code *}, e.g. {@code
 *     WebClient/CallbackURLs/*}, and a client that is a list item named by its ClientName
 * @param value the normalised scalar value at the location; "" for a whole list or object, or a
 *     setting that is not there
 */
public record Subject(String location, String value) {

  private static final Pattern LIST_ITEM = Pattern.compile("(.*)\\[[0-9]+\\]");

  /** The subject of a finding at pointer in a client's settings. */
  public static Subject of(AppClient client, String pointer) {
    StringBuilder location = new StringBuilder(name(client));
    JsonNode node = client.settings();
    for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      boolean item = node != null && node.isArray();
      location.append('/').append(item ? "*" : token);
      if (node == null) continue;
      node = item ? arrayItem(node, token) : node.get(token.replace("~1", "/").replace("~0", "~"));
    }
    return new Subject(location.toString(), normalised(node));
  }

  /**
   * A client named by its position in a list (a Terraform module's {@code clients[1]}, a plan's
   * {@code count} index) is named by its ClientName instead where that is known, so that a client
   * inserted before it changes nothing of its subjects.
   */
  private static String name(AppClient client) {
    Matcher item = LIST_ITEM.matcher(client.name());
    String clientName = Values.string(client.get(Member.CLIENT_NAME)).orElse(null);
    return item.matches() && clientName != null
        ? item.group(1) + "[" + clientName + "]"
        : client.name();
  }

  private static JsonNode arrayItem(JsonNode array, String token) {
    try {
      return array.get(Integer.parseInt(token));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A scalar as text that does not depend on how it was written: numbers as the tree holds them (so
   * {@code 60} and {@code 60.0} agree), a string as it is, and an unknown value as the string it
   * makes known (holes shown by their expressions) or else its source, white space collapsed (a
   * reflowed Terraform expression is the same expression). An unknown value known by no more than
   * its function ({@code !If}, {@code !Select}) is only that: such entries are told apart by their
   * count.
   */
  static String normalised(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isContainer()) return "";
    Unknown unknown = Values.asUnknown(node);
    if (unknown != null) {
      String text = unknown.template() != null ? unknown.template().display() : unknown.source();
      return text.strip().replaceAll("\\s+", " ");
    }
    return node.isString() ? node.stringValue() : node.toString();
  }
}
