package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SafeText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings accepted as they are, so that a team can adopt the linter on an old repository and see
 * only new findings. A finding is keyed by file, rule and its {@link
 * dev.cognitolint.model.Subject}: the logical location without list positions (resource or client
 * name and property path) and the value found there, never by line. Moving code or reordering a
 * list brings no old finding back; a changed value is a new finding.
 */
public final class Baseline {
  static final int VERSION = 2;

  /** Values longer than this are kept as their SHA-256, so that a baseline stays small. */
  static final int MAX_VALUE_CHARS = 200;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One entry; every part as it is written to the file (valid UTF-8, a long value hashed). */
  record Key(String path, String location, String value, String rule) {
    static final Comparator<Key> ORDER =
        Comparator.comparing(Key::path)
            .thenComparing(Key::location)
            .thenComparing(Key::value)
            .thenComparing(Key::rule);

    static Key of(String path, String location, String value, String rule) {
      String v = SafeText.wellFormed(value);
      return new Key(
          SafeText.wellFormed(path),
          SafeText.wellFormed(location),
          v.length() <= MAX_VALUE_CHARS ? v : "sha256:" + Fingerprints.sha256(v),
          SafeText.wellFormed(rule));
    }

    static Key of(Finding f) {
      return of(f.path(), f.subject().location(), f.subject().value(), f.rule().id());
    }
  }

  private final Map<Key, Integer> counts;

  private Baseline(Map<Key, Integer> counts) {
    this.counts = counts;
  }

  /** The unsuppressed findings, as a baseline. */
  public static Baseline of(List<Finding> findings) {
    Map<Key, Integer> counts = new TreeMap<>(Key.ORDER);
    findings.stream()
        .filter(f -> !f.isSuppressed())
        .forEach(f -> counts.merge(Key.of(f), 1, Integer::sum));
    return new Baseline(counts);
  }

  /** Reads a baseline; the message of the exception says what is wrong, not which file. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8");
    } catch (JacksonException e) {
      throw new IOException("not valid JSON: " + e.getOriginalMessage());
    }
    int version = root.path("version").asInt();
    if (version == 1) {
      throw new IOException(
          "a version 1 baseline, whose entries name list positions and not values, so a changed"
              + " value at the same position would stay hidden; write it again with --write-baseline and review the diff");
    }
    if (version != VERSION)
      throw new IOException("not a cognito-lint baseline (version " + VERSION + ")");
    Map<Key, Integer> counts = new TreeMap<>(Key.ORDER);
    for (JsonNode entry : root.path("findings")) {
      Key key =
          Key.of(
              entry.path("path").asString(),
              entry.path("location").asString(),
              entry.path("value").asString(),
              entry.path("rule").asString());
      counts.merge(key, Math.max(1, entry.path("count").asInt(1)), Integer::sum);
    }
    return new Baseline(counts);
  }

  /** The findings not in the baseline (as many of each key as the baseline holds are dropped). */
  public List<Finding> newFindings(List<Finding> findings) {
    Map<Key, Integer> left = new HashMap<>(counts);
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Key key = Key.of(f);
      int n = left.getOrDefault(key, 0);
      if (n > 0 && !f.isSuppressed()) left.put(key, n - 1);
      else out.add(f);
    }
    return out;
  }

  /** Writes the baseline, sorted (counts is a TreeMap), with counts. */
  public void write(Path file) throws IOException {
    ObjectNode root = Json.NODES.objectNode();
    root.put("version", VERSION);
    ArrayNode entries = root.putArray("findings");
    counts.forEach(
        (key, count) -> {
          ObjectNode entry =
              entries
                  .addObject()
                  .put("path", key.path())
                  .put("location", key.location())
                  .put("value", key.value())
                  .put("rule", key.rule());
          if (count > 1) entry.put("count", count);
        });
    AtomicFiles.write(file, Json.pretty(root));
  }
}
