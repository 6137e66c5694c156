package dev.cognitolint.model;

/**
 * What every rule declares about itself.
 *
 * @param id stable id, never reused: CL + three digits for built-in rules
 * @param name kebab-case name
 * @param severity default severity
 * @param summary one sentence: what the rule asks for
 * @param security whether a violation weakens security (tagged so in SARIF)
 * @param docsUrl where its documentation is read online
 * @param loader the class loader whose {@code rules/<id>.md} resource is its documentation
 * @param fix how safe the fixes it offers are, or null when it offers none
 */
public record RuleMeta(
    String id,
    String name,
    Severity severity,
    String summary,
    boolean security,
    String docsUrl,
    ClassLoader loader,
    Fix.Applicability fix) {

  /** The docs of this version's tag, which match the installed rules (main's may have moved on). */
  public static final String DOCS_BASE =
      "https://github.com/cognito-lint/cognito-lint/blob/v" + BuildInfo.version() + "/rules/";

  /** A built-in rule: documented in this project's rules/ folder. */
  public RuleMeta(String id, String name, Severity severity, String summary, boolean security) {
    this(
        id,
        name,
        severity,
        summary,
        security,
        DOCS_BASE + id + ".md",
        RuleMeta.class.getClassLoader(),
        null);
  }

  public RuleMeta(
      String id,
      String name,
      Severity severity,
      String summary,
      boolean security,
      String docsUrl,
      ClassLoader loader) {
    this(id, name, severity, summary, security, docsUrl, loader, null);
  }

  public RuleMeta withFix(Fix.Applicability applicability) {
    return new RuleMeta(id, name, severity, summary, security, docsUrl, loader, applicability);
  }

  public boolean fixable() {
    return fix != null;
  }
}
