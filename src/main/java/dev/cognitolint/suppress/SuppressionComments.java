package dev.cognitolint.suppress;

import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code # cognito-lint: disable=...} and {@code disable-file=...} comments (also after {@code //} in HCL). */
public final class SuppressionComments {
  private SuppressionComments() {}

  private static final Pattern DIRECTIVE = Pattern.compile(
      "(?:#|//)\\s*cognito-lint:\\s*(disable|disable-file)\\s*=\\s*([A-Za-z0-9_,\\- ]*?)\\s*(?:--\\s*(.*?))?\\s*$");

  public static List<Suppression> find(SourceFile source) {
    List<Suppression> out = new ArrayList<>();
    if (!source.text().contains("cognito-lint:")) return out;
    String[] lines = source.text().split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = DIRECTIVE.matcher(lines[i]);
      if (!m.find()) continue;
      LinkedHashSet<String> rules = new LinkedHashSet<>();
      Arrays.stream(m.group(2).split("[,\\s]+")).filter(r -> !r.isEmpty()).forEach(rules::add);
      if (rules.isEmpty()) continue;
      int column = lines[i].codePointCount(0, m.start()) + 1;
      Span span = new Span(i + 1, column, i + 1, lines[i].codePointCount(0, lines[i].length()) + 1);
      Suppression.Scope scope = m.group(1).equals("disable") ? Suppression.Scope.LINE : Suppression.Scope.FILE;
      out.add(new Suppression(scope, rules, m.group(3) == null ? "" : m.group(3), span, null));
    }
    return out;
  }
}
