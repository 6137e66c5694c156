package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.rules.BuiltinRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule tests, Error Prone style: each file under {@code fixtures/<RULE>/} is linted and its
 * findings must be exactly the expected ones, no more, no fewer. YAML fixtures write
 * {@code # expect: CL201} on the line before the finding (line compared); other files have a
 * sidecar {@code <file>.expect} of {@code line:col RULE} lines (line and column compared). Suppressed
 * findings are not reported, so they are not expected either.
 */
class FixtureTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(.+)$");
  private static final Pattern SIDECAR_LINE = Pattern.compile("^(\\d+)(?::(\\d+))?\\s+(CL\\d{3})\\s*$");
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  /** An expected or actual finding, as compared: column 0 when only the line counts. */
  record Expectation(int line, int column, String rule) {
    @Override
    public String toString() {
      return line + (column > 0 ? ":" + column : "") + " " + rule;
    }
  }

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    return fixtureFiles().stream()
        .map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> check(file)));
  }

  static List<Path> fixtureFiles() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".expect")).sorted().toList();
    }
  }

  private static void check(Path file) throws IOException {
    boolean withColumns = Files.exists(sidecar(file));
    List<Expectation> expected = expectations(file);
    List<Finding> findings = LINTER.lintFile(file, file.toString()).findings().stream().filter(f -> !f.isSuppressed()).toList();
    List<Expectation> actual = findings.stream()
        .map(f -> new Expectation(f.span().line(), withColumns ? f.span().column() : 0, f.rule().id()))
        .sorted(java.util.Comparator.comparing(Expectation::line).thenComparing(Expectation::column).thenComparing(Expectation::rule))
        .toList();
    if (!expected.equals(actual)) {
      List<Expectation> missing = new ArrayList<>(expected);
      actual.forEach(missing::remove);
      List<Expectation> unexpected = new ArrayList<>(actual);
      expected.forEach(unexpected::remove);
      String report = findings.stream()
          .map(f -> "  " + f.span().line() + ":" + f.span().column() + " " + f.rule().id() + " " + f.message())
          .collect(Collectors.joining("\n"));
      assertEquals(expected, actual, "missing " + missing + ", unexpected " + unexpected + "\nfindings:\n" + report);
    }
  }

  static Path sidecar(Path file) {
    return file.resolveSibling(file.getFileName() + ".expect");
  }

  static List<Expectation> expectations(Path file) throws IOException {
    List<Expectation> out = new ArrayList<>();
    if (Files.exists(sidecar(file))) {
      for (String line : Files.readAllLines(sidecar(file), StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) continue;
        Matcher m = SIDECAR_LINE.matcher(t);
        assertTrue(m.matches(), sidecar(file) + ": not 'line:col RULE': " + line);
        out.add(new Expectation(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3)));
      }
    } else {
      List<String> pending = new ArrayList<>();
      // Latin-1 reads any bytes; the ASCII '# expect:' comments are found whatever the encoding.
      List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = EXPECT.matcher(lines.get(i).strip());
        if (m.find() && lines.get(i).strip().startsWith("#")) {
          for (String id : m.group(1).split("[\\s,]+")) pending.add(id);
        } else if (!pending.isEmpty()) {
          for (String id : pending) out.add(new Expectation(i + 1, 0, id));
          pending.clear();
        }
      }
      assertTrue(pending.isEmpty(), file + ": '# expect:' at the end of the file has no line to apply to");
    }
    out.sort(java.util.Comparator.comparing(Expectation::line).thenComparing(Expectation::column).thenComparing(Expectation::rule));
    return out;
  }

  /** Every rule has a bad fixture that expects it and a good fixture, in its own folder. */
  @Test
  void everyRuleHasGoodAndBadFixtures() throws IOException {
    List<String> problems = new ArrayList<>();
    for (RuleMeta rule : BuiltinRules.all(BuiltinRules.checks())) {
      // No input makes a built-in rule fail; BadInputTest.aFailingRuleBecomesAFinding covers CL008.
      if (rule.id().equals("CL008")) continue;
      Path dir = FIXTURES.resolve(rule.id());
      if (!Files.isDirectory(dir)) {
        problems.add(rule.id() + ": no fixtures/" + rule.id() + "/");
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(f -> !f.toString().endsWith(".expect")).sorted().toList();
      }
      boolean good = files.stream().anyMatch(f -> f.getFileName().toString().startsWith("good"));
      boolean bad = false;
      for (Path f : files) {
        if (f.getFileName().toString().startsWith("bad")
            && expectations(f).stream().anyMatch(e -> e.rule().equals(rule.id()))) {
          bad = true;
        }
      }
      if (!good) problems.add(rule.id() + ": no good fixture");
      if (!bad) problems.add(rule.id() + ": no bad fixture that expects it");
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * Each rule has a good and a bad fixture (one that expects it) in every input kind it applies to.
   * The kind is told by the file name: {@code cfn} (*cfn*, CloudFormation YAML or JSON), {@code api}
   * (*create*, *update*, *response*: API requests and output), {@code tf} (*.tf, *.tf.json).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      CL101 | cfn api tf
      CL102 | cfn api tf
      CL103 | cfn api tf
      CL104 | cfn api tf
      CL105 | cfn api tf
      CL106 | cfn api tf
      CL107 | cfn api tf
      CL108 | cfn api tf
      CL201 | cfn api tf
      CL202 | cfn api tf
      CL203 | cfn api tf
      CL204 | cfn api tf
      CL205 | cfn api tf
      CL206 | cfn api tf
      CL207 | cfn api tf
      CL301 | cfn api tf
      CL302 | cfn api tf
      CL303 | cfn api tf
      CL304 | cfn api tf
      CL305 | cfn api tf
      CL306 | cfn api tf
      CL307 | cfn api tf
      CL308 | cfn api tf
      CL309 | cfn api tf
      CL310 | cfn api
      CL401 | cfn api tf
      CL402 | cfn api tf
      CL403 | cfn api tf
      CL501 | cfn api tf
      CL502 | cfn api tf
      CL503 | cfn api tf
      CL504 | cfn api tf
      CL601 | cfn api tf
      CL602 | cfn api tf
      CL603 | cfn api tf
      CL604 | cfn api tf
      CL605 | cfn api tf
      CL606 | cfn api tf
      CL607 | cfn api tf
      CL608 | cfn api tf
      CL701 | api
      CL702 | api
      """)
  void everyRuleHasFixturesInEachInputKind(String rule, String kinds) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(FIXTURES.resolve(rule))) {
      files = s.filter(f -> !f.toString().endsWith(".expect")).toList();
    }
    List<String> missing = new ArrayList<>();
    for (String kind : kinds.split("\\s+")) {
      if (files.stream().noneMatch(f -> named(f, "good", kind))) missing.add("good-" + kind);
      if (files.stream().noneMatch(f -> named(f, "bad", kind) && expectsRule(f, rule))) missing.add("bad-" + kind);
    }
    assertTrue(missing.isEmpty(), "fixtures/" + rule + "/ has no " + String.join(", ", missing) + " fixture");
  }

  /** Whether the file is a good or bad fixture of the input kind. */
  static boolean named(Path file, String goodOrBad, String kind) {
    String name = file.getFileName().toString();
    String fileKind = name.endsWith(".tf") || name.endsWith(".tf.json") ? "tf"
        : name.contains("cfn") ? "cfn"
        : name.matches(".*(create|update|response).*") ? "api" : "other";
    return name.startsWith(goodOrBad) && fileKind.equals(kind);
  }

  private static boolean expectsRule(Path file, String rule) {
    try {
      return expectations(file).stream().anyMatch(e -> e.rule().equals(rule));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void harnessReadsInlineExpectations() throws IOException {
    Path file = Files.createTempFile("fixture", ".yaml");
    Files.writeString(file, "a: 1\n# expect: CL201\n# expect: CL202 CL205\nb: 2\n");
    assertEquals(List.of(new Expectation(4, 0, "CL201"), new Expectation(4, 0, "CL202"), new Expectation(4, 0, "CL205")),
        expectations(file));
    assertFalse(fixtureFiles().isEmpty());
  }
}
