package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;

/**
 * A rule that can repair what it reports, as its {@link RuleInfo#fix()} declares. Kept apart from
 * {@link Rule#check}: the check says what is wrong, the fixer computes the edits (with {@link
 * dev.cognitolint.fix.Edits}) for the finding the check made at a pointer.
 */
public interface Fixer {

  /**
   * The fix for the finding reported at pointer ("" for one about the client as a whole), or null
   * where there is none: the value is not known there, or not written so that an edit is certain.
   */
  Fix fix(AppClient client, String pointer);
}
