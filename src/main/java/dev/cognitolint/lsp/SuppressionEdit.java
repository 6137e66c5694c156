package dev.cognitolint.lsp;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.suppress.SuppressionComments;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.HclReader;
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
 * the finding's line in YAML and Terraform, or at the end of that line where a line above would not
 * be a comment; an entry of the resource's {@code Metadata} in a CloudFormation template written in
 * JSON (which has no comments); none in other JSON, nor in a Jest snapshot (which the next test run
 * with -u rewrites).
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
        : comment(finding, displayPath, index);
  }

  private static boolean isJson(String displayPath, String text) {
    return Syntax.of(displayPath, text) != Syntax.HCL
        && (displayPath.endsWith(".json") || text.stripLeading().startsWith("{"));
  }

  /**
   * The directive on a line of its own above the finding's line, else at the end of that line: the
   * first that the reader then reads as a directive covering the finding and that leaves every
   * value as it was. A line that starts or ends inside a block scalar, a multi-line string or a
   * heredoc gets neither (the directive would be text of the value), nor does a document that does
   * not parse.
   */
  private static Optional<SuppressionEdit> comment(
      Finding finding, String displayPath, LineIndex index) {
    Optional<List<Document>> before = documents(displayPath, index.text());
    if (before.isEmpty()) return Optional.empty();
    int line = finding.span().line() - 1;
    String content = index.line(line);
    String indent = content.substring(0, content.length() - content.stripLeading().length());
    String directive = "# cognito-lint: disable=" + finding.rule().id() + " -- ";
    // Indent and directive are ASCII: as many code units as characters in every encoding.
    SuppressionEdit above =
        inserted(new Position(line, 0), indent + directive, REASON + index.lineEnd());
    if (isDirective(above, Suppression.Scope.NEXT_LINE, finding, displayPath, index, before.get()))
      return Optional.of(above);
    SuppressionEdit after =
        inserted(
            index.position(line + 1, content.codePointCount(0, content.length()) + 1),
            "  " + directive,
            REASON);
    return isDirective(after, Suppression.Scope.LINE, finding, displayPath, index, before.get())
        ? Optional.of(after)
        : Optional.empty();
  }

  /** The insertion of {@code text + rest} at {@code at}, with the reason at the end of text. */
  private static SuppressionEdit inserted(Position at, String text, String rest) {
    int reason = at.getCharacter() + text.length();
    return new SuppressionEdit(
        new TextEdit(new Range(at, at), text + rest),
        new Range(
            new Position(at.getLine(), reason),
            new Position(at.getLine(), reason + REASON.length())));
  }

  /**
   * Whether the text with the edit applied reads as the text without it, plus a directive of {@code
   * scope} for the finding's rule on the finding's line.
   */
  private static boolean isDirective(
      SuppressionEdit suppression,
      Suppression.Scope scope,
      Finding finding,
      String displayPath,
      LineIndex index,
      List<Document> before) {
    Position at = suppression.edit().getRange().getStart();
    int offset = index.offset(at);
    String text = index.text();
    String edited =
        text.substring(0, offset) + suppression.edit().getNewText() + text.substring(offset);
    List<Document> after = documents(displayPath, edited).orElse(List.of());
    if (after.size() != before.size()) return false;
    for (int i = 0; i < after.size(); i++) {
      if (!after.get(i).root().equals(before.get(i).root())
          || after.get(i).problems().size() != before.get(i).problems().size()) return false;
    }
    return after.stream()
        .flatMap(doc -> SuppressionComments.find(doc).stream())
        .anyMatch(
            s ->
                s.scope() == scope
                    && s.span().line() == at.getLine() + 1
                    && s.rules().contains(finding.rule().id()));
  }

  /** The documents of a text as the linter reads them, if it parses. */
  private static Optional<List<Document>> documents(String displayPath, String text) {
    SourceFile source = new SourceFile(displayPath, text);
    try {
      return Optional.of(
          Syntax.of(displayPath, text) == Syntax.HCL
              ? List.of(new HclReader(Limits.DEFAULT).read(source))
              : new YamlReader(Limits.DEFAULT).read(source));
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /**
   * Into the innermost of Metadata, Metadata/cognito-lint and Metadata/cognito-lint/ignore that the
   * resource has.
   */
  private static Optional<SuppressionEdit> inMetadata(
      Finding finding, String displayPath, LineIndex index) {
    List<Document> docs = documents(displayPath, index.text()).orElse(List.of());
    if (docs.size() != 1 || !docs.get(0).problems().isEmpty()) return Optional.empty();
    Document doc = docs.get(0);
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
