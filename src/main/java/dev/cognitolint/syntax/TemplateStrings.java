package dev.cognitolint.syntax;

import dev.cognitolint.model.Template;

/**
 * Finds the placeholders that tools fill in before a string reaches Cognito: {@code ${...}}
 * (Serverless variables, shell and Terraform interpolation; nesting allowed) and CloudFormation
 * dynamic references {@code {{resolve:...}}}. Each becomes a hole of the string's template.
 */
public final class TemplateStrings {
  private TemplateStrings() {}

  /** Whether the string has a placeholder at all (the common case is no). */
  public static boolean hasPlaceholder(String text) {
    return text.contains("${") || text.contains("{{resolve:");
  }

  public static Template parse(String text) {
    return parse(text, false);
  }

  /**
   * An HCL template (a heredoc, a {@code .tf.json} string): interpolations and directives are
   * holes, and "$${" and "%%{" are the literal text "${" and "%{"; "{{resolve:" means nothing
   * there.
   */
  public static Template parseHcl(String text) {
    return parse(text, true);
  }

  private static Template parse(String text, boolean hcl) {
    Template.Builder out = new Template.Builder();
    int i = 0;
    while (i < text.length()) {
      if (hcl && (text.startsWith("$${", i) || text.startsWith("%%{", i))) {
        out.literal(text.charAt(i) + "{");
        i += 3;
        continue;
      }
      int end = -1;
      if (text.startsWith("${", i) || hcl && text.startsWith("%{", i))
        end = matchingBrace(text, i + 1);
      else if (!hcl && text.startsWith("{{resolve:", i)) end = closing(text, i);
      if (end < 0) {
        out.literal(String.valueOf(text.charAt(i)));
        i++;
      } else {
        out.hole(text.substring(i, end));
        i = end;
      }
    }
    return out.build();
  }

  /** The index after the brace that closes the one at open, or -1. */
  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') depth++;
      else if (c == '}' && --depth == 0) return i + 1;
    }
    return -1;
  }

  private static int closing(String text, int start) {
    int end = text.indexOf("}}", start);
    return end < 0 ? -1 : end + 2;
  }
}
