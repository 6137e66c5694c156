package dev.cognitolint.maven;

import java.io.File;

/**
 * A {@code <report>} of the check goal's {@code <reports>}: a format ({@code text}, {@code sarif},
 * {@code json}, {@code github}, {@code gitlab} or {@code junit}, as {@code --format} takes it) and
 * the file to write it to.
 */
public final class Report {
  String format;
  File output;
}
