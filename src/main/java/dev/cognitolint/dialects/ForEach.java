package dev.cognitolint.dialects;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resources of a CloudFormation Resources object as the AWS::LanguageExtensions transform makes
 * them. {@code Fn::ForEach::Loop: [Identifier, Collection, {OutputKey: OutputValue}]} stands for
 * one resource per item of the collection, in which {@code ${Identifier}}, {@code &{Identifier}}
 * (the item without its non-alphanumeric characters) and {@code Ref: Identifier} are the item. A
 * collection that is not a literal list (a Ref to a CommaDelimitedList parameter: its value is the
 * deployer's, whatever its Default says) gives the body once with the identifier unknown, and so
 * does an item that is not a string: what does not depend on the item is still checked, and nothing
 * is guessed. A generated resource is located at the body as written.
 */
final class ForEach {
  private ForEach() {}

  static final String PREFIX = "Fn::ForEach::";

  /** CloudFormation's limits: a template declares at most 500 resources; loops nest 5 deep. */
  static final int MAX_RESOURCES = 500;

  static final int MAX_DEPTH = 5;

  /** How many values the copies of loop bodies may visit in all, against nested long loops. */
  static final int MAX_VALUES = 1_000_000;

  private static final String TOO_MANY_VALUES =
      "copy more than "
          + String.format(Locale.ROOT, "%,d", MAX_VALUES)
          + " values: the resources generated before are checked, the others are not";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A resource after the transform.
   *
   * @param logicalId its logical id: the concrete one, or as written where the item is unknown
   * @param pointer where it is written: the loop body for a generated one
   * @param node its declaration, with the loop identifiers replaced
   */
  record Resource(String logicalId, String pointer, JsonNode node) {}

  static List<Resource> resources(
      Document doc, String resourcesPointer, List<Document.Problem> problems) {
    Expansion expansion = new Expansion(doc, problems);
    expansion.entries(resourcesPointer, doc.root().at(resourcesPointer), new HashMap<>(), 0);
    return expansion.out;
  }

  private static final class Expansion {
    private final Document doc;
    private final List<Document.Problem> problems;
    private final List<Resource> out = new ArrayList<>();
    private int generated;
    private int values;
    private boolean capped;

    Expansion(Document doc, List<Document.Problem> problems) {
      this.doc = doc;
      this.problems = problems;
    }

    /**
     * @param bindings the identifiers of the enclosing loops and their items (null: unknown)
     */
    void entries(String pointer, JsonNode object, Map<String, String> bindings, int depth) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        if (capped) return;
        String entryPointer = Pointers.append(pointer, entry.getKey());
        if (entry.getKey().startsWith(PREFIX)) {
          loop(entryPointer, entry.getValue(), bindings, depth + 1);
        } else if (depth == 0) {
          out.add(new Resource(entry.getKey(), entryPointer, entry.getValue()));
        } else if (generated >= MAX_RESOURCES) {
          cap(
              entryPointer,
              "generate more than "
                  + MAX_RESOURCES
                  + " resources, the most a template may declare: the first "
                  + MAX_RESOURCES
                  + " are checked, the others are not");
        } else {
          generated++;
          JsonNode node = substituted(entry.getValue(), bindings);
          if (values > MAX_VALUES) cap(entryPointer, TOO_MANY_VALUES);
          else out.add(new Resource(key(entry.getKey(), bindings), entryPointer, node));
        }
      }
    }

    /** A loop that CloudFormation would reject as malformed is not read. */
    private void loop(String pointer, JsonNode loop, Map<String, String> bindings, int depth) {
      if (depth > MAX_DEPTH) {
        problems.add(
            problem(
                pointer,
                "nest more than "
                    + MAX_DEPTH
                    + " deep, which CloudFormation rejects: the loops inside are not read"));
        return;
      }
      if (!loop.isArray() || loop.size() != 3 || !loop.get(0).isString() || !loop.get(2).isObject())
        return;
      String identifier = loop.get(0).stringValue();
      JsonNode collection = substituted(loop.get(1), bindings);
      if (values > MAX_VALUES) {
        cap(pointer, TOO_MANY_VALUES);
        return;
      }
      List<String> items = new ArrayList<>();
      if (collection.isArray()) {
        for (JsonNode item : collection) {
          boolean scalar = item.isString() || item.isNumber() || item.isBoolean();
          items.add(scalar ? item.asString() : null);
        }
      } else {
        items.add(null);
      }
      for (String item : items) {
        Map<String, String> inner = new HashMap<>(bindings);
        inner.put(identifier, item);
        entries(Pointers.append(pointer, 2), loop.get(2), inner, depth);
        if (capped) return;
      }
    }

    private void cap(String pointer, String what) {
      capped = true;
      problems.add(problem(pointer, what));
    }

    private Document.Problem problem(String pointer, String what) {
      return new Document.Problem(
          InputRule.INPUT_LIMIT,
          "the Fn::ForEach loops of this template " + what,
          doc.locations().key(pointer),
          pointer);
    }

    private JsonNode substituted(JsonNode node, Map<String, String> bindings) {
      JsonNode copy = substitute(node, bindings);
      return copy == null ? node : copy;
    }

    /**
     * A copy with the identifiers replaced, or null where nothing is: what does not mention them is
     * shared, not copied.
     */
    private JsonNode substitute(JsonNode node, Map<String, String> bindings) {
      if (bindings.isEmpty() || ++values > MAX_VALUES) return null;
      if (node.isString()) {
        String text = text(node.stringValue(), bindings);
        return text.equals(node.stringValue()) ? null : NODES.stringNode(text);
      }
      if (node.isObject()) {
        JsonNode ref = node.path("Ref");
        if (node.size() == 1 && ref.isString() && bindings.get(ref.stringValue()) != null) {
          return NODES.stringNode(bindings.get(ref.stringValue()));
        }
        ObjectNode copy = NODES.objectNode();
        boolean changed = false;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          JsonNode value = substitute(e.getValue(), bindings);
          changed |= value != null;
          copy.set(e.getKey(), value == null ? e.getValue() : value);
        }
        return changed ? copy : null;
      }
      if (node.isArray()) {
        ArrayNode copy = NODES.arrayNode();
        boolean changed = false;
        for (JsonNode item : node) {
          JsonNode value = substitute(item, bindings);
          changed |= value != null;
          copy.add(value == null ? item : value);
        }
        return changed ? copy : null;
      }
      return null;
    }
  }

  /** A logical id: an unknown item's placeholder stays as written. */
  private static String key(String key, Map<String, String> bindings) {
    String out = key;
    for (Map.Entry<String, String> b : bindings.entrySet()) {
      if (b.getValue() == null) continue;
      out =
          out.replace("${" + b.getKey() + "}", b.getValue())
              .replace("&{" + b.getKey() + "}", alphanumeric(b.getValue()));
    }
    return out;
  }

  /** A string value: an unknown item's {@code &{Identifier}} becomes a placeholder as well. */
  private static String text(String text, Map<String, String> bindings) {
    if (!text.contains("{")) return text;
    String out = key(text, bindings);
    for (Map.Entry<String, String> b : bindings.entrySet()) {
      if (b.getValue() == null) out = out.replace("&{" + b.getKey() + "}", "${" + b.getKey() + "}");
    }
    return out;
  }

  private static String alphanumeric(String item) {
    return item.replaceAll("[^A-Za-z0-9]", "");
  }
}
