package dev.cognitolint.fix;

import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of one pass to a text: in the order of their first edit, each fix whose edits
 * touch none of an earlier accepted fix's (overlap or adjoin) is applied whole; the others wait for
 * the next pass, when the rules compute them again on the new text (or find nothing to fix).
 */
public final class FixApplier {
  private FixApplier() {}

  /** The text with the fixes applied, and the findings whose fixes were. */
  public record Applied(String text, List<Finding> fixed) {}

  public static Applied apply(String text, List<Finding> findings) {
    List<Finding> fixed = apart(findings);
    return new Applied(
        applyEdits(text, fixed.stream().flatMap(f -> f.fix().edits().stream()).toList()), fixed);
  }

  /**
   * The findings whose fixes can be applied together in one pass, in text order: a fix that touches
   * one accepted before it waits for the next pass ({@code --fix} and the editor's fix-all).
   */
  public static List<Finding> apart(List<Finding> findings) {
    List<Finding> candidates = new ArrayList<>(findings);
    candidates.sort(
        Comparator.comparingInt((Finding f) -> f.fix().edits().get(0).offset())
            .thenComparing(Finding.ORDER));
    List<Edit> accepted = new ArrayList<>();
    List<Finding> fixed = new ArrayList<>();
    for (Finding finding : candidates) {
      List<Edit> edits = finding.fix().edits();
      if (edits.stream().anyMatch(e -> accepted.stream().anyMatch(a -> touch(a, e)))) continue;
      accepted.addAll(edits);
      fixed.add(finding);
    }
    return fixed;
  }

  /** Whether the fix can be applied: it has edits, in order and apart. */
  public static boolean isApplicable(Fix fix) {
    List<Edit> edits = fix.edits();
    if (edits.isEmpty()) return false;
    for (int i = 1; i < edits.size(); i++) {
      Edit previous = edits.get(i - 1);
      if (edits.get(i).offset() < previous.offset() + previous.length()
          || edits.get(i).offset() == previous.offset()) return false;
    }
    return true;
  }

  /**
   * Overlapping or adjacent: an insertion right after a replaced item is as likely to clash with it
   * (a duplicate), so the later fix waits for the next pass (the editor's fix-all applies the same
   * rule).
   */
  private static boolean touch(Edit a, Edit b) {
    return a.offset() <= b.offset() + b.length() && b.offset() <= a.offset() + a.length();
  }

  /** Applies edits that do not overlap, in one walk over the text (offsets are in code points). */
  static String applyEdits(String text, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::offset));
    StringBuilder out = new StringBuilder(text.length() + 64);
    int charIndex = 0;
    int codePoint = 0;
    for (Edit edit : sorted) {
      int start = advance(text, charIndex, edit.offset() - codePoint);
      out.append(text, charIndex, start);
      int end = advance(text, start, edit.length());
      out.append(edit.text());
      charIndex = end;
      codePoint = edit.offset() + edit.length();
    }
    out.append(text, charIndex, text.length());
    return out.toString();
  }

  private static int advance(String text, int from, int codePoints) {
    int i = from;
    for (int n = 0; n < codePoints && i < text.length(); n++)
      i += Character.charCount(text.codePointAt(i));
    return i;
  }
}
