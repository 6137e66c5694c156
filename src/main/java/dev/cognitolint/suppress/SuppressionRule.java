package dev.cognitolint.suppress;

import dev.cognitolint.model.Fix;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;

/** The rules about suppressions themselves. */
public enum SuppressionRule {
  NO_REASON(
      "CL006",
      "suppression-without-reason",
      Severity.WARNING,
      "A suppression must say why, after \"--\" (or in the reason of a Metadata ignore entry)."),
  UNUSED(
      "CL007",
      "unused-suppression",
      Severity.NOTE,
      "A suppression that silences nothing should be removed.");

  private final RuleMeta meta;

  SuppressionRule(String id, String name, Severity severity, String summary) {
    RuleMeta meta = new RuleMeta(id, name, severity, summary, false);
    // UnusedSuppressions removes the comment of an unused one.
    this.meta = id.equals("CL007") ? meta.withFix(Fix.Applicability.SAFE) : meta;
  }

  public RuleMeta meta() {
    return meta;
  }
}
