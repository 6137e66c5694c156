package dev.cognitolint.files;

/**
 * Bounds that keep one hostile or broken file from exhausting time or memory.
 *
 * @param maxFileBytes larger files are not read (CloudFormation's own limit is 1 MB)
 * @param maxDepth deeper nesting is not read (real templates stay below 30)
 * @param maxAliasNodes how many nodes YAML aliases may expand to in one document (alias bombs)
 */
public record Limits(long maxFileBytes, int maxDepth, long maxAliasNodes) {
  public static final Limits DEFAULT = new Limits(32L << 20, 500, 1_000_000);

  /**
   * How many findings one file reports at most (the rest are counted, and a CL004 says how many).
   */
  public static final int MAX_FINDINGS_PER_FILE = 20_000;
}
