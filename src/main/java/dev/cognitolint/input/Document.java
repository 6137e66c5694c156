package dev.cognitolint.input;

import dev.cognitolint.model.Locations;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One parsed YAML or JSON document: its JSON tree, where each value stands, and what the reader
 * found doubtful (duplicate keys). CloudFormation short-form tags are already long form here:
 * {@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt a.b} is {@code {"Fn::GetAtt": ["a", "b"]}}.
 */
public record Document(SourceFile source, JsonNode root, Locations locations, List<Problem> problems) {

  /** Something doubtful in an otherwise readable document. */
  public record Problem(InputRule rule, String message, Span span, String pointer) {}
}
