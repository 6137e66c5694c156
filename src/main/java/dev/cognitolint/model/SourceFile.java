package dev.cognitolint.model;

import java.nio.file.Path;

/**
 * A file's text as it was linted.
 *
 * @param path the path shown in reports: relative to the working directory, '/'-separated, or "-"
 *     for standard input
 * @param text the decoded text, without a byte-order mark
 * @param file the file on disk it stands for, which locates the files it refers to (a Terraform
 *     module's folder); null for standard input and text that is no file
 */
public record SourceFile(String path, String text, Path file) {
  public SourceFile(String path, String text) {
    this(path, text, null);
  }

  /** The same text known to stand for {@code file}. */
  public SourceFile at(Path file) {
    return new SourceFile(path, text, file);
  }
}
