package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.JestSnapshotReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jest snapshot files: the template literal's escapes, both pretty-format styles, positions in the
 * .snap file, and entries that are no plain object. An entry here starts on line 4.
 */
class JestSnapshotReaderTest {
  @TempDir Path dir;

  private static String snapshot(String entry) {
    return "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`t 1`] = `\n" + entry + "\n`;\n";
  }

  private static List<Document> read(String text) throws InputException {
    return new JestSnapshotReader(Limits.DEFAULT).read(new SourceFile("t.snap", text));
  }

  private static Document one(String entry) throws InputException {
    List<Document> documents = read(snapshot(entry));
    assertEquals(1, documents.size(), entry);
    return documents.get(0);
  }

  @Test
  void oldFormatUnescapesTheTemplateLiteralThenTheString() throws InputException {
    Document doc =
        one(
            """
            Object {
              "a": "say \\\\"hi\\\\" \\`x\\` \\${y} C:\\\\\\\\t",
              "b": Array [
                1.5,
                true,
              ],
            }""");
    assertEquals("say \"hi\" `x` ${y} C:\\t", doc.root().path("a").stringValue());
    assertEquals(1.5, doc.root().path("b").path(0).doubleValue());
    assertEquals(new Span(5, 8, 5, 42), doc.locations().value("/a"));
    assertEquals(new Span(5, 3, 5, 6), doc.locations().key("/a"));
    assertEquals(new Span(8, 5, 8, 9), doc.locations().value("/b/1"));
  }

  @Test
  void newFormatKeepsQuotesAndBackslashesInStrings() throws InputException {
    Document doc = one("{\n  \"a\": \"say \"hi\", C:\\\\t\",\n  \"b\": [],\n}");
    assertEquals("say \"hi\", C:\\t", doc.root().path("a").stringValue());
    assertTrue(doc.root().path("b").isArray());
    assertEquals(new Span(6, 8, 6, 10), doc.locations().value("/b"));
  }

  @Test
  void undefinedIsDroppedAndMatchersAreUnknown() throws InputException {
    Document doc =
        one("{\n  \"a\": undefined,\n  \"b\": [\n    undefined,\n  ],\n  \"c\": Any<String>,\n}");
    assertEquals(List.of("b", "c"), List.copyOf(doc.root().propertyNames()));
    assertTrue(doc.root().path("b").path(0).isNull());
    assertEquals("Any<String>", Values.asUnknown(doc.root().path("c")).source());
  }

  @Test
  void crLfLinesArePositionsToo() throws InputException {
    String text = snapshot("{\n  \"a\": {\n    \"b\": \"c\",\n  },\n}").replace("\n", "\r\n");
    Document doc = read(text).get(0);
    assertEquals("c", doc.root().path("a").path("b").stringValue());
    assertEquals(new Span(6, 10, 6, 13), doc.locations().value("/a/b"));
  }

  /** A snapshot of anything but a plain object is no document. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"<button>Sign in</button>\"",
        "Object {\n  \"a\": [Function],\n}",
        "Object {\n  \"a\": Symbol(x),\n}",
        "{\n  \"a\": NaN,\n}",
        "Button {\n  \"a\": 1,\n}",
        "<div>\n  {\"a\": 1}\n</div>",
        "Object {\n  \"a\": 1,\n} trailing",
        "Array [\n  Object {},\n]"
      })
  void otherSnapshotsAreNoDocument(String entry) throws InputException {
    assertEquals(List.of(), read(snapshot(entry)));
  }

  /**
   * Named, a snapshot without template is reported as skipped; found by a walk, it is one of the
   * components' snapshots beside the stacks'.
   */
  @Test
  void aNamedSnapshotWithoutTemplateIsReportedAsSkipped() throws Exception {
    Path file = dir.resolve("__snapshots__/Button.test.tsx.snap");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        snapshot(
            "Object {\n  \"ClientName\": \"web\",\n  \"UserPoolId\": \"eu-west-1_abc\",\n"
                + "  \"CallbackURLs\": Array [\n    \"http://example.com/\",\n  ],\n}"));
    String skipped =
        "Button.test.tsx.snap: skipped: no entry of this Jest snapshot holds a CloudFormation"
            + " template";
    CliTest.Run named = CliTest.run("--verbose", file.toString());
    assertEquals(0, named.code(), named.out() + named.err());
    assertTrue(named.err().contains(skipped), named.err());
    CliTest.Run walked = CliTest.run("--verbose", dir.toString());
    assertEquals(0, walked.code(), walked.out() + walked.err());
    assertTrue(walked.err().contains("Button.test.tsx.snap: no app client"), walked.err());
    assertFalse(walked.err().contains(skipped), walked.err());
  }

  @Test
  void standardInputWithJestsHeaderIsASnapshot() {
    CliTest.Run r =
        CliTest.runWithInput(
            snapshot(
                "{\n  \"Resources\": {\n    \"C\": {\n      \"Properties\": {\n"
                    + "        \"CallbackURLs\": [\n          \"http://example.com/\",\n        ],\n"
                    + "      },\n      \"Type\": \"AWS::Cognito::UserPoolClient\",\n    },\n  },\n}"),
            "--enable",
            "CL201",
            "-");
    assertTrue(r.out().contains("-:9:11: error: CallbackURLs[0]"), r.out() + r.err());
  }

  @Test
  void fixLeavesTheSnapshotToTheNextTestRun() throws Exception {
    Path file = dir.resolve("auth.test.ts.snap");
    Files.copy(Path.of("src/test/resources/fixtures/CL201/bad-jest-snapshot-old.snap"), file);
    String before = Files.readString(file);
    CliTest.Run r = CliTest.run("--fix", file.toString());
    assertEquals(before, Files.readString(file));
    assertTrue(
        r.out().contains("then update the snapshot with jest -u) [CL603"), r.out() + r.err());
  }
}
