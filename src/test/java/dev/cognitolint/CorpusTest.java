package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lints the real public templates of {@code ../shared/corpus}: none may crash or fail to parse, and
 * the findings must equal the reviewed snapshot. After a deliberate change, review the diff and run
 * {@code mvn verify -Dcorpus.update=true} to write the new snapshot.
 */
class CorpusTest {
  static final Path CORPUS = Path.of("../shared/corpus");
  static final Path SNAPSHOT = Path.of("src/test/resources/corpus-snapshot.txt");

  @Test
  void corpusFindingsMatchTheSnapshot() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent");
    Linter linter = new Linter(Limits.DEFAULT, BuiltinRules.checks());
    List<String> lines = new ArrayList<>();
    List<String> parseFailures = new ArrayList<>();
    int clients = 0;
    for (Path file : corpusFiles()) {
      String name = CORPUS.relativize(file).toString().replace('\\', '/');
      Linter.FileResult result = linter.lintFile(file, name);
      clients += result.summary().clients();
      lines.add(
          "== "
              + name
              + " ("
              + (result.summary().format() == null ? "no app client" : result.summary().format())
              + ", "
              + result.summary().clients()
              + " clients)");
      for (Finding f : result.findings()) {
        if (f.rule().id().equals("CL001") || f.rule().id().equals("CL003"))
          parseFailures.add(name + ": " + f.message());
        lines.add(
            f.span().line()
                + ":"
                + f.span().column()
                + " "
                + f.severity().label()
                + " "
                + f.rule().id()
                + " "
                + f.message());
      }
    }
    assertTrue(parseFailures.isEmpty(), "corpus files that did not parse: " + parseFailures);
    assertTrue(clients > 60, "only " + clients + " app clients found in the corpus");
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("corpus.update"))
      Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
    String expected =
        Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
    assertEquals(
        expected,
        actual,
        "corpus findings changed; review, then run mvn verify -Dcorpus.update=true");
  }

  /** Every corpus file (whatever its extension), as listed by the manifest's folders. */
  static List<Path> corpusFiles() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals("MANIFEST.tsv"))
          .sorted()
          .toList();
    }
  }
}
