package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SafeText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A finding's identity across runs, for SARIF, GitLab and JSON reports. */
final class Fingerprints {
  private Fingerprints() {}

  /** The key of SARIF's partialFingerprints: a new name whenever what goes into it changes. */
  static final String SARIF_KEY = "cognitoLint/v2";

  /**
   * File, rule, subject (logical location without list positions, and the value) and message
   * (numbers masked, as some messages quote lines or list positions): what a finding is, not where
   * its line or list item happens to be, so that it survives code moving and lists being reordered.
   */
  static String of(Finding f) {
    String message = f.message().replaceAll("[0-9]+", "#");
    return sha256(
            String.join(
                "\u0000",
                f.path(),
                f.subject().location(),
                f.rule().id(),
                f.subject().value(),
                message))
        .substring(0, 32);
  }

  /** The SHA-256 of the text's UTF-8 (lone surrogates as U+FFFD), in hex. */
  static String sha256(String text) {
    try {
      byte[] bytes = SafeText.wellFormed(text).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
