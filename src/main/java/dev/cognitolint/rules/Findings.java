package dev.cognitolint.rules;

import java.util.List;

/**
 * Where a rule reports. Pointers are relative to the client's settings ({@code /CallbackURLs/1});
 * messages start with the setting they are about and say what to write instead.
 */
public interface Findings {

  /** Another setting of the client that a finding concerns, and what it is to the finding. */
  record Related(String pointer, String message) {}

  /** A finding at the value of the setting. */
  default void at(String pointer, String message) {
    at(pointer, message, List.of());
  }

  /** A finding at the value of the setting that concerns the values of other settings too. */
  void at(String pointer, String message, List<Related> related);

  /** A finding at the setting's key (for a list, the line that names it). */
  void atKey(String pointer, String message);

  /** A finding about the client as a whole, at its resource name or document start. */
  void atClient(String message);
}
