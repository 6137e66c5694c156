package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Choice;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.HclReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The HCL reader, table-driven: each row is a Terraform snippet, a JSON pointer into the tree it
 * gives, the value expected there (JSON, or {@code ?source} for an unknown expression) and where
 * that value stands ({@code line:col-endLine:endCol}).
 */
class HclReaderTest {
  private static final String RESOURCE = "resource \"aws_cognito_user_pool_client\" \"web\" {\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      # snippet (\\n is a new line)                   | pointer                                  | value                            | span
      `  name = "web"\\n}`                           | /name                                    | "web"                            | 2:10-2:15
      `  n = 60\\n}`                                 | /n                                       | 60                               | 2:7-2:9
      `  b = true // comment\\n}`                    | /b                                       | true                             | 2:7-2:11
      `  u = ["a", # c\\n "b",\\n]\\n}`               | /u/1                                     | "b"                              | 3:2-3:5
      `  u = ["https://${var.d}/cb"]\\n}`            | /u/0                                     | ?"https://${var.d}/cb"           | 2:8-2:29
      `  u = var.urls\\n}`                           | /u                                       | ?var.urls                        | 2:7-2:15
      `  u = concat(a, [\\n "b"])\\n  n = 1\\n}`        | /n                                       | 1                                | 4:7-4:8
      `  f = x ? ["a"] : []\\n}`                     | /f                                       | ?x ? ["a"] : []                  | 2:7-2:21
      `  f = [for s in var.l : upper(s)]\\n}`        | /f                                       | ?[for s in var.l : upper(s)]     | 2:7-2:34
      `  f = x ? ["a"] : []\\n}`                     | /f/?/true/0                              | "a"                              | 2:12-2:15
      `  f = var.a == "b" ? "c" : null\\n}`          | /f/?/false                               | null                             | 2:28-2:32
      `  f = a ? b ? "c" : "d" : "e"\\n}`            | /f/?/true/?/false                        | "d"                              | 2:21-2:24
      `  f = a ? "b" : c ? "d" : "e"\\n}`            | /f/?/false/?/true                        | "d"                              | 2:21-2:24
      `  f = ["a", x ? "b" : "c"]\\n}`               | /f/1/?/false                             | "c"                              | 2:23-2:26
      `  f = a ? "b"\\n}`                           | /f                                       | ?a ? "b"                         | 2:7-2:14
      `  f = a ? { k = "x" } : {}\\n}`               | /f/?/true/k                              | "x"                              | 2:17-2:20
      `  u = concat(["a"], var.b, ["c"])\\n}`       | /u/2                                     | "c"                              | 2:29-2:32
      `  u = concat(["a"], var.b, ["c"])\\n}`       | /u/1                                     | ?var.b                           | 2:21-2:26
      `  u = tolist(toset(["a", "b"]))\\n}`         | /u/1                                     | "b"                              | 2:26-2:29
      `  u = flatten([["a"], [["b"]], "c"])\\n}`    | /u/2                                     | "c"                              | 2:32-2:35
      `  u = tolist(var.b)\\n}`                     | /u                                       | ?tolist(var.b)                   | 2:7-2:20
      `  u = concat(["a"])[0]\\n}`                  | /u                                       | ?concat(["a"])[0]                | 2:7-2:23
      `  u = upper(concat(["a"]))\\n}`              | /u                                       | ?upper(concat(["a"]))            | 2:7-2:27
      `  token_validity_units {\\n    id_token = "hours"\\n  }\\n}` | /token_validity_units/0/id_token | "hours"                  | 3:16-3:23
      `  t = { a = 1, "b" : "x" }\\n}`               | /t/b                                     | "x"                              | 2:22-2:25
      `  s = "a\\"q\\u00e9$${x}"\\n}`                | /s                                       | "a\\"qé${x}"                     | 2:7-2:24
      `  h = <<-EOT\\n    one\\n    two\\n    EOT\\n}`  | /h                                       | "one\\ntwo\\n"                    | 2:7-5:8
      `  a { b = 1 }\\n}`                            | /a/0/b                                   | 1                                | 2:11-2:12
      """)
  void readsValuesWithPositions(String snippet, String pointer, String expected, String span)
      throws InputException {
    Document doc = read(RESOURCE + snippet.replace("\\n", "\n"));
    String base = "/resource/aws_cognito_user_pool_client/web";
    JsonNode node = at(doc.root(), base + pointer);
    String actual =
        Values.isUnknown(node) ? "?" + Values.asUnknown(node).source() : node.toString();
    assertEquals(expected, actual);
    Span s = doc.locations().value(base + pointer);
    assertEquals(span, s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `resource "a" "b" {\\n  x = 1\\n`     | 3:1 the block is not closed: expected '}'
      `x = "abc\\n`                          | 1:5 the string is not closed: expected '"'
      `x = [1, 2\\n`                         | 2:1 the list is not closed: expected ']'
      `x = [1,, 2]\\n`                       | 1:8 expected a value, found ','
      `= 1\\n`                               | 1:1 expected an attribute or block name, found '='
      `x = <<EOT\\nabc\\n`                    | 1:5 the heredoc is not closed: expected a line 'EOT'
      """)
  void reportsSyntaxErrorsWhereTheyAre(String snippet, String expected) {
    InputException e = assertThrows(InputException.class, () -> read(snippet.replace("\\n", "\n")));
    assertEquals(expected, e.span().line() + ":" + e.span().column() + " " + e.getMessage());
  }

  /** LF, CRLF and a CR alone each end a line: the next argument keeps its own line and column. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
  void everyLineEndEndsALine(String name, String end) throws InputException {
    Document doc =
        read(RESOURCE.replace("\n", end) + "  a = 1" + end + "  b = \"x\"" + end + "}" + end);
    String base = "/resource/aws_cognito_user_pool_client/web";
    assertEquals("1", doc.root().at(base + "/a").toString());
    Span s = doc.locations().value(base + "/b");
    assertEquals("3:7-3:10", s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn());
  }

  /** A conditional is a choice: {@code /?/true} and {@code /?/false} are its branches. */
  @Test
  void aLongChainOfConditionalsIsALimitNotACrash() {
    String chain = "a ? \"b\" : ".repeat(Limits.DEFAULT.maxDepth() + 1) + "\"c\"";
    InputException e =
        assertThrows(InputException.class, () -> read(RESOURCE + "  f = " + chain + "\n}\n"));
    assertEquals(InputRule.INPUT_LIMIT, e.rule());
  }

  /** The node at pointer, where {@code /?/true} and {@code /?/false} go into a choice's branch. */
  private static JsonNode at(JsonNode root, String pointer) {
    JsonNode node = root;
    String[] tokens = pointer.substring(1).split("/");
    for (int i = 0; i < tokens.length; i++) {
      Choice choice = Choice.of(node);
      if (choice != null && tokens[i].equals("?")) {
        node = choice.branch(tokens[++i].equals("true")).value();
      } else {
        node = node.isArray() ? node.path(Integer.parseInt(tokens[i])) : node.path(tokens[i]);
      }
    }
    return node;
  }

  private static Document read(String text) throws InputException {
    return new HclReader(Limits.DEFAULT).read(new SourceFile("test.tf", text));
  }
}
