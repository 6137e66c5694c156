package dev.cognitolint.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name to a misspelled one. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to the given text, if it is close enough to be a plausible slip: equal
   * but for case, one containing the other, or within a third of its length in edits.
   */
  public static Optional<String> closest(String text, Collection<String> candidates) {
    String lower = text.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      int d = c.equals(lower) ? 0 : distance(c, lower);
      if (!lower.isEmpty() && (c.startsWith(lower) || lower.startsWith(c))) d = Math.min(d, 1);
      if (d < bestDistance
          || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) return Optional.empty();
    return bestDistance <= Math.max(2, best.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
