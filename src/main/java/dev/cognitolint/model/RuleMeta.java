package dev.cognitolint.model;

/**
 * What every rule declares about itself.
 *
 * @param id       stable id, never reused: CL + three digits
 * @param name     kebab-case name
 * @param severity default severity
 * @param summary  one sentence: what the rule asks for
 * @param security whether a violation weakens security (tagged so in SARIF)
 */
public record RuleMeta(String id, String name, Severity severity, String summary, boolean security) {

  public static final String DOCS_BASE = "https://github.com/cognito-lint/cognito-lint/blob/main/rules/";

  public String docsUrl() {
    return DOCS_BASE + id + ".md";
  }
}
