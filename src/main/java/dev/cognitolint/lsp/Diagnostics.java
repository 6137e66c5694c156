package dev.cognitolint.lsp;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.Severity;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Findings as the protocol's diagnostics. */
final class Diagnostics {
  static final String SOURCE = "cognito-lint";

  private Diagnostics() {}

  /**
   * The findings that are not suppressed, in report order, in the document {@code uri}.
   *
   * @param related whether the client takes relatedInformation
   */
  static List<Diagnostic> of(List<Finding> findings, LineIndex index, String uri, boolean related) {
    return findings.stream()
        .filter(f -> !f.isSuppressed())
        .map(f -> of(f, index, uri, related))
        .toList();
  }

  private static Diagnostic of(Finding finding, LineIndex index, String uri, boolean related) {
    Diagnostic d =
        new Diagnostic(
            index.range(finding.span()),
            SafeText.visible(finding.message()),
            severity(finding.severity()),
            SOURCE,
            finding.rule().id());
    if (finding.rule().docsUrl() != null)
      d.setCodeDescription(new DiagnosticCodeDescription(finding.rule().docsUrl()));
    if (related && !finding.related().isEmpty()) {
      d.setRelatedInformation(
          finding.related().stream()
              .map(
                  r ->
                      new DiagnosticRelatedInformation(
                          new Location(uri, index.range(r.span())), SafeText.visible(r.message())))
              .toList());
    }
    return d;
  }

  /**
   * A diagnostic that is not a finding (a configuration that cannot be read, a lint that took too
   * long).
   */
  static Diagnostic problem(String rule, Position at, String message) {
    return new Diagnostic(
        new Range(at, at), SafeText.visible(message), DiagnosticSeverity.Error, SOURCE, rule);
  }

  private static DiagnosticSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case NOTE -> DiagnosticSeverity.Information;
    };
  }
}
