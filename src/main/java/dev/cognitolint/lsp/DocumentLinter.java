package dev.cognitolint.lsp;

import dev.cognitolint.Linter;
import java.nio.file.Path;

/** Lints the text of one open document, as the command line would lint it as that file. */
interface DocumentLinter {

  /**
   * @param file where the document is (its configuration is looked up from there); null for an
   *     unsaved one
   * @param displayPath its name in findings, which decides the syntax as a file's name does
   */
  Outcome lint(Path file, String displayPath, String text);

  /**
   * @param configProblem null, or why the document's configuration file could not be used (its
   *     defaults were used instead), as {@code file:line:column: message}
   */
  record Outcome(Linter.FileResult result, Path configFile, String configProblem) {}
}
