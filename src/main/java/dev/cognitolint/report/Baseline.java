package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings accepted as they are, so that a team can adopt the linter on an old repository and see
 * only new findings. A finding is keyed by file, logical location (resource or client name and
 * property path) and rule, never by line, so moving code does not bring old findings back.
 */
public final class Baseline {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Map<String, Integer> counts;

  private Baseline(Map<String, Integer> counts) {
    this.counts = counts;
  }

  static String key(Finding f) {
    return f.path() + "\u0000" + f.location() + "\u0000" + f.rule().id();
  }

  public static Baseline read(Path file) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try {
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (root.path("version").asInt() != 1) throw new IOException(file + ": not a cognito-lint baseline (version 1)");
      for (JsonNode entry : root.path("findings")) {
        String key = entry.path("path").asString() + "\u0000" + entry.path("location").asString() + "\u0000"
            + entry.path("rule").asString();
        counts.merge(key, Math.max(1, entry.path("count").asInt(1)), Integer::sum);
      }
    } catch (JacksonException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage());
    }
    return new Baseline(counts);
  }

  /** The findings not in the baseline (as many of each key as the baseline holds are dropped). */
  public List<Finding> newFindings(List<Finding> findings) {
    Map<String, Integer> left = new HashMap<>(counts);
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      String key = key(f);
      int n = left.getOrDefault(key, 0);
      if (n > 0 && !f.isSuppressed()) left.put(key, n - 1);
      else out.add(f);
    }
    return out;
  }

  /** Writes the unsuppressed findings as a baseline, sorted, with counts. */
  public static void write(List<Finding> findings, Path file) throws IOException {
    TreeMap<String, Integer> counts = new TreeMap<>();
    findings.stream().filter(f -> !f.isSuppressed()).forEach(f -> counts.merge(key(f), 1, Integer::sum));
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("version", 1);
    ArrayNode entries = root.putArray("findings");
    counts.forEach((key, count) -> {
      String[] parts = key.split("\u0000", -1);
      ObjectNode entry = entries.addObject();
      entry.put("path", parts[0]);
      entry.put("location", parts[1]);
      entry.put("rule", parts[2]);
      if (count > 1) entry.put("count", count);
    });
    AtomicFiles.write(file, JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n");
  }
}
