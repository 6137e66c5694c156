package dev.cognitolint.model;

/**
 * A file's text as it was linted.
 *
 * @param path the path shown in reports: relative to the working directory, '/'-separated, or "-"
 *     for standard input
 * @param text the decoded text, without a byte-order mark
 */
public record SourceFile(String path, String text) {}
