package dev.cognitolint.syntax;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.Locations;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One parsed YAML, JSON or HCL document: its JSON tree, where each value stands, what the reader
 * found doubtful (duplicate keys), and the comments written in it that mention {@code
 * cognito-lint:}. CloudFormation short-form tags are already long form here: {@code !Ref X} is
 * {@code {"Ref": "X"}}, {@code !GetAtt a.b} is {@code {"Fn::GetAtt": ["a", "b"]}}.
 *
 * @param reuses the YAML aliases and merge keys written in it, already applied to the tree
 * @param yaml11 the plain scalars of the tree that YAML 1.1 reads otherwise (by identity), with
 *     that value
 */
public record Document(
    SourceFile source,
    JsonNode root,
    Locations locations,
    List<Problem> problems,
    List<Comment> comments,
    List<Reuse> reuses,
    Map<JsonNode, JsonNode> yaml11) {

  /** A document read without YAML: nothing to resolve. */
  public Document(
      SourceFile source,
      JsonNode root,
      Locations locations,
      List<Problem> problems,
      List<Comment> comments) {
    this(source, root, locations, problems, comments, List.of(), Map.of());
  }

  /**
   * The value as YAML 1.1 reads it: the node itself, unless it is a plain scalar that YAML 1.1
   * reads otherwise.
   */
  public JsonNode asYaml11(JsonNode node) {
    return yaml11.getOrDefault(node, node);
  }

  /**
   * A YAML alias ({@code *name}) or merge key ({@code <<}) in the document. An alias that a merge
   * key merges is not one of its own: the merge key stands for it.
   *
   * @param written {@code *name} or {@code <<}
   * @param pointer where the alias stands, or the merge key's own pointer
   */
  public record Reuse(String written, Span span, String pointer, boolean mergeKey) {}

  /** Something doubtful in an otherwise readable document. */
  public record Problem(InputRule rule, String message, Span span, String pointer) {}

  /**
   * A comment as the tokenizer found it, never text inside a value. Only comments that mention
   * {@link #MARKER} are kept: the linter reads no others.
   *
   * @param text the comment without its markers ({@code #}, {@code //}, {@code /* *}{@code /})
   * @param span where it is written, markers included
   * @param trailing whether code stands before it on its line (or, for a {@code /* *}{@code /}
   *     comment, after it on the line where it ends)
   */
  public record Comment(String text, Span span, boolean trailing) {
    public static final String MARKER = "cognito-lint:";
  }
}
