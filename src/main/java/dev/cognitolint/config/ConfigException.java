package dev.cognitolint.config;

/** A configuration that cannot be used; the message names the file, line and column. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message, null, false, false);
  }
}
