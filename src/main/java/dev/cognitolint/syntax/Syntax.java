package dev.cognitolint.syntax;

import java.util.regex.Pattern;

/**
 * Which reader a text needs: HCL for Terraform configurations, Jest's snapshot files for
 * themselves, YAML (JSON included) for the rest.
 */
public enum Syntax {
  HCL,
  JEST_SNAPSHOT,
  YAML;

  /** The first line Jest writes in a snapshot file. */
  private static final String JEST_HEADER = "// Jest Snapshot v";

  /** A block header ({@code resource "aws_x" "y" {}) or an attribute ({@code name = ...}) starts the line. */
  private static final Pattern HCL_START =
      Pattern.compile(
          "[A-Za-z_][\\w-]*(?:\\s+(?:\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z_][\\w-]*))*\\s*(?:\\{|=(?!=))");

  /** A Terraform or OpenTofu configuration in JSON syntax, by its name. */
  public static boolean isTerraformJson(String path) {
    return path.endsWith(".tf.json") || path.endsWith(".tofu.json");
  }

  /**
   * @param path the path shown: {@code *.tf} and OpenTofu's {@code *.tofu} are HCL, {@code
   *     *.tf.json}, {@code *.tofu.json} and anything else YAML, {@code *.snap} a Jest snapshot; for
   *     "-" (standard input without --stdin-filename) the first line that is not blank decides:
   *     Jest's header is a snapshot, and after comments a block header or attribute is HCL (YAML
   *     and JSON never start so)
   */
  public static Syntax of(String path, String text) {
    if (!path.equals("-")) {
      if (JestSnapshotReader.applies(path)) return JEST_SNAPSHOT;
      return path.endsWith(".tf") || path.endsWith(".tofu") ? HCL : YAML;
    }
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      String line = text.substring(start, end).strip();
      if (line.startsWith(JEST_HEADER)) return JEST_SNAPSHOT;
      if (line.startsWith("/*") || line.startsWith("//")) return HCL;
      if (!line.isEmpty() && !line.startsWith("#"))
        return HCL_START.matcher(line).lookingAt() ? HCL : YAML;
      start = end + 1;
    }
    return YAML;
  }
}
