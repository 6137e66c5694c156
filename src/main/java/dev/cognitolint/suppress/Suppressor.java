package dev.cognitolint.suppress;

import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the findings that a file's suppressions cover, and reports suppressions without a reason
 * (CL006) and suppressions that cover nothing (CL007).
 */
public final class Suppressor {
  private final RuleSettings settings;

  public Suppressor(RuleSettings settings) {
    this.settings = settings;
  }

  public List<Finding> apply(String path, List<Finding> findings, List<Suppression> suppressions) {
    if (suppressions.isEmpty()) return findings;
    List<Set<String>> ids = new ArrayList<>();
    for (Suppression s : suppressions) ids.add(resolve(s.rules()));
    boolean[] used = new boolean[suppressions.size()];
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Finding result = f;
      for (int i = 0; i < suppressions.size(); i++) {
        if (suppressions.get(i).covers(f, ids.get(i))) {
          result = f.suppressedBecause(suppressions.get(i).reason());
          used[i] = true;
          break;
        }
      }
      out.add(result);
    }
    // A Metadata ignore in a Fn::ForEach body is a suppression for each resource the loop
    // generates, all written at one place: they are reported as one.
    Set<Span> usedAt = new HashSet<>();
    for (int i = 0; i < suppressions.size(); i++) {
      if (used[i]) usedAt.add(suppressions.get(i).span());
    }
    Set<Span> reportedAt = new HashSet<>();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      if (!reportedAt.add(s.span())) continue;
      String what = String.join(", ", s.rules());
      if (s.reason().isBlank()) {
        out.add(
            meta(
                SuppressionRule.NO_REASON,
                "suppression of " + what + " gives no reason; add one after '--'",
                path,
                s));
      }
      if (!usedAt.contains(s.span()) && ids.get(i).stream().anyMatch(settings::enabled)) {
        out.add(
            meta(
                SuppressionRule.UNUSED,
                "suppression of " + what + " silences nothing here; remove it",
                path,
                s));
      }
    }
    return out;
  }

  private Set<String> resolve(Set<String> rules) {
    Set<String> out = new LinkedHashSet<>();
    for (String rule : rules) {
      try {
        out.add(settings.resolve(rule));
      } catch (ConfigException e) {
        out.add(rule); // an unknown rule matches nothing, and so is reported as unused
      }
    }
    return new HashSet<>(out);
  }

  private static Finding meta(SuppressionRule rule, String message, String path, Suppression s) {
    RuleMeta meta = rule.meta();
    return new Finding(
        meta,
        meta.severity(),
        message,
        path,
        s.span(),
        s.resource() == null ? "" : s.resource(),
        null);
  }
}
