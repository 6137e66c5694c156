package dev.cognitolint.lsp;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.Syntax;
import dev.cognitolint.syntax.YamlReader;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import tools.jackson.databind.JsonNode;

/**
 * The edit of "Suppress CLnnn here": a {@code # cognito-lint: disable=CLnnn -- reason} line above
 * the finding's line in YAML and Terraform, an entry of the resource's {@code Metadata} in a
 * CloudFormation template written in JSON (which has no comments); none in other JSON, nor in a
 * Jest snapshot (which the next test run with -u rewrites).
 *
 * @param edit the insertion
 * @param reason where the placeholder reason stands once the edit is applied, for the editor to
 *     select
 */
record SuppressionEdit(TextEdit edit, Range reason) {
  static final String REASON = "reason";

  /** The edit for a finding of the document, if its syntax has a place for a suppression. */
  static Optional<SuppressionEdit> of(Finding finding, String displayPath, LineIndex index) {
    if (Syntax.of(displayPath, index.text()) == Syntax.JEST_SNAPSHOT) return Optional.empty();
    return isJson(displayPath, index.text())
        ? inMetadata(finding, displayPath, index)
        : Optional.of(comment(finding, index));
  }

  private static boolean isJson(String displayPath, String text) {
    return Syntax.of(displayPath, text) != Syntax.HCL
        && (displayPath.endsWith(".json") || text.stripLeading().startsWith("{"));
  }

  private static SuppressionEdit comment(Finding finding, LineIndex index) {
    int line = finding.span().line() - 1;
    String content = index.line(line);
    String indent = content.substring(0, content.length() - content.stripLeading().length());
    String directive = indent + "# cognito-lint: disable=" + finding.rule().id() + " -- ";
    Position at = new Position(line, 0);
    // Indent and directive are ASCII: as many code units as characters in every encoding.
    Range reason =
        new Range(
            new Position(line, directive.length()),
            new Position(line, directive.length() + REASON.length()));
    return new SuppressionEdit(
        new TextEdit(new Range(at, at), directive + REASON + index.lineEnd()), reason);
  }

  /**
   * Into the innermost of Metadata, Metadata/cognito-lint and Metadata/cognito-lint/ignore that the
   * resource has.
   */
  private static Optional<SuppressionEdit> inMetadata(
      Finding finding, String displayPath, LineIndex index) {
    Document doc;
    try {
      List<Document> docs =
          new YamlReader(Limits.DEFAULT).read(new SourceFile(displayPath, index.text()));
      if (docs.size() != 1 || !docs.get(0).problems().isEmpty()) return Optional.empty();
      doc = docs.get(0);
    } catch (InputException e) {
      return Optional.empty();
    }
    String resource = finding.location().split("/", 2)[0];
    String base = Pointers.append("/Resources", resource);
    JsonNode node = doc.root().at(base);
    if (!node.isObject() || !node.path("Type").isString()) return Optional.empty();
    String entry = "{\"id\": \"" + finding.rule().id() + "\", \"reason\": \"" + REASON + "\"}";
    String inside;
    String target;
    JsonNode metadata = node.path("Metadata");
    JsonNode ours = metadata.path("cognito-lint");
    if (ours.path("ignore").isArray()) {
      target = base + "/Metadata/cognito-lint/ignore";
      inside = entry + (ours.path("ignore").isEmpty() ? "" : ", ");
    } else if (ours.isObject()) {
      target = base + "/Metadata/cognito-lint";
      inside = "\"ignore\": [" + entry + "]" + (ours.isEmpty() ? "" : ", ");
    } else if (metadata.isObject()) {
      target = base + "/Metadata";
      inside = "\"cognito-lint\": {\"ignore\": [" + entry + "]}" + (metadata.isEmpty() ? "" : ", ");
    } else if (metadata.isMissingNode()) {
      target = base;
      inside = "\"Metadata\": {\"cognito-lint\": {\"ignore\": [" + entry + "]}}, ";
    } else {
      return Optional.empty();
    }
    Span open = doc.locations().value(target);
    // Just after the object's '{' or the list's '['.
    Position at = index.position(open.line(), open.column() + 1);
    int reasonStart =
        at.getCharacter() + inside.indexOf("\"reason\": \"") + "\"reason\": \"".length();
    Range reason =
        new Range(
            new Position(at.getLine(), reasonStart),
            new Position(at.getLine(), reasonStart + REASON.length()));
    return Optional.of(new SuppressionEdit(new TextEdit(new Range(at, at), inside), reason));
  }
}
