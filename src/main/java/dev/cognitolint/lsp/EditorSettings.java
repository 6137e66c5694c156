package dev.cognitolint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The editor user's settings of the {@code cognito-lint} section ({@code workspace/configuration}
 * or {@code workspace/didChangeConfiguration}). They only choose what the editor shows: what the
 * linter finds, and so what a run in CI reports, is set by the repository's {@code
 * .cognito-lint.yaml} alone.
 *
 * @param minimumSeverity findings below it are not shown ({@code minimumSeverity}: error, warning
 *     or note)
 */
record EditorSettings(Severity minimumSeverity) {
  static final String SECTION = "cognito-lint";
  static final EditorSettings DEFAULT = new EditorSettings(Severity.NOTE);

  List<Finding> shown(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity().atLeast(minimumSeverity)).toList();
  }

  /**
   * The settings in the section's value; a setting that is missing is the default, and so is one
   * that is not valid, which {@code problem} is told about.
   */
  static EditorSettings of(Object section, Consumer<String> problem) {
    if (!(section instanceof JsonObject object)) return DEFAULT;
    JsonElement minimum = object.get("minimumSeverity");
    if (minimum == null || minimum.isJsonNull()) return DEFAULT;
    String value = minimum.isJsonPrimitive() ? minimum.getAsString() : minimum.toString();
    for (Severity severity : Severity.values()) {
      if (severity.label().equals(value.strip().toLowerCase(Locale.ROOT)))
        return new EditorSettings(severity);
    }
    problem.accept(
        SECTION
            + ".minimumSeverity: '"
            + value
            + "' is not error, warning or note; every finding is shown");
    return DEFAULT;
  }
}
