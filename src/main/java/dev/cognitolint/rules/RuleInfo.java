package dev.cognitolint.rules;

import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, on its class. The rule's doc is {@code rules/<id>.md}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable id, never reused: CL + three digits, grouped by area. */
  String id();

  /** Kebab-case name. */
  String name();

  /** Default severity: ERROR for what Cognito rejects, WARNING for risky, NOTE for advice. */
  Severity severity();

  /** One sentence: what the rule asks for. */
  String summary();

  /** Whether breaking the rule weakens security (tagged so in SARIF). */
  boolean security() default false;

  /**
   * The input kinds the rule can report in. Each built-in rule has a good and a bad fixture of each
   * ({@code FixtureTest}); the linter still runs every rule on every app client.
   */
  InputKind[] inputs() default {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM};

  /**
   * How safe the fixes the rule offers are (the rule then implements {@link Fixer}); none when
   * empty. A rule offers fixes of one applicability only.
   */
  Fix.Applicability[] fix() default {};

  /** For plugin rules: the URL of the rule's documentation (built-in rules link rules/<id>.md). */
  String docsUrl() default "";
}
