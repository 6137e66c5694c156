package dev.cognitolint.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed document stands in its file, by JSON Pointer: the span of the value
 * and, for object members, the span of the key. A pointer with no entry of its own (inside an
 * alias, say) is located at its nearest located ancestor.
 */
public final class Locations {
  private final Map<String, Span> values;
  private final Map<String, Span> keys;
  private final String base;
  private final Span fallback;

  public Locations() {
    this(new HashMap<>(), new HashMap<>(), "", Span.START);
  }

  private Locations(Map<String, Span> values, Map<String, Span> keys, String base, Span fallback) {
    this.values = values;
    this.keys = keys;
    this.base = base;
    this.fallback = fallback;
  }

  public void putValue(String pointer, Span span) {
    values.put(base + pointer, span);
  }

  public void putKey(String pointer, Span span) {
    keys.put(base + pointer, span);
  }

  /** The span of the value at pointer, or of its nearest located ancestor. */
  public Span value(String pointer) {
    for (String p = pointer; ; p = Pointers.parent(p)) {
      Span span = values.get(base + p);
      if (span != null) return span;
      if (p.isEmpty()) return fallback;
    }
  }

  /** The span of the member's key, or of its value where it has no key (a list item, the root). */
  public Span key(String pointer) {
    Span span = keys.get(base + pointer);
    return span != null ? span : value(pointer);
  }

  /**
   * A view of the entries below base, with pointers relative to it; what has no entry there is at
   * fallback. A view, not a copy: a template with thousands of clients must not copy its map each time.
   */
  public Locations below(String base, Span fallback) {
    return new Locations(values, keys, this.base + base, fallback);
  }
}
