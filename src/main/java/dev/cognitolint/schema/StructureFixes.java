package dev.cognitolint.schema;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.Suggestions;
import dev.cognitolint.schema.ClientSchema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The fixes of the structure rules, apart from their messages: CL103's did-you-mean when the value
 * is a slip of the keyboard, and CL102's quoted number or boolean where the API takes one.
 */
final class StructureFixes {
  private StructureFixes() {}

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

  static Fix fix(AppClient client, StructureRule rule, Error error, String pointer) {
    JsonNode value = error.instance();
    JsonNode schema = error.schemaValue();
    if (value == null || !value.isString() || schema == null) return null;
    String text = value.stringValue();
    return switch (rule) {
      case UNKNOWN_ENUM_VALUE -> {
        List<String> allowed = new ArrayList<>();
        schema.forEach(v -> allowed.add(v.asString()));
        yield Suggestions.closest(text, allowed)
            .filter(s -> SchemaCheck.isSlip(text, s))
            .flatMap(s -> Edits.replacement(client, pointer, text, s))
            .orElse(null);
      }
      case WRONG_TYPE -> {
        String type = schema.isString() ? schema.asString() : "";
        boolean number =
            (type.equals("integer") || type.equals("number")) && INTEGER.matcher(text).matches();
        boolean bool = type.equals("boolean") && (text.equals("true") || text.equals("false"));
        if (!number && !bool) yield null;
        yield Edits.replaceValue(client, pointer, "\"" + text + "\"", text)
            .or(() -> Edits.replaceValue(client, pointer, "'" + text + "'", text))
            .map(
                e ->
                    new Fix(
                        "Write " + text + " without quotes", Fix.Applicability.SAFE, List.of(e)))
            .orElse(null);
      }
      default -> null;
    };
  }
}
