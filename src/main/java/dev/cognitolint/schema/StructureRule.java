package dev.cognitolint.schema;

import dev.cognitolint.model.Fix;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The structure rules: one for each kind of JSON Schema keyword a client can fail. */
public enum StructureRule {
  UNKNOWN_PROPERTY(
      "CL101",
      "unknown-property",
      "Only members of the API shape (or resource properties) may be set.",
      "additionalProperties"),
  WRONG_TYPE(
      "CL102", "wrong-type", "Each setting must have the type the API model gives it.", "type"),
  UNKNOWN_ENUM_VALUE(
      "CL103",
      "unknown-enum-value",
      "Enumerated settings must use one of the values the API model lists.",
      "enum"),
  LENGTH(
      "CL104",
      "length-out-of-range",
      "Strings must have a length within the API model's bounds.",
      "minLength",
      "maxLength"),
  PATTERN(
      "CL105",
      "pattern-mismatch",
      "Strings must match the API model's pattern, as a whole.",
      "pattern"),
  RANGE(
      "CL106",
      "value-out-of-range",
      "Numbers must lie within the API model's minimum and maximum.",
      "minimum",
      "maximum"),
  ITEM_COUNT(
      "CL107",
      "too-many-items",
      "Lists must not have more items than the API model allows.",
      "maxItems",
      "minItems"),
  MISSING_REQUIRED(
      "CL108", "missing-required-property", "Required members must be present.", "required");

  private final RuleMeta meta;
  private final List<String> keywords;

  StructureRule(String id, String name, String summary, String... keywords) {
    RuleMeta meta = new RuleMeta(id, name, Severity.ERROR, summary, false);
    // The structure rules that fix what they report (see StructureFixes).
    this.meta =
        id.equals("CL102") || id.equals("CL103") ? meta.withFix(Fix.Applicability.SAFE) : meta;
    this.keywords = List.of(keywords);
  }

  public RuleMeta meta() {
    return meta;
  }

  static Optional<StructureRule> forKeyword(String keyword) {
    return Arrays.stream(values()).filter(r -> r.keywords.contains(keyword)).findFirst();
  }
}
