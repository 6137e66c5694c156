package dev.cognitolint.syntax;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems a reader finds in one document, within the findings a file reports ({@link
 * Limits#MAX_FINDINGS_PER_FILE}): 10^6 duplicate keys must not fill the memory with their messages.
 * Past the cap the rest are counted, and the last place says how many.
 */
final class Problems {
  private final List<Document.Problem> kept = new ArrayList<>();
  private Document.Problem firstDropped;
  private long dropped;

  void add(Document.Problem problem) {
    if (kept.size() < Limits.MAX_FINDINGS_PER_FILE - 1) {
      kept.add(problem);
      return;
    }
    if (firstDropped == null) firstDropped = problem;
    dropped++;
  }

  /**
   * The problems kept and, if some were not, one CL004 problem saying how many, where the first
   * was.
   */
  List<Document.Problem> list() {
    if (dropped == 0) return kept;
    List<Document.Problem> out = new ArrayList<>(kept);
    out.add(
        new Document.Problem(
            InputRule.INPUT_LIMIT,
            String.format(
                Locale.ROOT,
                "%,d more problems of this document"
                    + " (the first: %s) are not reported: a file reports at most %,d findings",
                dropped,
                firstDropped.rule().meta().id(),
                Limits.MAX_FINDINGS_PER_FILE),
            firstDropped.span(),
            firstDropped.pointer()));
    return out;
  }
}
