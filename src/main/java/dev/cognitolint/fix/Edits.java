package dev.cognitolint.fix;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The edits that fixes are made of, computed on a client's original text: each checks that the text
 * at a value's span is what the tree says before it touches it (a tag, an escape, a block scalar or
 * an alias it does not understand gives no edit), and writes in the style of the neighbours
 * (quotes, indentation, block or flow list, JSON commas, HCL alignment, line ends).
 */
public final class Edits {
  private Edits() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What YAML reads as a plain string that stays a string (not a number, boolean or null). */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./:@+-]*");

  private static final Pattern FALSE = Pattern.compile("([\"']?)(false|False|FALSE)(\\1)");

  private static final Pattern YAML_NON_STRING =
      Pattern.compile("(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?(\\.inf|\\.nan)");

  /** The safe fix that replaces a string value by its did-you-mean: "Replace 'x' with 'y'". */
  public static Optional<Fix> replacement(
      AppClient client, String pointer, String text, String replacement) {
    return replaceString(client, pointer, replacement)
        .map(
            e ->
                new Fix(
                    "Replace '" + text + "' with '" + replacement + "'",
                    Fix.Applicability.SAFE,
                    List.of(e)));
  }

  /** Replaces a known string value by another, quoted as it was. */
  public static Optional<Edit> replaceString(AppClient client, String pointer, String replacement) {
    SourceIndex index = SourceIndex.of(client.source());
    JsonNode node = at(client, pointer);
    if (node == null || !node.isString()) return Optional.empty();
    Span span = client.locations().value(pointer);
    int start = index.start(span);
    int end = index.end(span);
    String raw = index.text().substring(start, end);
    Quote quote = Quote.of(raw, node.stringValue());
    if (quote == null) return Optional.empty();
    String written = quote.write(replacement, isHcl(client));
    return written == null ? Optional.empty() : Optional.of(index.edit(start, end, written));
  }

  /** Replaces the whole text of a value (a quoted number by the number, false by true). */
  public static Optional<Edit> replaceValue(
      AppClient client, String pointer, String expectedRaw, String replacement) {
    SourceIndex index = SourceIndex.of(client.source());
    Span span = client.locations().value(pointer);
    int start = index.start(span);
    int end = index.end(span);
    if (!index.text().substring(start, end).equals(expectedRaw)) return Optional.empty();
    return Optional.of(index.edit(start, end, replacement));
  }

  /**
   * Replaces a false written as such ({@code false}, {@code False}, {@code FALSE}, or quoted, as a
   * CloudFormation string) by true in the same case and quotes.
   */
  public static Optional<Edit> replaceFalse(AppClient client, String pointer) {
    SourceIndex index = SourceIndex.of(client.source());
    String raw = index.text(client.locations().value(pointer));
    Matcher written = FALSE.matcher(raw);
    if (!written.matches()) return Optional.empty();
    String word = written.group(2);
    String replacement = word.equals("false") ? "true" : word.equals("False") ? "True" : "TRUE";
    return replaceValue(client, pointer, raw, written.group(1) + replacement + written.group(3));
  }

  /**
   * Replaces literal text inside a string value whose source is partly unknown ({@code !Sub
   * "http://${Host}/cb"}, {@code "http://${var.domain}/cb"}): {@code from} must be written as such
   * at {@code at} chars into the string's content (0: its start; -1: its end).
   */
  public static Optional<Edit> replaceInString(
      AppClient client, String pointer, String from, String to, boolean atEnd) {
    SourceIndex index = SourceIndex.of(client.source());
    int[] content = content(client, index, pointer);
    if (content == null) return Optional.empty();
    String text = index.text();
    int at = atEnd ? content[1] - from.length() : content[0];
    if (at < content[0] || !text.startsWith(from, at)) return Optional.empty();
    if (from.indexOf('\\') >= 0
        || to.indexOf('\\') >= 0
        || to.indexOf('"') >= 0
        || to.indexOf('\'') >= 0) return Optional.empty();
    return Optional.of(index.edit(at, at + from.length(), to));
  }

  /**
   * The char range of a string value's content as written (inside its quotes, after a tag), or
   * null.
   */
  private static int[] content(AppClient client, SourceIndex index, String pointer) {
    JsonNode node = at(client, pointer);
    Span span = client.locations().value(pointer);
    int start = index.start(span);
    int end = index.end(span);
    String text = index.text();
    if (text.startsWith("{", start)) {
      // The long form, {"Fn::Sub": "..."}: its string is located apart.
      Span sub = client.locations().value(Pointers.append(pointer, "Fn::Sub"));
      if (sub.equals(span) || !(node != null && Values.isUnknown(node))) return null;
      start = index.start(sub);
      end = index.end(sub);
    }
    if (text.startsWith("!Sub", start)) {
      start += 4;
      while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) start++;
    }
    if (start >= end) return null;
    char first = text.charAt(start);
    if (first == '"' || first == '\'') {
      if (end - start < 2 || text.charAt(end - 1) != first) return null;
      return new int[] {start + 1, end - 1};
    }
    String raw = text.substring(start, end);
    // A plain scalar: one line, nothing YAML would read otherwise.
    if (raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0 || "!&*|>[{".indexOf(first) >= 0)
      return null;
    return new int[] {start, end};
  }

  /** Adds a string at the end of a known list, written as its last item is. */
  public static Optional<Edit> appendItem(AppClient client, String listPointer, String value) {
    JsonNode list = at(client, listPointer);
    if (list == null || !list.isArray() || list.isEmpty()) return Optional.empty();
    SourceIndex index = SourceIndex.of(client.source());
    String text = index.text();
    int last = list.size() - 1;
    Span lastSpan = client.locations().value(Pointers.append(listPointer, last));
    int start = index.start(lastSpan);
    int end = index.end(lastSpan);
    if (lastSpan.equals(client.locations().value(listPointer)) || end <= start)
      return Optional.empty();
    String raw = text.substring(start, end);
    Quote quote = list.get(last).isString() ? Quote.of(raw, list.get(last).stringValue()) : null;
    String written = (quote != null ? quote : Quote.DOUBLE).write(value, isHcl(client));
    if (written == null) return Optional.empty();
    String before = text.substring(index.lineStart(start), start);
    String lineBreak = index.lineBreak(start);
    if (before.matches("[ \\t]*-[ \\t]+")) {
      // A block list: a new line like the last item's, after that item's whole line (its comment
      // too).
      if (index.lineEnd(end) != index.lineEnd(start)) return Optional.empty();
      int at = index.lineEnd(end);
      return Optional.of(index.edit(at, at, lineBreak + before + written));
    }
    int afterComma = skipBlanks(text, end);
    boolean trailingComma = afterComma < text.length() && text.charAt(afterComma) == ',';
    if (before.isBlank()) {
      // One item a line (JSON, a flow list, HCL): the same indentation, the commas where the list
      // puts them.
      if (trailingComma) {
        return Optional.of(
            index.edit(afterComma + 1, afterComma + 1, lineBreak + before + written + ","));
      }
      return Optional.of(index.edit(end, end, "," + lineBreak + before + written));
    }
    String separator = ", ";
    if (last > 0) {
      int previousEnd = index.end(client.locations().value(Pointers.append(listPointer, last - 1)));
      String between = previousEnd < start ? text.substring(previousEnd, start) : "";
      if (between.matches("[ \\t]*,[ \\t]*")) separator = between;
    }
    if (trailingComma) {
      return Optional.of(
          index.edit(
              afterComma + 1,
              afterComma + 1,
              separator.substring(separator.indexOf(',') + 1) + written + ","));
    }
    return Optional.of(index.edit(end, end, separator + written));
  }

  /**
   * Removes an item from a known list: its whole line where it stands alone on one, else the item
   * and the comma that follows it (the one before it, for the last).
   */
  public static Optional<Edit> removeItem(AppClient client, String listPointer, int item) {
    JsonNode list = at(client, listPointer);
    if (list == null || !list.isArray() || list.size() < 2 || item >= list.size())
      return Optional.empty();
    SourceIndex index = SourceIndex.of(client.source());
    String text = index.text();
    Span span = client.locations().value(Pointers.append(listPointer, item));
    int start = index.start(span);
    int end = index.end(span);
    String before = text.substring(index.lineStart(start), start);
    int afterItem = skipBlanks(text, end);
    boolean comma = afterItem < text.length() && text.charAt(afterItem) == ',';
    int lineRest = comma ? skipBlanks(text, afterItem + 1) : afterItem;
    boolean aloneOnLine =
        lineRest == index.lineEnd(end)
            && index.lineOf(start) == index.lineOf(end)
            && (before.matches("[ \\t]*-[ \\t]+")
                || before.isBlank() && (comma || item == list.size() - 1));
    if (aloneOnLine && !(before.isBlank() && !comma)) {
      return Optional.of(index.edit(index.lineStart(start), index.nextLineStart(end), ""));
    }
    if (before.matches("[ \\t]*-[ \\t]+")) return Optional.empty();
    if (item < list.size() - 1) {
      int next = index.start(client.locations().value(Pointers.append(listPointer, item + 1)));
      if (!comma || next <= afterItem) return Optional.empty();
      return Optional.of(index.edit(start, next, ""));
    }
    int previousEnd = index.end(client.locations().value(Pointers.append(listPointer, item - 1)));
    if (previousEnd >= start || !text.substring(previousEnd, start).strip().equals(","))
      return Optional.empty();
    return Optional.of(index.edit(previousEnd, comma ? afterItem + 1 : end, comma ? "," : ""));
  }

  /**
   * Adds a setting to the client, before its first one in the file and written as that one is: the
   * same indentation and key quotes, a comma in JSON, the {@code =} aligned in HCL where the
   * following lines align theirs. {@code value} is a String or a Boolean.
   */
  public static Optional<Edit> addSetting(AppClient client, String member, Object value) {
    JsonNode node =
        value instanceof Boolean b ? NODES.booleanNode(b) : NODES.stringNode((String) value);
    return addSettings(client, Map.of(member, node));
  }

  /**
   * Adds settings (by API member name, in the map's order) to the client as {@link #addSetting}
   * adds one. A list or object value is written as the file nests: inline as JSON in JSON and in a
   * flow mapping, as blocks in a YAML block mapping (indented as the client's own lists and
   * mappings); Terraform gets one scalar setting only.
   */
  public static Optional<Edit> addSettings(AppClient client, Map<String, JsonNode> settings) {
    SourceIndex index = SourceIndex.of(client.source());
    String text = index.text();
    boolean hcl = isHcl(client);
    if (settings.isEmpty() || hcl && settings.size() > 1) return Optional.empty();
    int first = -1;
    String firstKey = null;
    for (String existing : (Iterable<String>) () -> client.settings().propertyNames().iterator()) {
      Span key = client.locations().key("/" + existing);
      int start = index.start(key);
      String raw = text.substring(start, Math.max(start, index.end(key)));
      String expected = client.names().key("/" + existing);
      if (!raw.equals(expected)
          && !raw.equals("\"" + expected + "\"")
          && !raw.equals("'" + expected + "'")) continue;
      if (first < 0 || start < first) {
        first = start;
        firstKey = raw;
      }
    }
    if (first < 0) return Optional.empty();
    // In JSON and YAML flow mappings the first member follows the brace; its successors need a
    // comma.
    int previous = first - 1;
    while (previous >= 0 && Character.isWhitespace(text.charAt(previous))) previous--;
    boolean flow = !hcl && previous >= 0 && text.charAt(previous) == '{';
    boolean quotedKey = firstKey.startsWith("\"");
    String lineBreak = index.lineBreak(first);
    String before = text.substring(index.lineStart(first), first);
    boolean block = !hcl && !flow && before.isBlank();
    Nesting nesting = block ? Nesting.of(client, index) : null;
    StringBuilder added = new StringBuilder();
    for (Map.Entry<String, JsonNode> setting : settings.entrySet()) {
      String name = client.names().key("/" + setting.getKey());
      String written =
          block
              ? nesting.block(setting.getValue(), before, lineBreak)
              : inline(setting.getValue(), hcl || quotedKey);
      if (written == null) return Optional.empty();
      if (hcl) {
        // terraform fmt aligns the = of consecutive attributes: join the following line's
        // alignment where the name fits in it, else stand apart, a blank line after, as an
        // alignment group of its own.
        int equals = skipBlanks(text, first + firstKey.length());
        boolean fits = text.startsWith("=", equals) && equals - first > name.length();
        added
            .append(name)
            .append(" ".repeat(fits ? equals - first - name.length() : 1))
            .append("= ")
            .append(written)
            .append(fits ? "" : lineBreak);
      } else {
        String key =
            quotedKey ? "\"" + name + "\"" : firstKey.startsWith("'") ? "'" + name + "'" : name;
        added.append(key).append(':').append(block ? written : " " + written);
        if (flow) added.append(',');
      }
      if (before.isBlank()) added.append(lineBreak).append(before);
      else added.append(' ');
    }
    String setting = added.substring(0, added.length() - (before.isBlank() ? before.length() : 0));
    if (before.isBlank()) {
      // Before the comment lines right above the first setting: they belong to it; unless they
      // open the file, a header of the whole file (# aws cognito-idp update-user-pool-client ...).
      int at = index.lineStart(first);
      while (at > 0) {
        int above = index.lineStart(at - 1);
        String line = text.substring(above, at).strip();
        if (!line.startsWith("#") && !line.startsWith("//")) break;
        at = above;
      }
      if (at == 0) at = index.lineStart(first);
      return Optional.of(index.edit(at, at, before + setting));
    }
    // A one-line HCL block (a { b = 1 }) has no room for a second attribute; a block mapping's
    // first key after "- " neither.
    if (hcl || !flow) return Optional.empty();
    return Optional.of(index.edit(first, first, setting));
  }

  /**
   * A value on one line: a string quoted where JSON or HCL needs it or plain YAML cannot hold it,
   * lists and objects in brackets and braces; null for what needs an escape or is not known.
   */
  private static String inline(JsonNode value, boolean json) {
    if (value.isString()) return Quote.PLAIN.write(value.stringValue(), json);
    if (value.isNumber() || value.isBoolean()) return value.toString();
    List<String> items = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode item : value) items.add(inline(item, json));
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        String key = Quote.PLAIN.write(member.getKey(), json);
        String item = inline(member.getValue(), json);
        items.add(key == null || item == null ? null : key + ": " + item);
      }
    } else {
      return null;
    }
    if (items.contains(null)) return null;
    String joined = String.join(", ", items);
    return value.isArray() ? "[" + joined + "]" : "{" + joined + "}";
  }

  /**
   * How a YAML client indents below a key: a block list's dash (at the key's column, or further in)
   * and a nested mapping's keys; two spaces where it has neither.
   */
  private record Nesting(String list, String mapping) {
    static Nesting of(AppClient client, SourceIndex index) {
      String list = null;
      String mapping = null;
      for (Map.Entry<String, JsonNode> member : client.settings().properties()) {
        JsonNode value = member.getValue();
        if (!(value.isArray() || value.isObject()) || value.isEmpty()) continue;
        String pointer = Pointers.append("", member.getKey());
        int key = index.start(client.locations().key(pointer));
        String firstPointer =
            value.isArray()
                ? Pointers.append(pointer, 0)
                : Pointers.append(pointer, value.propertyNames().iterator().next());
        int item =
            index.start(
                value.isArray()
                    ? client.locations().value(firstPointer)
                    : client.locations().key(firstPointer));
        if (index.lineOf(item) == index.lineOf(key)) continue;
        String keyIndent = index.text().substring(index.lineStart(key), key);
        String itemLine = index.text().substring(index.lineStart(item), item);
        if (!keyIndent.isBlank() || !itemLine.startsWith(keyIndent)) continue;
        String deeper = itemLine.substring(keyIndent.length());
        if (value.isArray() && list == null && deeper.matches("[ ]*-[ ]+"))
          list = deeper.substring(0, deeper.indexOf('-'));
        if (value.isObject() && mapping == null && deeper.matches("[ ]+")) mapping = deeper;
      }
      return new Nesting(list == null ? "  " : list, mapping == null ? "  " : mapping);
    }

    /** The value after its key's colon: a scalar or empty list on the line, else nested blocks. */
    String block(JsonNode value, String indent, String lineBreak) {
      if (!(value.isArray() || value.isObject()) || value.isEmpty()) {
        String written = inline(value, false);
        return written == null ? null : " " + written;
      }
      StringBuilder out = new StringBuilder();
      if (value.isArray()) {
        for (JsonNode item : value) {
          String written = inline(item, false);
          if (written == null) return null;
          out.append(lineBreak).append(indent).append(list).append("- ").append(written);
        }
        return out.toString();
      }
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        String key = Quote.PLAIN.write(member.getKey(), false);
        String written = block(member.getValue(), indent + mapping, lineBreak);
        if (key == null || written == null) return null;
        out.append(lineBreak)
            .append(indent)
            .append(mapping)
            .append(key)
            .append(':')
            .append(written);
      }
      return out.toString();
    }
  }

  private static JsonNode at(AppClient client, String pointer) {
    JsonNode node = client.settings().at(pointer);
    return node.isMissingNode() ? null : node;
  }

  private static boolean isHcl(AppClient client) {
    return Syntax.of(client.source().path(), client.source().text()) == Syntax.HCL;
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
    return i;
  }

  /** How a string scalar is written. */
  enum Quote {
    PLAIN,
    SINGLE,
    DOUBLE;

    /**
     * The style of raw, when raw is exactly value in it (no escapes, no tag, one line); else null.
     */
    static Quote of(String raw, String value) {
      if (raw.equals(value) && plainSafe(value)) return PLAIN;
      if (raw.equals("'" + value + "'") && value.indexOf('\'') < 0 && value.indexOf('\n') < 0)
        return SINGLE;
      if (raw.equals("\"" + value + "\"")
          && value.indexOf('\\') < 0
          && value.indexOf('"') < 0
          && value.indexOf('\n') < 0) return DOUBLE;
      return null;
    }

    /**
     * The value in this style (double quotes where the syntax needs them or plain cannot hold it);
     * null when it needs escapes.
     */
    String write(String value, boolean quotesNeeded) {
      if (value.indexOf('"') >= 0
          || value.indexOf('\\') >= 0
          || value.indexOf('\'') >= 0
          || value.chars().anyMatch(c -> c < 0x20)) return null;
      if (quotesNeeded) return "\"" + value + "\"";
      return switch (this) {
        case PLAIN -> plainSafe(value) ? value : "\"" + value + "\"";
        case SINGLE -> "'" + value + "'";
        case DOUBLE -> "\"" + value + "\"";
      };
    }
  }

  private static boolean plainSafe(String value) {
    return PLAIN.matcher(value).matches() && !YAML_NON_STRING.matcher(value).matches();
  }

  /** Several edits of one fix, in order; empty when any is missing or two overlap. */
  public static Optional<List<Edit>> all(List<Optional<Edit>> edits) {
    List<Edit> out = new ArrayList<>();
    for (Optional<Edit> e : edits) {
      if (e.isEmpty()) return Optional.empty();
      out.add(e.get());
    }
    out.sort(java.util.Comparator.comparingInt(Edit::offset));
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).offset() < out.get(i - 1).offset() + out.get(i - 1).length())
        return Optional.empty();
    }
    return Optional.of(out);
  }
}
