package dev.cognitolint.model;

import java.util.Set;

/**
 * A request, written in the linted file, to silence rules: a comment for its own line or the next
 * ({@code # cognito-lint: disable=CL201 -- reason}, {@code disable-next-line=}), a comment for the
 * whole file ({@code disable-file=}), or a CloudFormation resource's {@code Metadata: cognito-lint:
 * ignore}.
 *
 * @param scope what it covers
 * @param rules rule ids or names as written
 * @param reason the justification after "--", or "" when none was given
 * @param span where the suppression is written
 * @param resource for RESOURCE scope, the logical id of the resource
 */
public record Suppression(
    Scope scope, Set<String> rules, String reason, Span span, String resource) {

  /** LINE: the lines the comment is written on; NEXT_LINE: the line after the one it ends on. */
  public enum Scope {
    LINE,
    NEXT_LINE,
    FILE,
    RESOURCE
  }

  /** Whether this suppression covers the finding (whose rule is one of the ids given). */
  public boolean covers(Finding finding, Set<String> ruleIds) {
    if (!ruleIds.contains(finding.rule().id())) return false;
    int line = finding.span().line();
    return switch (scope) {
      case FILE -> true;
      case LINE -> line >= span.line() && line <= span.endLine();
      case NEXT_LINE -> line == span.endLine() + 1;
      case RESOURCE ->
          finding.location().equals(resource) || finding.location().startsWith(resource + "/");
    };
  }
}
