package dev.cognitolint.lsp;

import dev.cognitolint.model.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.Diagnostic;

/** A document the client has open: its newest text, and what the newest lint of it found. */
final class OpenDocument {

  /**
   * One lint of one version: the findings that are not suppressed, each with its diagnostic at the
   * same index.
   */
  record Linted(
      int version, LineIndex index, List<Finding> findings, List<Diagnostic> diagnostics) {}

  final String uri;

  /** null for a document that is not a file (an unsaved one). */
  final Path file;

  final String displayPath;
  int version;
  String text;

  /** The lint waiting for the typing to pause, or running. */
  Future<?> pending;

  Linted linted;

  /** Whether diagnostics were published that a later empty list must clear. */
  boolean published;

  OpenDocument(String uri, Path file, String displayPath, int version, String text) {
    this.uri = uri;
    this.file = file;
    this.displayPath = displayPath;
    this.version = version;
    this.text = text;
  }
}
