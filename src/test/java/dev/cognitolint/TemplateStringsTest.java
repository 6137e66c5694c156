package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.model.Template;
import dev.cognitolint.syntax.TemplateStrings;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Placeholders found in strings; a template is written back with each hole in brackets. */
class TemplateStringsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      http://localhost:$${PORT}/cb      | http://localhost:$[${PORT}]/cb
      http://${HOST}/cb                 | http://[${HOST}]/cb
      {{resolve:ssm:/cb}}               | [{{resolve:ssm:/cb}}]
      """)
  void shellAndServerlessPlaceholders(String text, String expected) {
    assertEquals(expected, written(TemplateStrings.parse(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      http://localhost:$${PORT}/cb      | http://localhost:${PORT}/cb
      http://localhost:%%{PORT}/cb      | http://localhost:%{PORT}/cb
      http://${var.host}/cb             | http://[${var.host}]/cb
      %{ if var.tls }https%{ endif }:// | [%{ if var.tls }]https[%{ endif }]://
      $$${var.x}                        | $${var.x}
      {{resolve:ssm:/cb}}               | {{resolve:ssm:/cb}}
      """)
  void hclTemplatesEscapeWithADoubledSign(String text, String expected) {
    assertEquals(expected, written(TemplateStrings.parseHcl(text)));
  }

  private static String written(Template t) {
    return t.segments().stream()
        .map(s -> s.hole() ? "[" + s.text() + "]" : s.text())
        .collect(Collectors.joining());
  }
}
