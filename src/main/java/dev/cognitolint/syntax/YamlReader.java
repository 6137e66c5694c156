package dev.cognitolint.syntax;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Locations;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.CommentToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads YAML 1.2 (and so JSON) into JSON trees with positions. Merge keys ({@code <<}) are applied,
 * as the Serverless Framework (js-yaml) and the AWS CLI do; the aliases and merge keys used and the
 * plain scalars that YAML 1.1 reads otherwise are kept in the document for the dialects whose
 * consumer reads YAML 1.1 and refuses aliases (CloudFormation).
 *
 * <p>It builds the tree from snakeyaml-engine's events rather than its node graph because the
 * composer recurses without a depth limit (deep input overflows the stack) and neither reports
 * duplicate keys nor bounds alias expansion; here all three are checked while reading.
 */
public final class YamlReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final CoreScalarResolver RESOLVER = new CoreScalarResolver(true);
  private static final String YAML_TAG = "tag:yaml.org,2002:";

  private final Limits limits;

  public YamlReader(Limits limits) {
    this.limits = limits;
  }

  /** Every document of the stream (usually one; none for an empty file). */
  public List<Document> read(SourceFile source) throws InputException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source.path())
            .setCodePointLimit(Integer.MAX_VALUE) // the file-size limit applies before parsing
            .setBufferSize(GrowingChunkReader.bufferSize(source.text()))
            .build();
    Builder builder = new Builder(source);
    try {
      Parser parser = new ParserImpl(settings, linearStream(settings, source.text()));
      while (parser.hasNext()) {
        builder.accept(parser.next());
      }
    } catch (MarkedYamlEngineException e) {
      throw new InputException(
          InputRule.SYNTAX_ERROR, describe(e), span(e.getProblemMark().or(e::getContextMark)));
    } catch (YamlEngineException e) {
      throw new InputException(InputRule.SYNTAX_ERROR, firstLine(e.getMessage()), Span.START);
    } catch (IllegalArgumentException e) {
      // The parser's own checks on what it read (a tag with spaces, found by fuzzing) are not its
      // YAML errors: place them after the last event it gave.
      throw new InputException(
          InputRule.SYNTAX_ERROR, firstLine(String.valueOf(e.getMessage())), builder.lastEnd);
    }
    if (!source.text().contains(Document.Comment.MARKER)) return builder.documents;
    return withComments(builder.documents, builder.starts, comments(source.text()));
  }

  /**
   * The text as snakeyaml-engine's input, read in linear time (settings sized by
   * GrowingChunkReader.bufferSize).
   */
  private static StreamReader linearStream(LoadSettings settings, String text) {
    GrowingChunkReader input = new GrowingChunkReader(text);
    StreamReader stream = new StreamReader(settings, input);
    input.feeds(stream);
    return stream;
  }

  /**
   * The comments that mention the marker, from a second pass of the tokenizer alone: the parser's
   * own comment events fail on valid YAML (a comment between a flow mapping's key and value).
   */
  private static List<Document.Comment> comments(String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setParseComments(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .setBufferSize(GrowingChunkReader.bufferSize(text))
            .build();
    ScannerImpl scanner = new ScannerImpl(settings, linearStream(settings, text));
    List<Document.Comment> out = new ArrayList<>();
    CodePointOffsets offsets = new CodePointOffsets(text);
    while (scanner.hasNext()) {
      if (scanner.next() instanceof CommentToken token
          && token.getCommentType() != CommentType.BLANK_LINE
          && token.getValue().contains(Document.Comment.MARKER)) {
        Mark start = token.getStartMark().orElseThrow();
        int lineStart = offsets.of(start.getIndex() - start.getColumn());
        boolean trailing = !text.substring(lineStart, offsets.of(start.getIndex())).isBlank();
        Span span =
            new Span(
                start.getLine() + 1,
                start.getColumn() + 1,
                start.getLine() + 1,
                token.getEndMark().orElse(start).getColumn() + 1);
        out.add(new Document.Comment(token.getValue(), span, trailing));
      }
    }
    return out;
  }

  /**
   * Char offsets of the tokenizer's code point indexes, found moving from the last one asked for.
   */
  private static final class CodePointOffsets {
    private final String text;
    private int index;
    private int offset;

    CodePointOffsets(String text) {
      this.text = text;
    }

    int of(int codePointIndex) {
      offset = text.offsetByCodePoints(offset, codePointIndex - index);
      index = codePointIndex;
      return offset;
    }
  }

  /**
   * Each document with the comments from its start to the next one's (the first also gets those
   * before it). A stream of comments only has no document to hold them: nothing there to suppress.
   */
  private static List<Document> withComments(
      List<Document> documents, List<Span> starts, List<Document.Comment> comments) {
    List<Document> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < documents.size(); i++) {
      int from = next;
      while (next < comments.size()
          && (i + 1 == documents.size()
              || comments.get(next).span().compareTo(starts.get(i + 1)) < 0)) next++;
      Document d = documents.get(i);
      out.add(
          new Document(
              d.source(),
              d.root(),
              d.locations(),
              d.problems(),
              List.copyOf(comments.subList(from, next)),
              d.reuses(),
              d.yaml11()));
    }
    return out;
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = firstLine(e.getProblem());
    String context = e.getContext() == null ? "" : firstLine(e.getContext());
    return context.isEmpty() ? problem : problem + " (" + context + ")";
  }

  private static String firstLine(String text) {
    if (text == null) return "unreadable YAML";
    String line = text.strip();
    int nl = line.indexOf('\n');
    return nl < 0 ? line : line.substring(0, nl).strip();
  }

  private static Span span(Optional<Mark> mark) {
    return mark.map(m -> Span.at(m.getLine() + 1, m.getColumn() + 1)).orElse(Span.START);
  }

  private static Span span(Event event) {
    Optional<Mark> start = event.getStartMark();
    Optional<Mark> end = event.getEndMark();
    if (start.isEmpty()) return Span.START;
    Mark s = start.get();
    Mark e = end.orElse(s);
    return new Span(s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1);
  }

  /** An open mapping or sequence. */
  private static final class Frame {
    final JsonNode container;
    final String pointer;
    final String outerPointer; // the tagged wrapper's pointer, or the container's own
    final JsonNode attached; // what the parent holds: the wrapper, or the container
    final Event start;
    final String anchor;
    String key;
    Span keySpan;
    boolean mergeKey; // the key is <<, whose value is merged into this mapping when it closes
    boolean mergeSources; // this sequence is the value of a merge key
    final List<Merge> merges = new ArrayList<>();
    int nextIndex;
    long weight = 1;

    Frame(
        JsonNode container,
        String pointer,
        String outerPointer,
        JsonNode attached,
        Event start,
        String anchor) {
      this.container = container;
      this.pointer = pointer;
      this.outerPointer = outerPointer;
      this.attached = attached;
      this.start = start;
      this.anchor = anchor;
    }
  }

  /** An anchored node, its weight in nodes, and where it was written. */
  private record Anchored(JsonNode node, long weight, String pointer) {}

  /** The value of a merge key: a mapping or a sequence of mappings, at its pointer. */
  private record Merge(JsonNode node, String pointer) {}

  private final class Builder {
    final SourceFile source;
    final List<Document> documents = new ArrayList<>();
    final List<Span> starts = new ArrayList<>(); // where each document starts, for its comments
    final Deque<Frame> stack = new ArrayDeque<>();
    Map<String, Anchored> anchors = new HashMap<>();
    Locations locations;
    Problems problems;
    List<Document.Reuse> reuses;
    Map<JsonNode, JsonNode> yaml11;
    JsonNode root;
    long aliasNodes;

    /** Where the last event read ends: where to report what the parser fails on after it. */
    Span lastEnd = Span.START;

    Builder(SourceFile source) {
      this.source = source;
    }

    void accept(Event event) throws InputException {
      lastEnd = span(event.getEndMark());
      switch (event.getEventId()) {
        case DocumentStart -> {
          starts.add(span(event));
          locations = new Locations();
          problems = new Problems();
          anchors = new HashMap<>();
          reuses = new ArrayList<>();
          yaml11 = new IdentityHashMap<>();
          root = null;
          aliasNodes = 0;
        }
        case DocumentEnd ->
            documents.add(
                new Document(
                    source,
                    root == null ? NODES.nullNode() : root,
                    locations,
                    problems.list(),
                    List.of(),
                    List.copyOf(reuses),
                    yaml11));
        case Scalar -> scalar((ScalarEvent) event);
        case MappingStart -> open(event, NODES.objectNode());
        case SequenceStart -> open(event, NODES.arrayNode());
        case MappingEnd, SequenceEnd -> close(event);
        case Alias -> alias((AliasEvent) event);
        default -> {}
      }
    }

    void scalar(ScalarEvent event) throws InputException {
      Frame top = stack.peek();
      String tag = event.getTag().orElse(null);
      boolean plain = tag == null && event.getScalarStyle() == ScalarStyle.PLAIN;
      if (top != null && top.container.isObject() && top.key == null) {
        top.key = event.getValue();
        top.keySpan = span(event);
        top.mergeKey = plain && top.key.equals("<<");
        if (top.mergeKey)
          reuses.add(
              new Document.Reuse("<<", top.keySpan, Pointers.append(top.pointer, "<<"), true));
        return;
      }
      JsonNode node = scalarValue(event);
      if (plain && !StrictJson.applies(source.path())) {
        JsonNode other = Yaml11Scalars.ifDifferent(event.getValue(), node);
        if (other != null) yaml11.put(node, other);
      }
      JsonNode attached = isLocalTag(tag) ? intrinsic(tag, node) : node;
      String pointer = attach(attached, span(event), 1);
      if (attached != node)
        locations.putValue(Pointers.append(pointer, intrinsicKey(tag)), span(event));
      anchor(event, attached, 1, pointer);
    }

    void open(Event event, JsonNode container) throws InputException {
      Frame top = stack.peek();
      if (top != null && top.container.isObject() && top.key == null) {
        throw new InputException(
            InputRule.SYNTAX_ERROR,
            "a mapping or sequence used as a key is not supported",
            span(event));
      }
      if (stack.size() >= limits.maxDepth()) {
        throw new InputException(
            InputRule.INPUT_LIMIT,
            "nesting deeper than " + limits.maxDepth() + " levels (--max-depth)",
            span(event));
      }
      boolean mergeSources = top != null && top.container.isObject() && top.mergeKey;
      String repeated = repeatedBlockType(top, container);
      if (repeated != null) {
        top.key = null;
        stack.push(new Frame(container, repeated, repeated, container, event, null));
        return;
      }
      String tag = ((CollectionStartEvent) event).getTag().orElse(null);
      boolean wrapped = isLocalTag(tag);
      JsonNode attached = wrapped ? intrinsic(tag, container) : container;
      String outer = attach(attached, span(event), 0);
      String inner = wrapped ? Pointers.append(outer, intrinsicKey(tag)) : outer;
      String anchor = ((NodeEvent) event).getAnchor().map(a -> a.getValue()).orElse(null);
      Frame frame = new Frame(container, inner, outer, attached, event, anchor);
      frame.mergeSources = mergeSources;
      stack.push(frame);
    }

    /**
     * In a Terraform JSON file, where a repeated block-type key ({@code "resource"} twice, or
     * {@code "aws_x"} twice in one) puts its blocks: the HCL JSON syntax keeps every definition of
     * a name, so both are read, the object's blocks added to the first object or appended to the
     * first array. Null for any other key, whose repetition is a duplicate.
     */
    String repeatedBlockType(Frame top, JsonNode container) {
      if (top == null
          || !Syntax.isTerraformJson(source.path())
          || !(container instanceof ObjectNode fresh)
          || !(top.container instanceof ObjectNode object)
          || !object.has(top.key)) {
        return null;
      }
      boolean blockType =
          top.pointer.isEmpty() || top.pointer.equals("/resource") || top.pointer.equals("/data");
      if (!blockType) return null;
      String pointer = Pointers.append(top.pointer, top.key);
      if (object.get(top.key) instanceof ObjectNode existing) {
        fresh.setAll(existing);
        object.set(top.key, fresh);
        return pointer;
      }
      if (object.get(top.key) instanceof ArrayNode existing) {
        existing.add(fresh);
        return Pointers.append(pointer, existing.size() - 1);
      }
      return null;
    }

    void close(Event event) {
      Frame frame = stack.pop();
      Span start = span(frame.start);
      Span end = span(event);
      Span whole = new Span(start.line(), start.column(), end.endLine(), end.endColumn());
      locations.putValue(frame.pointer, whole);
      locations.putValue(frame.outerPointer, whole);
      if (!frame.merges.isEmpty()) merge(frame);
      if (frame.anchor != null)
        anchors.put(frame.anchor, new Anchored(frame.attached, frame.weight, frame.outerPointer));
      if (!stack.isEmpty()) stack.peek().weight += frame.weight;
    }

    /**
     * Adds the keys of the mappings merged into the frame's mapping that it does not set itself,
     * the first merged mapping first, each located where it was written. A merge key whose value is
     * not mappings stays a key, as the structure check then reports.
     */
    void merge(Frame frame) {
      ObjectNode target = (ObjectNode) frame.container;
      for (Merge merge : frame.merges) {
        List<JsonNode> sources = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (merge.node() instanceof ArrayNode list) {
          for (int i = 0; i < list.size(); i++) {
            sources.add(list.get(i));
            pointers.add(Pointers.append(merge.pointer(), i));
          }
        } else {
          sources.add(merge.node());
          pointers.add(merge.pointer());
        }
        if (!sources.stream().allMatch(JsonNode::isObject)) {
          target.set("<<", merge.node());
          continue;
        }
        for (int i = 0; i < sources.size(); i++) {
          for (Map.Entry<String, JsonNode> e : sources.get(i).properties()) {
            if (target.has(e.getKey())) continue;
            target.set(e.getKey(), e.getValue());
            String to = Pointers.append(frame.pointer, e.getKey());
            String from = Pointers.append(pointers.get(i), e.getKey());
            locations.putKey(to, locations.key(from));
            locations.putValue(to, locations.value(from));
            locations.putAlias(to, from);
          }
        }
      }
    }

    void alias(AliasEvent event) throws InputException {
      String name = event.getAlias().getValue();
      Anchored target = anchors.get(name);
      if (target == null) {
        throw new InputException(
            InputRule.SYNTAX_ERROR,
            "alias *" + name + " refers to no anchor before it (or to a node that contains it)",
            span(event));
      }
      Frame top = stack.peek();
      if (top != null && top.container.isObject() && top.key == null) {
        // An alias as a key: a scalar's text is the key, as it would be written out.
        JsonNode key = target.node();
        if (!(key.isString() || key.isNumber() || key.isBoolean())) {
          throw new InputException(
              InputRule.SYNTAX_ERROR,
              "alias *" + name + " of a mapping or sequence used as a key is not supported",
              span(event));
        }
        top.key = key.asString();
        top.keySpan = span(event);
        reuses.add(
            new Document.Reuse(
                "*" + name, top.keySpan, Pointers.append(top.pointer, top.key), false));
        return;
      }
      boolean mergeSource =
          top != null && (top.container.isObject() && top.mergeKey || top.mergeSources);
      aliasNodes += target.weight();
      if (aliasNodes > limits.maxAliasNodes()) {
        throw new InputException(
            InputRule.INPUT_LIMIT,
            "aliases expand to more than "
                + limits.maxAliasNodes()
                + " nodes (an alias bomb? --max-alias-nodes)",
            span(event));
      }
      // The anchored node itself, not a copy: the tree, like the file, holds it once.
      String pointer = attach(target.node(), span(event), target.weight());
      locations.putAlias(pointer, target.pointer());
      if (!mergeSource) reuses.add(new Document.Reuse("*" + name, span(event), pointer, false));
    }

    void anchor(NodeEvent event, JsonNode node, long weight, String pointer) {
      event
          .getAnchor()
          .ifPresent(a -> anchors.put(a.getValue(), new Anchored(node, weight, pointer)));
    }

    /** Adds a value to the open container (or makes it the root); returns its pointer. */
    String attach(JsonNode node, Span span, long weight) {
      Frame top = stack.peek();
      String pointer;
      if (top == null) {
        pointer = "";
        root = node;
      } else if (top.container instanceof ObjectNode object) {
        pointer = Pointers.append(top.pointer, top.key);
        if (top.mergeKey) {
          top.merges.add(new Merge(node, pointer));
        } else if (object.has(top.key)) {
          problems.add(
              new Document.Problem(
                  InputRule.DUPLICATE_KEY,
                  "duplicate key '"
                      + top.key
                      + "' (first at line "
                      + locations.key(pointer).line()
                      + "); the last one wins, which is rarely what was meant",
                  top.keySpan,
                  pointer));
        }
        if (!top.mergeKey) object.set(top.key, node);
        locations.putKey(pointer, top.keySpan);
        top.key = null;
        top.mergeKey = false;
        top.weight += weight;
      } else {
        locations.putItem(top.pointer, top.nextIndex, span);
        pointer = Pointers.append(top.pointer, top.nextIndex++);
        ((ArrayNode) top.container).add(node);
        top.weight += weight;
        return pointer;
      }
      locations.putValue(pointer, span);
      return pointer;
    }
  }

  private static boolean isLocalTag(String tag) {
    return tag != null && tag.startsWith("!") && tag.length() > 1;
  }

  /** The long-form key of a short-form tag: {@code !Ref} is Ref, {@code !Sub} is Fn::Sub. */
  private static String intrinsicKey(String tag) {
    String name = tag.substring(1);
    return name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
  }

  private static JsonNode intrinsic(String tag, JsonNode value) {
    String key = intrinsicKey(tag);
    JsonNode argument = value;
    if (key.equals("Fn::GetAtt") && value.isString()) {
      // !GetAtt Resource.Attribute.Path splits at the first dot only.
      String text = value.stringValue();
      int dot = text.indexOf('.');
      ArrayNode parts = NODES.arrayNode();
      if (dot < 0) parts.add(text);
      else parts.add(text.substring(0, dot)).add(text.substring(dot + 1));
      argument = parts;
    }
    ObjectNode wrapper = NODES.objectNode();
    wrapper.set(key, argument);
    return wrapper;
  }

  /** A scalar's JSON value under the YAML 1.2 core schema (so JSON reads as JSON). */
  private static JsonNode scalarValue(ScalarEvent event) {
    String value = event.getValue();
    String tag = event.getTag().orElse(null);
    Tag resolved;
    if (tag != null && tag.startsWith(YAML_TAG)) {
      resolved = new Tag(tag);
    } else if (tag == null && event.getImplicit().canOmitTagInPlainScalar()) {
      resolved = RESOLVER.resolve(value, true);
    } else {
      resolved = Tag.STR;
    }
    try {
      if (resolved.equals(Tag.NULL)) return NODES.nullNode();
      if (resolved.equals(Tag.BOOL)) return NODES.booleanNode(value.equalsIgnoreCase("true"));
      if (resolved.equals(Tag.INT)) return integer(value);
      if (resolved.equals(Tag.FLOAT)) return floating(value);
    } catch (NumberFormatException e) {
      // An explicitly tagged scalar that is not a number of that kind stays a string.
    }
    return NODES.stringNode(value);
  }

  private static JsonNode integer(String text) {
    String t = text.replace("_", "");
    int sign = 1;
    if (t.startsWith("-") || t.startsWith("+")) {
      sign = t.startsWith("-") ? -1 : 1;
      t = t.substring(1);
    }
    if (t.length() > Values.MAX_INTEGER_DIGITS)
      return NODES.numberNode(sign * Double.POSITIVE_INFINITY);
    BigInteger value;
    if (t.startsWith("0x")) value = new BigInteger(t.substring(2), 16);
    else if (t.startsWith("0o")) value = new BigInteger(t.substring(2), 8);
    else value = new BigInteger(t);
    return Values.integer(sign < 0 ? value.negate() : value);
  }

  private static JsonNode floating(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith(".inf"))
      return NODES.numberNode(
          t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    if (t.equals(".nan")) return NODES.numberNode(Double.NaN);
    return Values.number(new BigDecimal(text));
  }
}
