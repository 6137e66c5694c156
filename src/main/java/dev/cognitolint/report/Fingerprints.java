package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A finding's identity across runs, for SARIF, GitLab and JSON reports. */
final class Fingerprints {
  private Fingerprints() {}

  /**
   * File, logical location, rule and message (numbers masked, as some messages quote lines): what
   * a finding is, not where its line happens to be, so that it survives code moving.
   */
  static String of(Finding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(f.path(), f.location(), f.rule().id(), f.message().replaceAll("[0-9]+", "#"))) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
