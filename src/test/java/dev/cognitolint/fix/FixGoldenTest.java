package dev.cognitolint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.FileFixer;
import dev.cognitolint.Linter;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.RuleOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixes' golden files: each {@code fixes/<RULE>/in/<case>} is fixed (with unsafe fixes when the
 * rule's are unsafe) and must become {@code fixes/<RULE>/out/<case>} exactly. For each: the input
 * has the rule's finding with a fix, the output has it no more, a second fix changes nothing, the
 * same input with CRLF line ends and with a UTF-8 byte-order mark written through the file path
 * keeps both, and the {@code --diff} of it applies with {@code patch -p0} to the same bytes. A
 * {@code fixes/<RULE>/current.json} is the {@code --current} client of the rule's cases (CL701).
 */
class FixGoldenTest {
  static final Path FIXES = Path.of("src/test/resources/fixes");
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> goldenFiles() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(FIXES)) {
      inputs =
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.getParent().getFileName().toString().equals("in"))
              .sorted()
              .toList();
    }
    assertFalse(inputs.isEmpty());
    return inputs.stream()
        .map(in -> DynamicTest.dynamicTest(FIXES.relativize(in).toString(), () -> check(in)));
  }

  private void check(Path in) throws Exception {
    String rule = in.getParent().getParent().getFileName().toString();
    String name = in.getFileName().toString();
    Path out = in.getParent().resolveSibling("out").resolve(name);
    RuleMeta meta =
        BuiltinRules.all(BuiltinRules.checks()).stream()
            .filter(m -> m.id().equals(rule))
            .findFirst()
            .orElseThrow();
    boolean unsafe = meta.fix() == Fix.Applicability.UNSAFE;
    Path current = in.getParent().resolveSibling("current.json");
    Linter linter = Files.exists(current) ? withCurrent(current) : LINTER;
    FileFixer fixer = new FileFixer(linter, unsafe);
    String input = Files.readString(in);
    String expected = Files.readString(out);

    Linter.FileResult before = linter.lint(new SourceFile(name, input));
    assertTrue(
        before.findings().stream().anyMatch(f -> f.rule().id().equals(rule) && fixer.applies(f)),
        "the input has a fixable " + rule + ": " + before.findings());
    FileFixer.Outcome fixed = fixer.fixText(input, name, before);
    assertEquals(expected, fixed.fixed());
    assertTrue(
        fixed.result().findings().stream().noneMatch(f -> f.rule().id().equals(rule)),
        "fixed, it has no " + rule + " any more: " + fixed.result().findings());
    assertTrue(fixed.counts().containsKey(rule));

    FileFixer.Outcome again =
        fixer.fixText(expected, name, linter.lint(new SourceFile(name, expected)));
    assertEquals(expected, again.fixed(), "a second fix changes nothing");

    String crlf = input.replace("\n", "\r\n");
    assertEquals(
        expected.replace("\n", "\r\n"),
        fixer.fixText(crlf, name, linter.lint(new SourceFile(name, crlf))).fixed(),
        "CRLF line ends stay");

    Path file = temp.resolve(name);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(file, concat(bom, input.getBytes(StandardCharsets.UTF_8)));
    FileFixer.Outcome written = FileFixer.write(file, fixer.fix(file, name));
    assertEquals(null, written.error());
    assertArrayEquals(
        concat(bom, expected.getBytes(StandardCharsets.UTF_8)),
        Files.readAllBytes(file),
        "the byte-order mark stays");

    Path patched = temp.resolve("patched");
    Files.createDirectories(patched);
    Files.writeString(patched.resolve(name), input);
    Path diff = temp.resolve("fix.diff");
    Files.writeString(diff, UnifiedDiff.of(name, input, fixed.fixed()));
    Process patch =
        new ProcessBuilder("patch", "-p0", "-s", "-i", diff.toString())
            .directory(patched.toFile())
            .redirectErrorStream(true)
            .start();
    String said = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(patch.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, patch.exitValue(), said);
    assertEquals(
        expected, Files.readString(patched.resolve(name)), "the diff applies with patch -p0");
    assertNotEquals(input, expected);
  }

  /** The linter of {@code --current FILE}, for CL701. */
  private static Linter withCurrent(Path current) throws Exception {
    AppClient client =
        new Linter(Limits.DEFAULT, List.of()).clients(current, "current.json").get(0);
    return new Linter(
        Limits.DEFAULT,
        BuiltinRules.checks(
            new RuleOptions(
                RuleOptions.DEFAULT.httpHosts(),
                RuleOptions.DEFAULT.maxRefreshTokenSeconds(),
                client)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
