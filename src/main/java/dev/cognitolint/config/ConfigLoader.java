package dev.cognitolint.config;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.files.SourceReader;
import dev.cognitolint.syntax.YamlReader;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Span;
import dev.cognitolint.schema.SchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Finds and reads {@code .cognito-lint.yaml}, checked against {@code schemas/cognito-lint-config.schema.json}. */
public final class ConfigLoader {
  public static final List<String> FILE_NAMES = List.of(".cognito-lint.yaml", ".cognito-lint.yml");
  private static final String SCHEMA = "cognito-lint-config.schema.json";

  private ConfigLoader() {}

  /**
   * The nearest configuration file from the directory upward to the root of the git repository it
   * is in (the nearest folder holding {@code .git}, a folder or a file); outside a repository, only
   * the directory itself. A file above the repository ($HOME, /tmp) is not the owner's to choose.
   */
  public static Optional<Path> find(Path directory) {
    Path start = directory.toAbsolutePath().normalize();
    Path top = repositoryRoot(start).orElse(start);
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) return Optional.of(candidate);
      }
      if (dir.equals(top)) break;
    }
    return Optional.empty();
  }

  private static Optional<Path> repositoryRoot(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) return Optional.of(dir);
    }
    return Optional.empty();
  }

  public static Config load(Path file) throws ConfigException {
    String shown = file.toString();
    Document doc;
    try {
      List<Document> docs = new YamlReader(Limits.DEFAULT).read(new SourceReader(Limits.DEFAULT).read(file, shown));
      if (docs.isEmpty() || docs.get(0).root().isNull()) return new Config(file, Map.of(), Set.of(), null, null, null, List.of(), List.of(), Map.of());
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
      Span span = e.getKeyword().equals("additionalProperties") ? doc.locations().key(pointer) : doc.locations().value(pointer);
      throw new ConfigException(at(shown, span) + (where.isEmpty() ? "" : where + ": ") + e.getMessage()
          .replaceFirst("^\\$[^:]*: ", ""));
    }
    JsonNode root = doc.root();
    Map<String, String> rules = new LinkedHashMap<>();
    root.path("rules").properties().forEach(e -> rules.put(e.getKey(), e.getValue().asString()));
    Set<String> hosts = new LinkedHashSet<>();
    root.path("options").path("httpHosts").forEach(h -> hosts.add(h.asString()));
    JsonNode maxDays = root.path("options").path("maxRefreshTokenDays");
    JsonNode pluginTimeout = root.path("options").path("pluginTimeoutSeconds");
    Map<String, Set<String>> known = new LinkedHashMap<>();
    root.path("options").path("knownValues").properties()
        .forEach(e -> known.put(e.getKey(), new LinkedHashSet<>(strings(e.getValue()))));
    return new Config(file, rules, hosts, maxDays.isIntegralNumber() ? maxDays.intValue() : null,
        pluginTimeout.isNumber() ? pluginTimeout.doubleValue() : null,
        root.path("failLevel").isString() ? root.get("failLevel").asString() : null,
        strings(root.path("include")), strings(root.path("exclude")), known);
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
      return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
