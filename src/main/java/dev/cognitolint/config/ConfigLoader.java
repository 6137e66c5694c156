package dev.cognitolint.config;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.files.SourceReader;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Span;
import dev.cognitolint.schema.SchemaCheck;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a {@code .cognito-lint.yaml}, checked against {@code
 * schemas/cognito-lint-config.schema.json}.
 */
final class ConfigLoader {
  private static final String SCHEMA = "cognito-lint-config.schema.json";

  private ConfigLoader() {}

  /** Reads one configuration file as written; a mistake in it names the file, line and column. */
  static ConfigFile read(Path file, String shown) throws ConfigException {
    Document doc;
    try {
      List<Document> docs =
          new YamlReader(Limits.DEFAULT).read(new SourceReader(Limits.DEFAULT).read(file, shown));
      if (docs.isEmpty() || docs.get(0).root().isNull()) {
        return new ConfigFile(
            file, false, List.of(), settings(shown, MissingNode.getInstance()), List.of());
      }
      doc = docs.get(0);
    } catch (InputException e) {
      throw new ConfigException(at(shown, e.span()) + e.getMessage());
    }
    if (!doc.problems().isEmpty()) {
      Document.Problem p = doc.problems().get(0);
      throw new ConfigException(at(shown, p.span()) + p.message());
    }
    List<Error> errors = schema().validate(doc.root());
    if (!errors.isEmpty()) {
      Error e = errors.get(0);
      String pointer = pointer(e);
      String where = Pointers.display(pointer);
      Span span =
          e.getKeyword().equals("additionalProperties")
              ? doc.locations().key(pointer)
              : doc.locations().value(pointer);
      throw new ConfigException(
          at(shown, span)
              + (where.isEmpty() ? "" : where + ": ")
              + e.getMessage().replaceFirst("^\\$[^:]*: ", ""));
    }
    JsonNode root = doc.root();
    List<ConfigFile.Base> bases = new ArrayList<>();
    JsonNode extended = root.path("extends");
    if (extended.isString())
      bases.add(new ConfigFile.Base(extended.asString(), doc.locations().value("/extends")));
    for (int i = 0; i < extended.size(); i++) {
      bases.add(
          new ConfigFile.Base(extended.get(i).asString(), doc.locations().value("/extends/" + i)));
    }
    List<ConfigFile.Override> overrides = new ArrayList<>();
    JsonNode entries = root.path("overrides");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      overrides.add(
          new ConfigFile.Override(
              strings(entry.path("files")), settings(shown + ": overrides[" + i + "]", entry)));
    }
    return new ConfigFile(
        file, root.path("root").asBoolean(false), bases, settings(shown, root), overrides);
  }

  /**
   * The settings of the file's top level or of an overrides entry (which has no failLevel, include
   * or exclude).
   */
  private static Settings settings(String source, JsonNode node) {
    Map<String, String> rules = new LinkedHashMap<>();
    node.path("rules").properties().forEach(e -> rules.put(e.getKey(), e.getValue().asString()));
    JsonNode options = node.path("options");
    Map<String, Set<String>> known = new LinkedHashMap<>();
    options
        .path("knownValues")
        .properties()
        .forEach(e -> known.put(e.getKey(), new LinkedHashSet<>(strings(e.getValue()))));
    JsonNode maxDays = options.path("maxRefreshTokenDays");
    JsonNode pluginTimeout = options.path("pluginTimeoutSeconds");
    return new Settings(
        source,
        rules,
        options.has("httpHosts") ? new LinkedHashSet<>(strings(options.path("httpHosts"))) : null,
        maxDays.isIntegralNumber() ? maxDays.intValue() : null,
        pluginTimeout.isNumber() ? pluginTimeout.doubleValue() : null,
        known,
        node.path("failLevel").isString() ? node.get("failLevel").asString() : null,
        node.has("include") ? strings(node.path("include")) : null,
        node.has("exclude") ? strings(node.path("exclude")) : null);
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(v -> out.add(v.asString()));
    return out;
  }

  private static String at(String file, Span span) {
    return file + ":" + span.line() + ":" + span.column() + ": ";
  }

  private static String pointer(Error error) {
    String pointer = SchemaCheck.pointer(error.getInstanceLocation());
    if (error.getProperty() != null && error.getKeyword().equals("additionalProperties")) {
      pointer = Pointers.append(pointer, error.getProperty());
    }
    return pointer;
  }

  private static Schema schema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/schemas/" + SCHEMA)) {
      return registry.getSchema(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
