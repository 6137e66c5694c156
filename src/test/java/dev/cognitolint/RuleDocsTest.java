package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.report.RuleDocs;
import dev.cognitolint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule has its doc in rules/, every doc its rule, and ids and names are well formed. */
class RuleDocsTest {
  private static final Path DOCS = Path.of("rules");
  private static final List<RuleMeta> RULES = BuiltinRules.all(BuiltinRules.checks());

  @Test
  void docsAndRulesMatch() throws IOException {
    Set<String> ids =
        RULES.stream().map(RuleMeta::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> docs;
    try (Stream<Path> files = Files.list(DOCS)) {
      docs =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .map(n -> n.substring(0, n.length() - 3))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> undocumented = new TreeSet<>(ids);
    undocumented.removeAll(docs);
    Set<String> orphaned = new TreeSet<>(docs);
    orphaned.removeAll(ids);
    assertTrue(undocumented.isEmpty(), "rules without rules/<id>.md: " + undocumented);
    assertTrue(orphaned.isEmpty(), "docs without a rule: " + orphaned);
  }

  @Test
  void docsFollowTheTemplate() throws IOException {
    List<String> problems = new ArrayList<>();
    for (RuleMeta rule : RULES) {
      Path doc = DOCS.resolve(rule.id() + ".md");
      if (!Files.exists(doc)) continue;
      String text = Files.readString(doc);
      if (!text.startsWith("# " + rule.id() + " " + rule.name() + "\n"))
        problems.add(rule.id() + ": title must be '# " + rule.id() + " " + rule.name() + "'");
      if (!text.contains(rule.summary())) problems.add(rule.id() + ": does not state the summary");
      if (!text.contains("| " + rule.severity().label() + " |"))
        problems.add(rule.id() + ": severity row is not '" + rule.severity().label() + "'");
      for (String section : List.of("## Why it matters", "## Bad", "## Good", "## References")) {
        if (!text.contains("\n" + section + "\n")) problems.add(rule.id() + ": lacks " + section);
      }
      if (RuleDocs.rationale(text).isEmpty())
        problems.add(rule.id() + ": 'Why it matters' has no paragraph");
      if (!text.contains("\nFix: " + fixLabel(rule)))
        problems.add(rule.id() + ": its Fix line must start 'Fix: " + fixLabel(rule) + "'");
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new TreeSet<>();
    for (RuleMeta rule : RULES) {
      assertTrue(rule.id().matches("CL\\d{3}"), rule.id());
      assertTrue(rule.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.name());
      assertTrue(seen.add(rule.id()), "duplicate id " + rule.id());
    }
    assertEquals(
        seen.size(), RULES.stream().map(RuleMeta::name).distinct().count(), "duplicate rule names");
  }

  /** What a rule's Fix line and the index say of its fixes: safe, unsafe or none. */
  private static String fixLabel(RuleMeta rule) {
    return rule.fixable() ? rule.fix().name().toLowerCase(java.util.Locale.ROOT) : "none";
  }

  /**
   * docs/rules.md is the registry as a table; after adding a rule: mvn verify -Drules.update=true.
   */
  @Test
  void rulesIndexIsCurrent() throws IOException {
    StringBuilder md =
        new StringBuilder(
            "# Rules\n\nGenerated from the rule registry by `RuleDocsTest`; do not edit by hand.\n\n"
                + "| id | name | severity | fix | summary |\n|---|---|---|---|---|\n");
    for (RuleMeta rule : RULES) {
      md.append("| [")
          .append(rule.id())
          .append("](../rules/")
          .append(rule.id())
          .append(".md) | ")
          .append(rule.name())
          .append(" | ")
          .append(rule.severity().label())
          .append(rule.security() ? " (security)" : "")
          .append(" | ")
          .append(rule.fixable() ? fixLabel(rule) : "")
          .append(" | ")
          .append(rule.summary().replace("|", "\\|"))
          .append(" |\n");
    }
    Path index = Path.of("docs/rules.md");
    if (Boolean.getBoolean("rules.update")) {
      Files.createDirectories(index.getParent());
      Files.writeString(index, md.toString());
    }
    assertEquals(
        md.toString(),
        Files.exists(index) ? Files.readString(index) : "",
        "docs/rules.md is stale; run mvn verify -Drules.update=true");
  }
}
