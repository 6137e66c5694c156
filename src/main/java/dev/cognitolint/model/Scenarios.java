package dev.cognitolint.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The clients a client with {@link Choice}s can be: one per assignment of the conditions it uses,
 * with every choice resolved to its branch, located where that branch is written. Only the first
 * {@link #MAX_CONDITIONS} conditions (in document order) are assigned; the choices of the others
 * stay unknown, so that a hostile file costs at most {@code 2^MAX_CONDITIONS} clients.
 */
public final class Scenarios {
  private Scenarios() {}

  public static final int MAX_CONDITIONS = 4;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * One way the client can be.
   *
   * @param assignment the value of each condition, in document order; empty for a client without
   *     choices
   */
  public record Scenario(AppClient client, Map<String, Boolean> assignment) {}

  /** The client's scenarios: just the client itself when it has no choices. */
  public static List<Scenario> of(AppClient client) {
    Set<JsonNode> withChoices = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> conditions = new ArrayList<>();
    if (!collect(client.settings(), withChoices, conditions)) {
      return List.of(new Scenario(client, Map.of()));
    }
    List<Scenario> out = new ArrayList<>();
    for (int bits = 0; bits < 1 << conditions.size(); bits++) {
      Map<String, Boolean> assignment = new LinkedHashMap<>();
      for (int i = 0; i < conditions.size(); i++) {
        assignment.put(conditions.get(i), (bits & 1 << i) == 0);
      }
      Resolution resolution = new Resolution(assignment, withChoices);
      JsonNode settings = resolution.resolve(client.settings(), "", "");
      Redirects redirects = new Redirects(resolution.targets, resolution.positions);
      out.add(
          new Scenario(
              new AppClient(
                  client.source(),
                  client.kind(),
                  client.name(),
                  settings instanceof ObjectNode o ? o : NODES.objectNode(),
                  client.locations().redirected(redirects),
                  client.anchor(),
                  client.names().redirected(redirects)),
              assignment));
    }
    return out;
  }

  /**
   * Whether the node has choices; records the containers that hold some and the conditions, the
   * first MAX_CONDITIONS of them.
   */
  private static boolean collect(
      JsonNode node, Set<JsonNode> withChoices, List<String> conditions) {
    Choice choice = Choice.of(node);
    if (choice != null) {
      boolean assigned = choice.condition() == null || conditions.contains(choice.condition());
      if (!assigned && conditions.size() < MAX_CONDITIONS) {
        conditions.add(choice.condition());
        assigned = true;
      }
      if (assigned) {
        collect(choice.whenTrue(), withChoices, conditions);
        if (choice.condition() != null) collect(choice.whenFalse(), withChoices, conditions);
      }
      return true;
    }
    boolean found = false;
    if (node.isContainer()) {
      for (JsonNode child : node.values()) found |= collect(child, withChoices, conditions);
    }
    if (found) withChoices.add(node);
    return found;
  }

  private static void collect(
      Choice.Branch branch, Set<JsonNode> withChoices, List<String> conditions) {
    if (branch.value() != null) collect(branch.value(), withChoices, conditions);
  }

  /** One assignment's copy of a client's settings, and where its values are written. */
  private static final class Resolution {
    private final Map<String, Boolean> assignment;
    private final Set<JsonNode> withChoices;
    final Map<String, String> targets = new HashMap<>();
    final Map<String, int[]> positions = new HashMap<>();

    Resolution(Map<String, Boolean> assignment, Set<JsonNode> withChoices) {
      this.assignment = assignment;
      this.withChoices = withChoices;
    }

    /**
     * The node with its choices resolved, or null where a choice removes it.
     *
     * @param pointer where it stands in the resolved settings
     * @param written where it is written in the client's locations
     */
    JsonNode resolve(JsonNode node, String pointer, String written) {
      Choice choice = Choice.of(node);
      if (choice != null) {
        Boolean value =
            choice.condition() == null ? Boolean.TRUE : assignment.get(choice.condition());
        if (value == null) return Values.unknown(choice.whole()); // beyond MAX_CONDITIONS
        Choice.Branch branch = choice.branch(value);
        if (branch.value() == null) return null;
        targets.put(pointer, branch.pointer());
        return resolve(branch.value(), pointer, branch.pointer());
      }
      if (!withChoices.contains(node)) return node;
      if (node.isObject()) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          JsonNode value =
              resolve(
                  e.getValue(),
                  Pointers.append(pointer, e.getKey()),
                  Pointers.append(written, e.getKey()));
          if (value != null) out.set(e.getKey(), value);
        }
        return out;
      }
      ArrayNode out = NODES.arrayNode();
      int[] kept = new int[node.size()];
      for (int i = 0; i < node.size(); i++) {
        String item = Pointers.append(pointer, out.size());
        if (out.size() != i) targets.put(item, Pointers.append(written, i));
        JsonNode value = resolve(node.get(i), item, Pointers.append(written, i));
        if (value == null) {
          targets.remove(item);
          continue;
        }
        kept[out.size()] = i;
        out.add(value);
      }
      if (out.size() < node.size()) positions.put(pointer, Arrays.copyOf(kept, out.size()));
      return out;
    }
  }
}
