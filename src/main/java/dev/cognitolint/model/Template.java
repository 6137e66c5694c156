package dev.cognitolint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A string that is known only in parts: literal text with holes where an expression stands ({@code
 * !Sub "https://${Host}/cb"}, a Terraform {@code "${var.domain}/cb"}, a Serverless {@code
 * ${env:X}}). Rules check the literal parts and never guess what a hole holds.
 */
public final class Template {

  /** One piece of the string: literal text, or a hole that shows its source expression. */
  public record Segment(String text, boolean hole) {}

  private final List<Segment> segments;

  public Template(List<Segment> segments) {
    this.segments = List.copyOf(segments);
  }

  public static Template literal(String text) {
    return new Template(List.of(new Segment(text, false)));
  }

  public List<Segment> segments() {
    return segments;
  }

  public boolean isFullyKnown() {
    return segments.stream().noneMatch(Segment::hole);
  }

  /** The literal text before the first hole (all of it when there is none). */
  public String knownPrefix() {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      if (s.hole()) break;
      out.append(s.text());
    }
    return out.toString();
  }

  /** Whether any literal part contains the text. */
  public boolean literalContains(String text) {
    return segments.stream().anyMatch(s -> !s.hole() && s.text().contains(text));
  }

  /** The string as written, holes shown by their expressions. */
  public String display() {
    StringBuilder out = new StringBuilder();
    segments.forEach(s -> out.append(s.text()));
    return out.toString();
  }

  @Override
  public String toString() {
    return display();
  }

  /** Builds a template from pieces, merging adjacent literals. */
  public static final class Builder {
    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    public Builder literal(String text) {
      literal.append(text);
      return this;
    }

    public Builder hole(String display) {
      flush();
      segments.add(new Segment(display, true));
      return this;
    }

    public Builder append(Template other) {
      other.segments.forEach(
          s -> {
            if (s.hole()) hole(s.text());
            else literal(s.text());
          });
      return this;
    }

    public Template build() {
      flush();
      return new Template(segments);
    }

    private void flush() {
      if (literal.length() > 0) {
        segments.add(new Segment(literal.toString(), false));
        literal.setLength(0);
      }
    }
  }
}
