package dev.cognitolint.lsp;

import dev.cognitolint.fix.FixApplier;
import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions of a document's findings: their fixes, all safe fixes at once, and suppressions.
 */
final class CodeActions {
  static final String FIX_ALL = CodeActionKind.SourceFixAll + ".cognito-lint";

  /** Selects the placeholder reason of an inserted suppression (arguments: uri, range). */
  static final String SELECT_REASON = "cognito-lint.selectReason";

  /**
   * @param versioned whether the client takes versioned document edits (so that an edit made for an
   *     older text is refused rather than applied in the wrong place)
   * @param selectsReason whether the client can be asked to select the reason (window/showDocument)
   */
  record Client(boolean versioned, boolean selectsReason) {}

  private final Client client;

  CodeActions(Client client) {
    this.client = client;
  }

  /** Actions for the findings whose range meets {@code range}, then fix-all when {@code fixAll}. */
  List<CodeAction> of(
      OpenDocument.Linted linted,
      String uri,
      String displayPath,
      Range range,
      boolean quickFixes,
      boolean fixAll) {
    List<CodeAction> actions = new ArrayList<>();
    if (quickFixes) {
      for (int i = 0; i < linted.findings().size(); i++) {
        Finding finding = linted.findings().get(i);
        var diagnostic = linted.diagnostics().get(i);
        if (!overlaps(diagnostic.getRange(), range)) continue;
        Fix fix = finding.fix();
        if (fix != null) {
          CodeAction action = new CodeAction(fix.description());
          action.setKind(CodeActionKind.QuickFix);
          action.setDiagnostics(List.of(diagnostic));
          action.setIsPreferred(fix.applicability() == Fix.Applicability.SAFE);
          action.setEdit(
              edit(
                  uri,
                  linted.version(),
                  fix.edits().stream().map(e -> textEdit(e, linted.index())).toList()));
          actions.add(action);
        }
        SuppressionEdit.of(finding, displayPath, linted.index())
            .ifPresent(
                suppression -> {
                  CodeAction action = new CodeAction("Suppress " + finding.rule().id() + " here");
                  action.setKind(CodeActionKind.QuickFix);
                  action.setDiagnostics(List.of(diagnostic));
                  action.setEdit(edit(uri, linted.version(), List.of(suppression.edit())));
                  if (client.selectsReason()) {
                    action.setCommand(
                        new Command(
                            "Type the reason", SELECT_REASON, List.of(uri, suppression.reason())));
                  }
                  actions.add(action);
                });
      }
    }
    if (fixAll) {
      List<TextEdit> edits = safeEdits(linted);
      if (!edits.isEmpty()) {
        CodeAction action = new CodeAction("Fix all safely fixable cognito-lint problems");
        action.setKind(FIX_ALL);
        action.setEdit(edit(uri, linted.version(), edits));
        actions.add(action);
      }
    }
    return actions;
  }

  /**
   * The edits of every safe fix, in text order; a fix that touches one before it is left for the
   * next round.
   */
  private static List<TextEdit> safeEdits(OpenDocument.Linted linted) {
    List<Finding> safe =
        linted.findings().stream()
            .filter(
                f ->
                    f.fix() != null
                        && f.fix().applicability() == Fix.Applicability.SAFE
                        && !f.fix().edits().isEmpty())
            .toList();
    return FixApplier.apart(safe).stream()
        .flatMap(f -> f.fix().edits().stream())
        .map(e -> textEdit(e, linted.index()))
        .toList();
  }

  private static TextEdit textEdit(Edit edit, LineIndex index) {
    return new TextEdit(index.range(edit.span()), edit.text());
  }

  private WorkspaceEdit edit(String uri, int version, List<TextEdit> edits) {
    if (!client.versioned()) return new WorkspaceEdit(Map.of(uri, edits));
    List<Either<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>> each =
        edits.stream().map(Either::<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>forLeft).toList();
    return new WorkspaceEdit(
        List.of(
            Either.forLeft(
                new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), each))));
  }

  /** Whether two ranges share a position (an empty range at a diagnostic's edge meets it). */
  private static boolean overlaps(Range a, Range b) {
    return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
  }

  private static boolean before(org.eclipse.lsp4j.Position p, org.eclipse.lsp4j.Position q) {
    return p.getLine() < q.getLine()
        || p.getLine() == q.getLine() && p.getCharacter() < q.getCharacter();
  }
}
