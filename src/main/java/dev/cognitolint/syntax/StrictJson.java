package dev.cognitolint.syntax;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Checks that a {@code .json} file is JSON as ECMA-404 defines it, which CloudFormation, the AWS
 * CLI and Terraform read: YAML, which reads the tree, also takes trailing commas, single quotes,
 * {@code #} comments and hex numbers. Only the syntax is checked here; the limits on size and depth
 * stay YamlReader's. The dialects ask only for files they recognise: a {@code tsconfig.json} with
 * comments is no concern of the linter's.
 */
public final class StrictJson {
  private StrictJson() {}

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .build())
          .build();

  static boolean applies(String path) {
    return path.endsWith(".json");
  }

  /**
   * A CL001 problem where a {@code .json} file stops being strict JSON; empty for valid JSON and
   * other files.
   */
  public static Optional<Document.Problem> problem(SourceFile source) {
    if (!applies(source.path())) return Optional.empty();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), source.text())) {
      if (parser.nextToken() == null) return Optional.empty();
      parser.skipChildren();
      if (parser.nextToken() != null) {
        return Optional.of(
            problem("a second value follows the first one", span(parser.currentTokenLocation())));
      }
    } catch (JacksonException e) {
      return Optional.of(problem(firstLine(e.getOriginalMessage()), span(e.getLocation())));
    }
    return Optional.empty();
  }

  private static Document.Problem problem(String what, Span span) {
    return new Document.Problem(
        InputRule.SYNTAX_ERROR,
        "not strict JSON, which CloudFormation, the AWS CLI and Terraform"
            + " require (YAML reads it): "
            + what,
        span,
        "");
  }

  private static Span span(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) return Span.START;
    return Span.at(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static String firstLine(String message) {
    if (message == null) return "unreadable";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
