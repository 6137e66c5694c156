package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Suppression comments: only real comments, found by the YAML and HCL tokenizers, are directives
 * (never text inside a value, and JSON has none), and each covers what the README says. Each file
 * under {@code suppress/} is linted as written and with CRLF line ends; the findings it reports and
 * those it suppresses are given as {@code line:RULE}.
 */
class SuppressionTest {
  private static final Path CASES = Path.of("src/test/resources/suppress");
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # file                 | reported                                                         | suppressed
      trailing-and-own-line.yaml | 16:CL201 19:CL007 21:CL201 22:CL007 24:CL201 25:CL201 27:CL007 28:CL201 | 15:CL201 18:CL201 26:CL201
      directives.yaml        | 17:CL201 18:CL201 19:CL006                                       | 14:CL201 14:CL202 15:CL201 16:CL201 16:CL202 19:CL201
      flow-comments.yaml     | 18:CL201 19:CL007                                                | 16:CL201 17:CL201
      documents.yaml         |                                                                  | 15:CL201 15:CL202 29:CL201 29:CL202
      comments.tf            | 14:CL201 23:CL201                                                | 12:CL201 13:CL201 16:CL201 17:CL201 22:CL201 24:CL201
      in-values.yaml         | 23:CL201 23:CL202 24:CL105 24:CL201 24:CL202 25:CL105 25:CL205 25:CL205 25:CL205 |
      in-values.json         | 17:CL201 17:CL202 18:CL105 18:CL201 18:CL202                     | 18:CL203
      in-values.tf.json      | 13:CL105 13:CL201 13:CL202 13:CL203                              |
      in-values.tf           | 20:CL201 20:CL202 21:CL105 21:CL201 21:CL202 21:CL203 22:CL201   |
      """)
  void coversExactlyWhatItSays(String file, String reported, String suppressed) throws Exception {
    String text = Files.readString(CASES.resolve(file));
    for (String variant : List.of(text, text.replace("\n", "\r\n"))) {
      List<Finding> findings = LINTER.lint(new SourceFile(file, variant)).findings();
      String crlf = variant == text ? "" : " (CRLF)";
      assertEquals(normalised(reported), lines(findings, false), "reported" + crlf);
      assertEquals(normalised(suppressed), lines(findings, true), "suppressed" + crlf);
    }
  }

  private static List<String> normalised(String list) {
    return list == null ? List.of() : sorted(Stream.of(list.strip().split("\\s+")));
  }

  private static List<String> lines(List<Finding> findings, boolean suppressed) {
    return sorted(
        findings.stream()
            .filter(f -> f.isSuppressed() == suppressed)
            .map(f -> f.span().line() + ":" + f.rule().id()));
  }

  /** By line, then rule: the order of the table. */
  private static List<String> sorted(Stream<String> findings) {
    return findings
        .sorted(
            Comparator.comparing((String f) -> Integer.parseInt(f.substring(0, f.indexOf(':'))))
                .thenComparing(f -> f))
        .toList();
  }
}
