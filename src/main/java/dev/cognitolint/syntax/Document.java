package dev.cognitolint.syntax;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.Locations;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One parsed YAML or JSON document: its JSON tree, where each value stands, what the reader
 * found doubtful (duplicate keys), and the comments written in it that mention {@code cognito-lint:}.
 * CloudFormation short-form tags are already long form here:
 * {@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt a.b} is {@code {"Fn::GetAtt": ["a", "b"]}}.
 */
public record Document(SourceFile source, JsonNode root, Locations locations, List<Problem> problems, List<Comment> comments) {

  public Document(SourceFile source, JsonNode root, Locations locations, List<Problem> problems) {
    this(source, root, locations, problems, List.of());
  }

  /** Something doubtful in an otherwise readable document. */
  public record Problem(InputRule rule, String message, Span span, String pointer) {}

  /**
   * A comment as the tokenizer found it, never text inside a value. Only comments that mention
   * {@link #MARKER} are kept: the linter reads no others.
   *
   * @param text     the comment without its markers ({@code #}, {@code //}, {@code /* *}{@code /})
   * @param span     where it is written, markers included
   * @param trailing whether code stands before it on its line (or, for a {@code /* *}{@code /}
   *     comment, after it on the line where it ends)
   */
  public record Comment(String text, Span span, boolean trailing) {
    public static final String MARKER = "cognito-lint:";
  }
}
