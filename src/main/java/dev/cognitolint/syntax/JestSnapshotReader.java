package dev.cognitolint.syntax;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Locations;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Unknown;
import dev.cognitolint.model.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a Jest snapshot file ({@code __snapshots__/*.snap}): JavaScript that Jest writes as {@code
 * exports[`name 1`] = `text`;} entries, each text a value printed by pretty-format. A CDK test's
 * {@code expect(Template.fromStack(stack).toJSON()).toMatchSnapshot()} prints the synthesized
 * template so. Each entry whose text is a plain object becomes a document, located in the .snap
 * file; an entry pretty-format printed from anything else (a string, a class instance, a React
 * tree) is none of the linter's business and gives no document.
 *
 * <p>The text is a template literal in which Jest escapes a backtick, a backslash and {@code ${}
 * with a backslash. Up to Jest 28 pretty-format prints {@code Object {...}} and {@code Array [...]}
 * and escapes {@code "} and {@code \} in strings ({@code escapeString}); Jest 29's default prints
 * {@code {...}} and {@code [...]} and strings as they are. Which one an entry uses is read from its
 * first container, as those are the defaults. Property matchers print as {@code Any<String>} or
 * {@code Anything}: values unknown here.
 */
public final class JestSnapshotReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern EXPORT = Pattern.compile("exports\\[\\s*`");
  private static final Pattern ASSIGN = Pattern.compile("\\s*]\\s*=\\s*`");
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:e[+-]?[0-9]+)?");
  private static final Pattern MATCHER = Pattern.compile("Any<[A-Za-z_$][\\w$]*>|Anything");

  private final Limits limits;

  public JestSnapshotReader(Limits limits) {
    this.limits = limits;
  }

  /** Jest's snapshot files, by their name. */
  public static boolean applies(String path) {
    return path.endsWith(".snap");
  }

  /**
   * The documents of the entries that hold a plain object; a file that is not a snapshot file (or
   * an unterminated template literal) is a CL001 error, a nesting deeper than the limit CL004.
   */
  public List<Document> read(SourceFile source) throws InputException {
    FileText file = new FileText(source.text());
    List<Document> documents = new ArrayList<>();
    int pos = file.skipComments(0);
    while (pos < file.text.length()) {
      Matcher export = EXPORT.matcher(file.text).region(pos, file.text.length());
      if (!export.lookingAt())
        throw file.error(
            pos, "not a Jest snapshot file: expected exports[`name`] = `value`; entries here");
      Literal name = file.literal(export.end() - 1);
      Matcher assign = ASSIGN.matcher(file.text).region(name.end, file.text.length());
      if (!assign.lookingAt())
        throw file.error(name.end, "expected ] = ` after the snapshot's name");
      Literal value = file.literal(assign.end() - 1);
      pos = file.skipSpace(value.end);
      if (pos < file.text.length() && file.text.charAt(pos) == ';') pos++;
      pos = file.skipComments(pos);
      EntryParser entry = new EntryParser(file, value, limits.maxDepth());
      ObjectNode root = entry.object();
      if (root != null)
        documents.add(new Document(source, root, entry.locations, List.of(), List.of()));
    }
    return documents;
  }

  /** The file's text, and the line and column of any offset in it. */
  private static final class FileText {
    final String text;
    final int[] lineStarts;

    FileText(String text) {
      this.text = text;
      int lines = 1;
      for (int i = 0; i < text.length(); i++) if (endsLine(i)) lines++;
      lineStarts = new int[lines];
      for (int i = 0, line = 1; i < text.length(); i++) if (endsLine(i)) lineStarts[line++] = i + 1;
    }

    /** Whether a line ends at i: LF, CR LF or CR, as YAML and JavaScript count lines. */
    private boolean endsLine(int i) {
      char c = text.charAt(i);
      return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }

    /** From start to end, columns counted in code points, the end exclusive. */
    Span span(int start, int end) {
      int[] s = position(start);
      int[] e = position(end);
      return new Span(s[0], s[1], e[0], e[1]);
    }

    private int[] position(int offset) {
      int line = Arrays.binarySearch(lineStarts, offset);
      if (line < 0) line = -line - 2;
      return new int[] {line + 1, text.codePointCount(lineStarts[line], offset) + 1};
    }

    InputException error(int at, String message) {
      return new InputException(InputRule.SYNTAX_ERROR, message, span(at, at));
    }

    int skipSpace(int pos) {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
      return pos;
    }

    /** Past white space and JavaScript comments (Jest's header line is one). */
    int skipComments(int pos) throws InputException {
      while (true) {
        pos = skipSpace(pos);
        if (text.startsWith("//", pos)) {
          while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') pos++;
        } else if (text.startsWith("/*", pos)) {
          int end = text.indexOf("*/", pos + 2);
          if (end < 0) throw error(pos, "the comment opened here is not closed");
          pos = end + 2;
        } else {
          return pos;
        }
      }
    }

    /**
     * The template literal whose backtick is at open: its value, with the file offset of each of
     * its characters.
     */
    Literal literal(int open) throws InputException {
      int close = open + 1;
      while (close < text.length() && text.charAt(close) != '`')
        close += text.charAt(close) == '\\' ? 2 : 1;
      if (close >= text.length())
        throw error(open, "the template literal opened here is not closed with a backtick");
      StringBuilder value = new StringBuilder(close - open);
      int[] offsets = new int[close - open];
      int pos = open + 1;
      while (pos < close) {
        char c = text.charAt(pos);
        int at = pos;
        if (c == '\\') {
          char escaped = text.charAt(pos + 1);
          pos += 2;
          if (escaped == '\n' || escaped == '\r') { // a line continuation
            if (escaped == '\r' && pos < close && text.charAt(pos) == '\n') pos++;
            continue;
          }
          c =
              switch (escaped) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> escaped;
              };
        } else if (c == '$' && text.startsWith("${", pos)) {
          throw error(
              pos, "an unescaped ${ in a snapshot: Jest writes \\${, this would be interpolated");
        } else if (c == '\r') {
          // JavaScript reads CR LF and CR in a template literal as LF.
          c = '\n';
          pos += text.startsWith("\r\n", pos) ? 2 : 1;
        } else {
          pos++;
        }
        offsets[value.length()] = at;
        value.append(c);
      }
      offsets[value.length()] = close;
      return new Literal(value.toString(), offsets, close + 1);
    }
  }

  /**
   * A template literal's value.
   *
   * @param offsets the file offset of each character of the value, and of the closing backtick
   * @param end the file offset after the closing backtick
   */
  private record Literal(String value, int[] offsets, int end) {}

  /** Not the pretty-format of a plain value: the entry is something else. */
  private static final class NotPlain extends Exception {
    NotPlain() {
      super(null, null, false, false);
    }
  }

  /** Reads one entry's pretty-format text into a JSON tree with the spans of its values. */
  private static final class EntryParser {
    private final FileText file;
    private final String text;
    private final int[] offsets;
    private final int maxDepth;
    private final Locations locations = new Locations();
    private boolean escapedStrings;
    private int pos;
    private int depth;

    EntryParser(FileText file, Literal literal, int maxDepth) {
      this.file = file;
      this.text = literal.value();
      this.offsets = literal.offsets();
      this.maxDepth = maxDepth;
    }

    /** The entry's object, or null if it holds something else. */
    ObjectNode object() throws InputException {
      try {
        skipSpace();
        escapedStrings = text.startsWith("Object {", pos);
        if (!escapedStrings && !text.startsWith("{", pos)) return null;
        JsonNode root = value("");
        skipSpace();
        if (pos < text.length()) return null;
        return (ObjectNode) root;
      } catch (NotPlain e) {
        return null;
      }
    }

    private JsonNode value(String pointer) throws NotPlain, InputException {
      int start = pos;
      JsonNode node;
      if (take(escapedStrings ? "Object {" : "{")) node = members(pointer, start);
      else if (take(escapedStrings ? "Array [" : "[")) node = items(pointer, start);
      else if (at('"')) node = NODES.stringNode(string(false));
      else node = scalar();
      locations.putValue(pointer, span(start, pos));
      return node;
    }

    private ObjectNode members(String pointer, int start) throws NotPlain, InputException {
      enter(start);
      ObjectNode object = NODES.objectNode();
      while (true) {
        skipSpace();
        if (take("}")) break;
        int keyStart = pos;
        if (!at('"')) throw new NotPlain();
        String key = string(true);
        String member = Pointers.append(pointer, key);
        locations.putKey(member, span(keyStart, pos));
        if (!take(": ")) throw new NotPlain();
        JsonNode value = value(member);
        // JSON drops an undefined member, as the template CloudFormation gets would.
        if (!(value.isMissingNode())) object.set(key, value);
        if (!take(",")) {
          skipSpace();
          if (!take("}")) throw new NotPlain();
          break;
        }
      }
      depth--;
      return object;
    }

    private ArrayNode items(String pointer, int start) throws NotPlain, InputException {
      enter(start);
      ArrayNode array = NODES.arrayNode();
      while (true) {
        skipSpace();
        if (take("]")) break;
        JsonNode item = value(Pointers.append(pointer, Integer.toString(array.size())));
        array.add(item.isMissingNode() ? NODES.nullNode() : item);
        if (!take(",")) {
          skipSpace();
          if (!take("]")) throw new NotPlain();
          break;
        }
      }
      depth--;
      return array;
    }

    private void enter(int start) throws InputException {
      if (++depth > maxDepth)
        throw new InputException(
            InputRule.INPUT_LIMIT,
            "nesting deeper than " + maxDepth + " levels (--max-depth)",
            span(start, start));
    }

    private JsonNode scalar() throws NotPlain {
      for (String word : List.of("true", "false", "null", "undefined")) {
        if (!text.startsWith(word, pos) || !endsValue(pos + word.length())) continue;
        pos += word.length();
        return switch (word) {
          case "true" -> NODES.booleanNode(true);
          case "false" -> NODES.booleanNode(false);
          case "null" -> NODES.nullNode();
          default -> NODES.missingNode();
        };
      }
      Matcher number = NUMBER.matcher(text).region(pos, text.length());
      if (number.lookingAt() && endsValue(number.end())) {
        pos = number.end();
        return Values.number(new BigDecimal(number.group()));
      }
      Matcher matcher = MATCHER.matcher(text).region(pos, text.length());
      if (matcher.lookingAt() && endsValue(matcher.end())) {
        pos = matcher.end();
        return Values.unknown(Unknown.of(matcher.group()));
      }
      throw new NotPlain();
    }

    /** Whether a scalar can end at i: a comma, a closing bracket, a line end or the end follows. */
    private boolean endsValue(int i) {
      return i == text.length() || ",]}\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A string at the opening quote. Escaped strings end at the first unescaped quote; strings as
     * they are end at the first quote that a key's ": " or a value's "," and line end follows (a
     * value that holds such a quote itself cannot be told apart, nor can pretty-format's reader).
     */
    private String string(boolean key) throws NotPlain {
      StringBuilder out = new StringBuilder();
      int i = pos + 1;
      while (true) {
        if (i >= text.length()) throw new NotPlain();
        char c = text.charAt(i);
        if (escapedStrings) {
          if (c == '"') break;
          if (c == '\\') {
            if (i + 1 >= text.length() || "\"\\".indexOf(text.charAt(i + 1)) < 0)
              throw new NotPlain();
            c = text.charAt(++i);
          }
        } else if (c == '"' && (key ? text.startsWith(": ", i + 1) : endsString(i + 1))) {
          break;
        }
        out.append(c);
        i++;
      }
      pos = i + 1;
      return out.toString();
    }

    private boolean endsString(int i) {
      return i == text.length()
          || text.charAt(i) == '\n'
          || text.charAt(i) == ',' && (i + 1 == text.length() || text.charAt(i + 1) == '\n');
    }

    private boolean at(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean take(String s) {
      if (!text.startsWith(s, pos)) return false;
      pos += s.length();
      return true;
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private Span span(int start, int end) {
      return file.span(offsets[start], offsets[end]);
    }
  }
}
