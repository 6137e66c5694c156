package dev.cognitolint.model;

import java.util.Map;

/**
 * Where the values of one of a client's {@link Scenarios} are written, where that is not where the
 * client's own pointers say: at the branch a {@link Choice} took, or (for a list item after removed
 * ones) at the item's place in the written list. Pointers on both sides are relative to the
 * client's settings.
 */
public final class Redirects {
  public static final Redirects NONE = new Redirects(Map.of(), Map.of());

  private final Map<String, String> targets;
  private final Map<String, int[]> positions;

  /**
   * @param targets the pointer each value and what is below it is written at, by pointer
   * @param positions for each list that lost items, the written index of each item it kept
   */
  public Redirects(Map<String, String> targets, Map<String, int[]> positions) {
    this.targets = Map.copyOf(targets);
    this.positions = Map.copyOf(positions);
  }

  public boolean isEmpty() {
    return targets.isEmpty();
  }

  /** Where the value at pointer is written: below its nearest redirected ancestor's target. */
  public String written(String pointer) {
    if (targets.isEmpty()) return pointer;
    for (String p = pointer; ; p = Pointers.parent(p)) {
      String target = targets.get(p);
      if (target != null) return target + pointer.substring(p.length());
      if (p.isEmpty()) return pointer;
    }
  }

  /** The index the item at index of the list at pointer is written at in its written list. */
  public int writtenIndex(String list, int index) {
    int[] written = positions.get(list);
    return written != null && index < written.length ? written[index] : index;
  }
}
