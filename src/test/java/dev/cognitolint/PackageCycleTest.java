package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main classes depend on each other without a cycle, so that each stage (files,
 * syntax, dialects, model, rules, report, cli) can be read and changed on its own. The dependencies
 * are jdeps's, from the compiled classes: an import, a fully qualified name or a constant all
 * count.
 */
class PackageCycleTest {
  private static final Pattern EDGE =
      Pattern.compile(
          "^\\s*(dev\\.cognitolint[\\w.]*)\\s+->\\s+(dev\\.cognitolint[\\w.]*)\\s",
          Pattern.MULTILINE);

  @Test
  void mainPackagesHaveNoCycle() throws Exception {
    Map<String, Set<String>> graph = dependencies();
    assertTrue(
        graph.getOrDefault("dev.cognitolint.dialects", Set.of()).contains("dev.cognitolint.syntax"),
        "jdeps output not understood: " + graph);
    assertEquals(List.of(), cycle(graph), "a package cycle among the main classes");
  }

  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> graph =
        new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d")));
    assertEquals(List.of("a", "b", "c", "a"), cycle(graph));
  }

  private static Map<String, Set<String>> dependencies() throws Exception {
    Path classes =
        Path.of(Linter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("jdeps is not in this JDK"));
    StringWriter out = new StringWriter();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(out),
            "-verbose:package",
            "-filter:none",
            "-e",
            "dev\\.cognitolint.*",
            classes.toString());
    assertEquals(0, status, out.toString());
    Map<String, Set<String>> graph = new TreeMap<>();
    Matcher m = EDGE.matcher(out.toString());
    while (m.find()) {
      if (!m.group(1).equals(m.group(2)))
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
    }
    return graph;
  }

  /**
   * One cycle, as the packages along it with the first repeated at the end; empty if there is none.
   */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Set<String> done = new TreeSet<>();
    for (String start : graph.keySet()) {
      List<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  private static List<String> cycleFrom(
      String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
    int seen = path.indexOf(node);
    if (seen >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
      cycle.add(node);
      return cycle;
    }
    if (done.contains(node)) return List.of();
    path.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      List<String> found = cycleFrom(next, graph, path, done);
      if (!found.isEmpty()) return found;
    }
    path.remove(path.size() - 1);
    done.add(node);
    return List.of();
  }
}
