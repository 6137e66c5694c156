package dev.cognitolint.model;

/**
 * One replacement of a region of a file's original text: {@code length} code points from {@code
 * offset} (counted in the decoded text, after any byte-order mark) become {@code text}. {@code
 * span} is the same region in lines and columns. A fix is made of edits, never of a re-serialised
 * tree, so everything outside them stays byte for byte.
 */
public record Edit(Span span, int offset, int length, String text) {}
