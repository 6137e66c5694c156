package dev.cognitolint.model;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One app client configuration, whatever it was written in: its settings under the API member names
 * (CallbackURLs, TokenValidityUnits.AccessToken, ...) with unknown values as {@link Unknown} nodes,
 * and where each setting stands in the file.
 *
 * @param source the file it was read from
 * @param kind what kind of document defined it
 * @param name its logical name: the resource's logical id, or the request kind
 * @param settings the settings, keyed by API member names
 * @param locations spans of the settings, by pointers relative to {@code settings}
 * @param anchor where findings about the client as a whole are reported
 * @param names how the file names the members and list items, for messages
 */
public record AppClient(
    SourceFile source,
    ClientKind kind,
    String name,
    ObjectNode settings,
    Locations locations,
    Span anchor,
    Names names) {

  /** A client whose file names its members as the API does. */
  public AppClient(
      SourceFile source,
      ClientKind kind,
      String name,
      ObjectNode settings,
      Locations locations,
      Span anchor) {
    this(source, kind, name, settings, locations, anchor, Names.API);
  }

  /** The member's value, or null when the client does not set it. */
  public JsonNode get(String member) {
    return settings.get(member);
  }

  public boolean has(String member) {
    return settings.has(member);
  }

  /** The value of a member of the client itself, or null when the client does not set it. */
  public JsonNode get(Member member) {
    return settings.get(member.apiName());
  }

  public boolean has(Member member) {
    return settings.has(member.apiName());
  }
}
