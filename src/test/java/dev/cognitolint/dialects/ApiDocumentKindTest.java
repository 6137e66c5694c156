package dev.cognitolint.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.Linter;
import dev.cognitolint.files.Limits;
import dev.cognitolint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a top-level API document is read as, from the members only one kind has. */
class ApiDocumentKindTest {
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"UserPoolId\": \"p\", \"ClientName\": \"a\"}                        | CreateUserPoolClient request",
        "{\"UserPoolId\": \"p\", \"ClientName\": \"a\", \"ClientSecret\": \"s\"} | CreateUserPoolClient request",
        "{\"UserPoolId\": \"p\", \"ClientId\": \"c\"}                          | UpdateUserPoolClient request",
        "{\"UserPoolClient\": {\"ClientId\": \"c\"}}                           | UserPoolClient API response",
        "{\"ClientId\": \"c\", \"CreationDate\": \"2026-01-05T08:00:00Z\"}     | UserPoolClient API response",
        "{\"ClientId\": \"c\", \"LastModifiedDate\": 1767600000}              | UserPoolClient API response",
        "{\"UserPoolId\": \"p\", \"ClientId\": \"c\", \"ClientSecret\": \"s\"} | UserPoolClient API response",
      })
  void readAs(String json, String format) {
    var in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(format, LINTER.lintStream(in, "doc.json").summary().format());
  }
}
