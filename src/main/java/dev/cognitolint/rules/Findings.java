package dev.cognitolint.rules;

/**
 * Where a rule reports. Pointers are relative to the client's settings ({@code /CallbackURLs/1});
 * messages start with the setting they are about and say what to write instead.
 */
public interface Findings {

  /** A finding at the value of the setting. */
  void at(String pointer, String message);

  /** A finding at the setting's key (for a list, the line that names it). */
  void atKey(String pointer, String message);

  /** A finding about the client as a whole, at its resource name or document start. */
  void atClient(String message);
}
