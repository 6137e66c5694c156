package dev.cognitolint.report;

import dev.cognitolint.model.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The rule docs ({@code rules/CLnnn.md}), which the jar carries for SARIF's rule help. */
public final class RuleDocs {
  private RuleDocs() {}

  /** The rule's doc, from the jar that holds the rule (plugins carry their own). */
  public static Optional<String> markdown(RuleMeta rule) {
    try (InputStream in = rule.loader().getResourceAsStream("rules/" + rule.id() + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The first paragraph of the doc's "Why it matters" section, as plain text. */
  public static Optional<String> rationale(String markdown) {
    int section = markdown.indexOf("\n## Why it matters");
    if (section < 0) return Optional.empty();
    String rest = markdown.substring(markdown.indexOf('\n', section + 1) + 1).strip();
    int end = rest.indexOf("\n\n");
    String paragraph = (end < 0 ? rest : rest.substring(0, end)).replace('\n', ' ').strip();
    return paragraph.isEmpty() || paragraph.startsWith("#")
        ? Optional.empty()
        : Optional.of(paragraph);
  }
}
