package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;
import dev.cognitolint.schema.StructureRule;
import dev.cognitolint.suppress.SuppressionRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule tests, Error Prone style. {@code fixtures/<RULE>/} holds {@code good-*} and {@code
 * bad-*} files; each is linted with that rule alone (and the input rules CL0xx, so that a fixture
 * that is not read as meant fails). A good fixture must hold an app client and produce no finding.
 * A bad fixture must produce a finding of its rule, and all its findings must equal its snapshot
 * {@code <file>.expect}: one {@code line:column RULE message} line each, in report order, message
 * made visible by {@link SafeText}; lines starting with {@code #} at its top are kept as a comment.
 * After a deliberate change, {@code mvn -B -o test -Dtest=FixtureTest -Dfixtures.update=true}
 * rewrites the snapshots of the bad fixtures; review them with {@code git diff}.
 */
class FixtureTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final String SNAPSHOT = ".expect";
  private static final boolean UPDATE = Boolean.getBoolean("fixtures.update");

  /**
   * The rules a suppression names: CL006 and CL007 are about them, so their fixtures run them too.
   */
  private static final Pattern RULE_ID = Pattern.compile("\\bCL\\d{3}\\b");

  private static final List<Rule> JAVA_RULES = BuiltinRules.checks();
  private static final Map<Set<String>, Linter> LINTERS = new HashMap<>();
  private static final ClientKinds CLIENT_KINDS = new ClientKinds();

  /**
   * Notes the kind of every client linted, so that a fixture's input kinds are what the linter
   * read.
   */
  @RuleInfo(
      id = "CL999",
      name = "fixture-client-kinds",
      severity = Severity.NOTE,
      summary = "Records client kinds.")
  static final class ClientKinds implements Rule {
    final Set<InputKind> seen = EnumSet.noneOf(InputKind.class);
    int clients;

    @Override
    public void check(AppClient client, Findings findings) {
      seen.add(InputKind.of(client.kind()));
      clients++;
    }
  }

  /** What linting one fixture gave. */
  record Outcome(List<Finding> findings, Set<InputKind> kinds, int clients) {
    String snapshot() {
      return findings.stream()
          .map(
              f ->
                  f.span().line()
                      + ":"
                      + f.span().column()
                      + " "
                      + f.rule().id()
                      + " "
                      + SafeText.visible(f.message())
                      + "\n")
          .collect(Collectors.joining());
    }
  }

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    return fixtureFiles().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> check(file)));
  }

  static List<Path> fixtureFiles() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.toString().endsWith(SNAPSHOT))
          .sorted()
          .toList();
    }
  }

  private static void check(Path file) throws IOException {
    String rule = file.getParent().getFileName().toString();
    Outcome outcome = lint(file);
    Path snapshot = snapshotOf(file);
    if (isGood(file)) {
      assertFalse(Files.exists(snapshot), snapshot + ": a good fixture has no snapshot");
      assertTrue(outcome.clients() > 0, file + ": a good fixture must hold an app client");
      assertEquals("", outcome.snapshot(), file + ": a good fixture must produce no finding");
      return;
    }
    assertTrue(
        outcome.findings().stream().anyMatch(f -> f.rule().id().equals(rule)),
        file + ": produces no " + rule + " finding; it produces:\n" + outcome.snapshot());
    String comment =
        Files.exists(snapshot) ? comment(Files.readString(snapshot, StandardCharsets.UTF_8)) : "";
    String expected =
        Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : "";
    String actual = comment + outcome.snapshot();
    if (UPDATE && !actual.equals(expected))
      Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
    else
      assertEquals(
          expected,
          actual,
          file + " (after a deliberate change: -Dfixtures.update=true, then git diff)");
  }

  /** Lints a fixture with its folder's rule and the input rules on, and no other. */
  static Outcome lint(Path file) throws IOException {
    String rule = file.getParent().getFileName().toString();
    Set<String> enabled = new TreeSet<>(List.of(rule));
    Arrays.stream(InputRule.values()).map(r -> r.meta().id()).forEach(enabled::add);
    if (Arrays.stream(SuppressionRule.values()).anyMatch(r -> r.meta().id().equals(rule))) {
      Matcher ids =
          RULE_ID.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      while (ids.find()) enabled.add(ids.group());
    }
    Linter linter = LINTERS.computeIfAbsent(enabled, FixtureTest::linter);
    CLIENT_KINDS.seen.clear();
    CLIENT_KINDS.clients = 0;
    List<Finding> findings =
        linter.lintFile(file, FIXTURES.relativize(file).toString()).findings().stream()
            .filter(f -> !f.isSuppressed())
            .toList();
    return new Outcome(findings, EnumSet.copyOf(CLIENT_KINDS.seen), CLIENT_KINDS.clients);
  }

  private static Linter linter(Set<String> enabled) {
    List<Rule> rules =
        new ArrayList<>(JAVA_RULES.stream().filter(r -> enabled.contains(r.meta().id())).toList());
    rules.add(CLIENT_KINDS);
    List<RuleMeta> all = BuiltinRules.all(JAVA_RULES);
    RuleSettings settings = new RuleSettings(all);
    try {
      for (RuleMeta meta : all) {
        if (!enabled.contains(meta.id())) settings.set(meta.id(), "off");
      }
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
    return new Linter(Limits.DEFAULT, rules, settings);
  }

  static boolean isGood(Path file) {
    return file.getFileName().toString().startsWith("good-");
  }

  static Path snapshotOf(Path file) {
    return file.resolveSibling(file.getFileName() + SNAPSHOT);
  }

  /** The leading '#' lines of a snapshot: what a JSON fixture, which has no comments, is about. */
  private static String comment(String snapshot) {
    StringBuilder out = new StringBuilder();
    for (String line : snapshot.split("\n", -1)) {
      if (!line.startsWith("#")) break;
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * The input kinds a rule declares; the structure rules check every client against its schema, so
   * every kind.
   */
  private static Set<InputKind> declaredInputs(RuleMeta meta) {
    for (Rule rule : JAVA_RULES) {
      if (rule.meta().id().equals(meta.id())) {
        return EnumSet.copyOf(
            Arrays.asList(rule.getClass().getAnnotation(RuleInfo.class).inputs()));
      }
    }
    boolean structure =
        Arrays.stream(StructureRule.values()).anyMatch(r -> r.meta().id().equals(meta.id()));
    return structure ? EnumSet.allOf(InputKind.class) : EnumSet.noneOf(InputKind.class);
  }

  /**
   * Every rule has a good and a bad fixture, and one of each input kind it declares (the kind of
   * the clients the linter found in them); every file in fixtures/ is a fixture of a rule or its
   * snapshot.
   */
  @Test
  void everyRuleHasGoodAndBadFixturesOfEachInputKind() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (RuleMeta rule : BuiltinRules.all(JAVA_RULES)) {
      ids.add(rule.id());
      // No input makes a built-in rule fail; BadInputTest.aFailingRuleBecomesAFinding covers CL008.
      if (rule.id().equals("CL008")) continue;
      Path dir = FIXTURES.resolve(rule.id());
      List<Path> files =
          Files.isDirectory(dir)
              ? fixtureFiles().stream().filter(f -> f.getParent().equals(dir)).toList()
              : List.of();
      Set<InputKind> good = EnumSet.noneOf(InputKind.class);
      Set<InputKind> bad = EnumSet.noneOf(InputKind.class);
      boolean anyGood = false;
      boolean anyBad = false;
      for (Path file : files) {
        Outcome outcome = lint(file);
        if (isGood(file)) {
          anyGood = true;
          good.addAll(outcome.kinds());
        } else {
          anyBad = true;
          bad.addAll(outcome.kinds());
        }
      }
      if (!anyGood) problems.add(rule.id() + ": no good fixture");
      if (!anyBad) problems.add(rule.id() + ": no bad fixture");
      for (InputKind kind : declaredInputs(rule)) {
        if (!good.contains(kind)) problems.add(rule.id() + ": no good fixture of " + kind);
        if (!bad.contains(kind)) problems.add(rule.id() + ": no bad fixture of " + kind);
      }
    }
    for (Path file : fixtureFiles()) {
      String name = file.getFileName().toString();
      if (!ids.contains(file.getParent().getFileName().toString()))
        problems.add(file + ": not in a folder named by a rule id");
      if (!name.startsWith("good-") && !name.startsWith("bad-"))
        problems.add(file + ": neither good-* nor bad-*");
    }
    try (Stream<Path> all = Files.walk(FIXTURES)) {
      all.filter(f -> f.toString().endsWith(SNAPSHOT))
          .filter(
              s ->
                  !Files.exists(
                      s.resolveSibling(s.getFileName().toString().replaceFirst("\\.expect$", ""))))
          .forEach(s -> problems.add(s + ": a snapshot without its fixture"));
    }
    if (!problems.isEmpty()) fail(String.join("\n", problems));
  }
}
