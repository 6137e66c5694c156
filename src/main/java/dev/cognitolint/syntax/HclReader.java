package dev.cognitolint.syntax;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Choice;
import dev.cognitolint.model.Locations;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Unknown;
import dev.cognitolint.model.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Terraform's native syntax (HCL2) into the tree Terraform's JSON syntax would give, with the
 * span of every value: {@code resource "t" "n" { a = 1 }} becomes {@code {"resource": {"t": {"n":
 * {"a": 1}}}}}, and a block without labels becomes a list item ({@code token_validity_units {...}}
 * is {@code "token_validity_units": [{...}]}). Literals, strings, lists and objects are read as
 * values; every other expression (references, function calls, operators, {@code for}) becomes an
 * {@link Unknown} showing its source, and a string with {@code ${...}} becomes a template with
 * holes.
 *
 * <p>No HCL library for the JVM reports positions, hence this small reader (no library at all is
 * cheaper than hcl4j's dependency tree for what a linter needs).
 */
public final class HclReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Limits limits;
  private String text;
  private int pos;
  private int depth;
  private int[] lineStarts;
  private int[] pairEnds;
  private Locations locations;
  private Problems problems;
  private List<Document.Comment> comments;
  private boolean mentionsMarker;
  private int lastComment;

  public HclReader(Limits limits) {
    this.limits = limits;
  }

  /** The file as one document; a syntax error is an {@link InputException} at its position. */
  public Document read(SourceFile source) throws InputException {
    text = lineFeeds(source.text());
    pos = 0;
    depth = 0;
    lineStarts = lineStarts(text);
    pairEnds = pairEnds(text);
    locations = new Locations();
    problems = new Problems();
    comments = new ArrayList<>();
    mentionsMarker = text.contains(Document.Comment.MARKER);
    lastComment = -1;
    ObjectNode root = NODES.objectNode();
    body(root, "", false);
    locations.putValue("", span(0, 0));
    return new Document(source, root, locations, problems.list(), comments);
  }

  // ---- bodies: attributes and blocks

  private void body(ObjectNode out, String pointer, boolean inBraces) throws InputException {
    while (true) {
      skipSpace(true);
      if (pos >= text.length()) {
        if (inBraces) throw error("the block is not closed: expected '}'");
        return;
      }
      if (inBraces && peek() == '}') return;
      int start = pos;
      String name = identifier();
      if (name == null) throw error("expected an attribute or block name, found " + describe(pos));
      skipSpace(false);
      if (peek() == '=' && peek(1) != '=') {
        pos++;
        String member = Pointers.append(pointer, name);
        Span key = span(start, start + name.length());
        JsonNode value = expression(member, Context.ATTRIBUTE);
        if (out.has(name)) {
          problems.add(
              new Document.Problem(
                  InputRule.DUPLICATE_KEY,
                  "the attribute '" + name + "' is set twice in this block; Terraform rejects that",
                  key,
                  member));
        } else {
          out.set(name, value);
          locations.putKey(member, key);
        }
        skipSpace(false);
        if (pos < text.length() && peek() != '\n' && !(inBraces && peek() == '}')) {
          throw error(
              "expected a new line after the value of '" + name + "', found " + describe(pos));
        }
      } else {
        block(out, pointer, name, start);
      }
    }
  }

  private void block(ObjectNode out, String pointer, String type, int start) throws InputException {
    List<String> labels = new ArrayList<>();
    while (true) {
      skipSpace(false);
      if (peek() == '"') {
        JsonNode label = quoted(Pointers.append(pointer, type));
        labels.add(label.isString() ? label.stringValue() : label.asString());
      } else if (peek() == '{') {
        break;
      } else {
        String label = identifier();
        if (label == null)
          throw error("expected '=' or a block after '" + type + "', found " + describe(pos));
        labels.add(label);
      }
    }
    Span header = span(start, pos);
    int open = pos++;
    nest();
    ObjectNode body = NODES.objectNode();
    String bodyPointer = Pointers.append(pointer, type);
    if (labels.isEmpty()) {
      ArrayNode list = out.get(type) instanceof ArrayNode a ? a : out.putArray(type);
      // The block list is where its first block is: a finding about "the refresh_token_rotation
      // block".
      if (list.isEmpty()) locations.putKey(bodyPointer, header);
      bodyPointer = Pointers.append(bodyPointer, list.size());
      list.add(body);
    } else {
      // resource "t" "n" {...} is out.resource.t.n
      ObjectNode holder = out;
      String key = type;
      for (String label : labels) {
        holder = holder.get(key) instanceof ObjectNode o ? o : holder.putObject(key);
        key = label;
        bodyPointer = Pointers.append(bodyPointer, label);
      }
      if (holder.has(key)) {
        problems.add(
            new Document.Problem(
                InputRule.DUPLICATE_KEY,
                "'"
                    + type
                    + " "
                    + String.join(" ", labels)
                    + "' is defined twice; Terraform rejects that",
                header,
                bodyPointer));
        body = NODES.objectNode(); // read, then dropped
      } else {
        holder.set(key, body);
      }
    }
    locations.putKey(bodyPointer, header);
    body(body, bodyPointer, true);
    pos++; // the closing brace
    unnest();
    locations.putValue(bodyPointer, span(open, pos));
  }

  // ---- expressions

  /**
   * What ends an expression where it stands: one of its closers at bracket depth 0, and in a body
   * or an object (not in brackets) the end of the line.
   */
  private record Context(String closers, boolean lineEnds) {
    static final Context ATTRIBUTE = new Context("", true);
    static final Context LIST_ITEM = new Context(",]", false);
    static final Context OBJECT_VALUE = new Context(",}", true);
    static final Context ARGUMENT = new Context(",)", false);

    /** The context of the true branch of a conditional standing in this one: it ends at ':'. */
    Context whenTrue() {
      return new Context(closers + ":", lineEnds);
    }
  }

  /** The functions whose result is a list of what their literal arguments hold. */
  private static final Set<String> LIST_FUNCTIONS = Set.of("concat", "tolist", "toset", "flatten");

  private JsonNode expression(String pointer, Context context) throws InputException {
    skipSpace(!context.lineEnds());
    int start = pos;
    JsonNode value = operand(pointer);
    int end = pos;
    if (value != null) skipSpace(!context.lineEnds());
    if (value == null || !atEnd(context)) {
      // A reference, call or operator, or a literal followed by one: the whole expression is
      // unknown, unless it is a conditional.
      pos = start;
      skipRaw(context, '?');
      value = pos < text.length() && peek() == '?' ? conditional(pointer, context, start) : null;
      if (value == null) {
        skipRaw(context, '\0');
        value = Values.unknown(Unknown.of(text.substring(start, trimmedEnd(start))));
      }
      end = trimmedEnd(start);
    }
    locations.putValue(pointer, span(start, end));
    return value;
  }

  /**
   * {@code condition ? a : b}, at its '?': a choice labelled with the condition's text, its
   * branches at pointer/?/true and pointer/?/false; null (at the '?') when it is not one.
   */
  private JsonNode conditional(String pointer, Context context, int start) throws InputException {
    int question = pos;
    String condition = text.substring(start, trimmedEnd(start)).replaceAll("\\s+", " ");
    pos++;
    nest(); // a ? b : c ? d : ... nests as deep as it is long
    String whenTrue = Pointers.append(Pointers.append(pointer, "?"), "true");
    String whenFalse = Pointers.append(Pointers.append(pointer, "?"), "false");
    JsonNode trueValue;
    JsonNode falseValue;
    try {
      trueValue = expression(whenTrue, context.whenTrue());
      if (pos >= text.length() || peek() != ':') {
        pos = question;
        return null;
      }
      pos++;
      falseValue = expression(whenFalse, context);
    } finally {
      unnest();
    }
    return new Choice(
            condition,
            new Choice.Branch(trueValue, whenTrue),
            new Choice.Branch(falseValue, whenFalse),
            Unknown.of(text.substring(start, trimmedEnd(start))))
        .node();
  }

  private boolean atEnd(Context context) {
    if (pos >= text.length()) return true;
    char c = peek();
    // '}' also ends a line's expression in a one-line block: a { b = 1 }
    if ((c == '\n' || c == '}') && context.lineEnds()) return true;
    return context.closers().indexOf(c) >= 0;
  }

  /** A literal value, or null (nothing consumed) for an expression that is not one. */
  private JsonNode operand(String pointer) throws InputException {
    if (pos >= text.length()) throw error("expected a value, found the end of the file");
    char c = peek();
    if (c == '"') return quoted(pointer);
    if (text.startsWith("<<", pos)) return heredoc();
    if (c == '[') return startsFor() ? null : list(pointer);
    if (c == '{') return startsFor() ? null : object(pointer);
    if (Character.isDigit(c)) return number(false);
    if (c == '-' && Character.isDigit(peek(1))) {
      pos++;
      return number(true); // "-5 - var.x" is still unknown: the expression sees what follows
    }
    if (c == '(' || c == '-' || c == '!') return null;
    int start = pos;
    String word = identifier();
    if (word == null) throw error("expected a value, found " + describe(pos));
    JsonNode value =
        switch (word) {
          case "true" -> NODES.booleanNode(true);
          case "false" -> NODES.booleanNode(false);
          case "null" -> NODES.nullNode();
          default ->
              LIST_FUNCTIONS.contains(word) && pos < text.length() && peek() == '('
                  ? call(pointer, word, NODES.arrayNode())
                  : null;
        };
    if (value == null) pos = start;
    return value;
  }

  /**
   * A call of one of the LIST_FUNCTIONS at its '(', its items appended to out (at pointer/i): the
   * items of its list arguments, and for another argument of concat, that value as an item standing
   * for what it holds; null when an argument is not such.
   */
  private ArrayNode call(String pointer, String function, ArrayNode out) throws InputException {
    pos++;
    nest();
    try {
      int arguments = 0;
      while (true) {
        skipSpace(true);
        if (pos >= text.length()) throw error("the call is not closed: expected ')'");
        if (peek() == ')') break;
        if (arguments++ > 0 && !function.equals("concat")) return null;
        if (!argument(pointer, function, out)) return null;
        skipSpace(true);
        if (pos < text.length() && peek() == ',') pos++;
        else if (pos >= text.length() || peek() != ')') return null;
      }
      pos++;
      return out;
    } finally {
      unnest();
    }
  }

  private boolean argument(String pointer, String function, ArrayNode out) throws InputException {
    if (peek() == '[' && !startsFor()) {
      list(pointer, out, function.equals("flatten"));
      return true;
    }
    int start = pos;
    String word = identifier();
    if (word != null && LIST_FUNCTIONS.contains(word) && pos < text.length() && peek() == '(') {
      return call(pointer, word, out) != null;
    }
    pos = start;
    if (!function.equals("concat")) return false;
    JsonNode value = expression(Pointers.append(pointer, out.size()), Context.ARGUMENT);
    if (!Values.isUnknown(value)) return false;
    out.add(value);
    return true;
  }

  private boolean startsFor() {
    int save = pos;
    pos++;
    skipSpace(true);
    boolean isFor =
        text.startsWith("for", pos)
            && pos + 3 < text.length()
            && Character.isWhitespace(text.charAt(pos + 3));
    pos = save;
    return isFor;
  }

  private JsonNode list(String pointer) throws InputException {
    return list(pointer, NODES.arrayNode(), false);
  }

  /**
   * A list literal at its '[', its items appended to out (at pointer/i); with flatten, the items of
   * a list literal item too.
   */
  private ArrayNode list(String pointer, ArrayNode out, boolean flatten) throws InputException {
    pos++;
    nest();
    while (true) {
      skipSpace(true);
      if (pos >= text.length()) throw error("the list is not closed: expected ']'");
      if (peek() == ']') break;
      if (flatten && peek() == '[' && !startsFor()) list(pointer, out, true);
      else out.add(expression(Pointers.append(pointer, out.size()), Context.LIST_ITEM));
      skipSpace(true);
      if (pos >= text.length()) throw error("the list is not closed: expected ']'");
      if (peek() == ',') pos++;
      else if (peek() != ']')
        throw error("expected ',' or ']' in the list, found " + describe(pos));
    }
    pos++;
    unnest();
    return out;
  }

  private JsonNode object(String pointer) throws InputException {
    int start = pos++;
    nest();
    ObjectNode out = NODES.objectNode();
    boolean knownKeys = true;
    while (true) {
      skipSpace(true);
      if (pos >= text.length()) throw error("the object is not closed: expected '}'");
      if (peek() == '}') break;
      int keyStart = pos;
      String key;
      if (peek() == '"') {
        JsonNode k = quoted(pointer);
        knownKeys &= k.isString();
        key = k.isString() ? k.stringValue() : k.asString();
      } else if (peek() == '(') {
        skipGroup('(', ')');
        knownKeys = false;
        key = text.substring(keyStart, pos);
      } else {
        key = identifier();
        if (key == null) throw error("expected an object key, found " + describe(pos));
      }
      Span keySpan = span(keyStart, pos);
      skipSpace(false);
      if (peek() != '=' && peek() != ':')
        throw error("expected '=' or ':' after the key '" + key + "', found " + describe(pos));
      pos++;
      String member = Pointers.append(pointer, key);
      JsonNode value = expression(member, Context.OBJECT_VALUE);
      if (!out.has(key)) {
        out.set(key, value);
        locations.putKey(member, keySpan);
      }
      skipSpace(false);
      if (peek() == ',') pos++;
    }
    pos++;
    unnest();
    return knownKeys ? out : Values.unknown(Unknown.of(text.substring(start, pos)));
  }

  private JsonNode number(boolean negative) {
    int start = pos;
    while (pos < text.length()
        && (Character.isDigit(peek()) || peek() == '.' && Character.isDigit(peek(1)))) pos++;
    if (pos < text.length() && (peek() == 'e' || peek() == 'E')) {
      int save = pos++;
      if (peek() == '+' || peek() == '-') pos++;
      if (!Character.isDigit(peek())) pos = save;
      while (Character.isDigit(peek())) pos++;
    }
    String digits = (negative ? "-" : "") + text.substring(start, pos);
    if (digits.length() <= 18 && digits.matches("-?[0-9]+"))
      return NODES.numberNode(Long.parseLong(digits));
    try {
      return Values.number(new BigDecimal(digits));
    } catch (NumberFormatException beyondBigDecimal) { // an exponent past 2^31
      return Values.unknown(Unknown.of(digits));
    }
  }

  /**
   * A quoted template: a string when it has no interpolation, else an unknown with its template.
   */
  private JsonNode quoted(String pointer) throws InputException {
    int start = pos++;
    Template.Builder template = new Template.Builder();
    boolean holes = false;
    while (true) {
      if (pos >= text.length() || peek() == '\n') {
        throw new InputException(
            InputRule.SYNTAX_ERROR,
            "the string is not closed: expected '\"'",
            span(start, start + 1));
      }
      char c = peek();
      if (c == '"') break;
      if (c == '\\') {
        template.literal(escape());
      } else if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
        template.literal(c + "{");
        pos += 3;
      } else if ((c == '$' || c == '%') && peek(1) == '{') {
        int holeStart = pos;
        pos++;
        skipGroup('{', '}');
        template.hole(text.substring(holeStart, pos));
        holes = true;
      } else {
        template.literal(String.valueOf(c));
        pos++;
      }
    }
    pos++;
    Template built = template.build();
    return holes
        ? Values.unknown(new Unknown(text.substring(start, pos), built))
        : NODES.stringNode(built.display());
  }

  private String escape() throws InputException {
    char e = peek(1);
    pos += 2;
    switch (e) {
      case 'n':
        return "\n";
      case 'r':
        return "\r";
      case 't':
        return "\t";
      case '"':
        return "\"";
      case '\\':
        return "\\";
      case 'u':
      case 'U':
        {
          int digits = e == 'u' ? 4 : 8;
          if (pos + digits > text.length()) throw error("an incomplete \\" + e + " escape");
          try {
            int cp = Integer.parseInt(text.substring(pos, pos + digits), 16);
            pos += digits;
            return new String(Character.toChars(cp));
          } catch (IllegalArgumentException bad) {
            throw error("an invalid \\" + e + " escape");
          }
        }
      default:
        pos -= 2;
        throw error("an invalid escape '\\" + e + "' in the string");
    }
  }

  /** {@code <<EOT ... EOT} or {@code <<-EOT}: a template over lines. */
  private JsonNode heredoc() throws InputException {
    int start = pos;
    pos += 2;
    boolean indented = peek() == '-';
    if (indented) pos++;
    String marker = identifier();
    if (marker == null) throw error("expected a heredoc marker after '<<'");
    int lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) throw error("the heredoc has no body");
    List<String> lines = new ArrayList<>();
    int cursor = lineEnd + 1;
    while (true) {
      if (cursor >= text.length()) {
        throw new InputException(
            InputRule.SYNTAX_ERROR,
            "the heredoc is not closed: expected a line '" + marker + "'",
            span(start, start + 2));
      }
      int end = text.indexOf('\n', cursor);
      if (end < 0) end = text.length();
      String line = text.substring(cursor, end);
      if (line.strip().equals(marker)) {
        pos = cursor + line.indexOf(marker) + marker.length();
        break;
      }
      lines.add(line);
      cursor = end + 1;
    }
    if (indented) {
      int indent =
          lines.stream()
              .filter(l -> !l.isBlank())
              .mapToInt(l -> l.length() - l.stripLeading().length())
              .min()
              .orElse(0);
      lines.replaceAll(l -> l.length() >= indent ? l.substring(indent) : l.strip());
    }
    String body = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    Template template = TemplateStrings.parseHcl(body);
    if (template.isFullyKnown()) return NODES.stringNode(template.display());
    return Values.unknown(new Unknown(text.substring(start, pos), template));
  }

  // ---- skipping what is not evaluated

  /**
   * Skips to where the expression ends in its context: at a closer or (outside lists) a new line at
   * bracket depth 0. Strings, heredocs and nested brackets are skipped whole.
   */
  private void skipRaw(Context context, char stop) throws InputException {
    int nesting = 0;
    while (pos < text.length()) {
      char c = peek();
      if (nesting == 0
          && (context.closers().indexOf(c) >= 0 || c == stop || c == '\n' && context.lineEnds()))
        return;
      if (startsComment()) {
        boolean lineComment = !text.startsWith("/*", pos);
        if (nesting == 0 && lineComment && context.lineEnds()) return; // it ends the line
        skipComment();
      } else if (c == '"') {
        quoted("");
      } else if (text.startsWith("<<", pos) && (Character.isLetter(peek(2)) || peek(2) == '-')) {
        heredoc();
      } else if (c == '(' || c == '[' || c == '{') {
        nesting++;
        pos++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (nesting == 0) return;
        nesting--;
        pos++;
      } else {
        pos++;
      }
    }
    if (nesting > 0) throw error("a bracket is not closed");
  }

  /**
   * Skips a bracketed group ({@code ${...}}'s braces, a parenthesised key), with nesting and
   * strings.
   */
  private void skipGroup(char open, char close) throws InputException {
    int start = pos;
    int nesting = 0;
    while (pos < text.length()) {
      char c = peek();
      if (c == '"') {
        quoted("");
        continue;
      }
      pos++;
      if (c == open) nesting++;
      else if (c == close && --nesting == 0) return;
    }
    throw new InputException(
        InputRule.SYNTAX_ERROR,
        "'" + open + "' is not closed: expected '" + close + "'",
        span(start, start + 1));
  }

  /**
   * Skips blanks and comments; a line comment ends at its new line, which stays unless newlines are
   * skipped.
   */
  private void skipSpace(boolean newlines) {
    while (pos < text.length()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' && newlines) pos++;
      else if (startsComment()) skipComment();
      else return;
    }
  }

  private boolean startsComment() {
    char c = peek();
    return c == '#' || c == '/' && (peek(1) == '/' || peek(1) == '*');
  }

  private void skipComment() {
    int start = pos;
    if (text.startsWith("/*", pos)) {
      int end = text.indexOf("*/", pos + 2);
      pos = end < 0 ? text.length() : end + 2;
    } else {
      int end = text.indexOf('\n', pos);
      pos = end < 0 ? text.length() : end;
    }
    if (mentionsMarker) keepComment(start);
  }

  /**
   * Keeps the comment from start to pos if it mentions the marker (once: startsFor reads ahead and
   * back).
   */
  private void keepComment(int start) {
    if (start <= lastComment) return;
    lastComment = start;
    boolean block = text.startsWith("/*", start);
    int bodyStart = start + (text.charAt(start) == '#' ? 1 : 2);
    int bodyEnd = block && pos - 2 >= bodyStart && text.startsWith("*/", pos - 2) ? pos - 2 : pos;
    String body = text.substring(bodyStart, bodyEnd);
    if (!body.contains(Document.Comment.MARKER)) return;
    int before = start;
    while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t'))
      before--;
    boolean codeBefore =
        before > 0 && text.charAt(before - 1) != '\n' && text.charAt(before - 1) != '\r';
    int after = pos;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t'))
      after++;
    boolean codeAfter =
        block && after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r';
    comments.add(new Document.Comment(body, span(start, pos), codeBefore || codeAfter));
  }

  private String identifier() {
    int start = pos;
    if (pos < text.length() && (Character.isLetter(peek()) || peek() == '_')) {
      pos++;
      while (pos < text.length()
          && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) pos++;
    }
    return pos > start ? text.substring(start, pos) : null;
  }

  private void nest() throws InputException {
    if (++depth > limits.maxDepth()) {
      throw new InputException(
          InputRule.INPUT_LIMIT,
          "nesting deeper than "
              + limits.maxDepth()
              + " levels; raise --max-depth if this file is genuine",
          span(pos - 1, pos));
    }
  }

  private void unnest() {
    depth--;
  }

  // ---- positions

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char peek(int ahead) {
    return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
  }

  private int trimmedEnd(int start) {
    int end = pos;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end;
  }

  private String describe(int at) {
    if (at >= text.length()) return "the end of the file";
    int cp = text.codePointAt(at);
    if (cp == '\n') return "a new line";
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private InputException error(String message) {
    int at = Math.min(pos, text.length());
    return new InputException(
        InputRule.SYNTAX_ERROR, message, span(at, Math.min(at + 1, text.length())));
  }

  /**
   * The text with each CR that does not start a CRLF turned into LF, so that a file with CR-only
   * line ends is read line by line as editors show it (CRLF and LF are HCL's own line ends); one
   * char for one keeps every offset, so positions stay those of the file.
   */
  private static String lineFeeds(String text) {
    if (text.indexOf('\r') < 0) return text;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) chars[i] = '\n';
    }
    return new String(chars);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') starts.add(i + 1);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private Span span(int start, int end) {
    int[] a = position(start);
    int[] b = position(Math.max(start, end));
    return new Span(a[0], a[1], b[0], b[1]);
  }

  /**
   * The offsets of the low halves of the surrogate pairs, in order: the chars a column does not
   * count.
   */
  private static int[] pairEnds(String text) {
    return java.util.stream.IntStream.range(1, text.length())
        .filter(
            i ->
                Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1)))
        .toArray();
  }

  /**
   * Line and code-point column (both 1-based) of a char offset. Counting code points from the line
   * start (String.codePointCount) made a long line quadratic once the file held one non-Latin-1
   * char; the pairs before the offset are counted by binary search instead.
   */
  private int[] position(int offset) {
    int line = java.util.Arrays.binarySearch(lineStarts, offset);
    if (line < 0) line = -line - 2;
    int end = Math.min(offset, text.length());
    int column = end - lineStarts[line] - (pairsBefore(end) - pairsBefore(lineStarts[line])) + 1;
    return new int[] {line + 1, column};
  }

  /** How many surrogate pairs end before offset. */
  private int pairsBefore(int offset) {
    int i = java.util.Arrays.binarySearch(pairEnds, offset);
    return i < 0 ? -i - 1 : i;
  }
}
