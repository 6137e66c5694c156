package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.RuleMeta;

/**
 * A check of one app client. Implementations carry {@link RuleInfo} and report through the given
 * {@link Findings}; they must report nothing about values that are not known. Several files are
 * linted at once, so a rule must keep no state between calls (or be thread-safe).
 */
public interface Rule {

  void check(AppClient client, Findings findings);

  default RuleMeta meta() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
    String docs =
        info.docsUrl().isEmpty() ? RuleMeta.DOCS_BASE + info.id() + ".md" : info.docsUrl();
    return new RuleMeta(
        info.id(),
        info.name(),
        info.severity(),
        info.summary(),
        info.security(),
        docs,
        getClass().getClassLoader(),
        info.fix().length == 0 ? null : info.fix()[0]);
  }
}
