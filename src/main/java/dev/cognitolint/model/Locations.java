package dev.cognitolint.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed document stands in its file, by JSON Pointer: the span of the value
 * and, for object members, the span of the key. A pointer with no entry of its own (inside an
 * alias, say) is located at its nearest located ancestor.
 */
public final class Locations {
  private final Map<String, Span> values = new HashMap<>();
  private final Map<String, Span> keys = new HashMap<>();
  private Span fallback = Span.START;

  public void putValue(String pointer, Span span) {
    values.put(pointer, span);
  }

  public void putKey(String pointer, Span span) {
    keys.put(pointer, span);
  }

  /** The span of the value at pointer, or of its nearest located ancestor. */
  public Span value(String pointer) {
    for (String p = pointer; ; p = Pointers.parent(p)) {
      Span span = values.get(p);
      if (span != null) return span;
      if (p.isEmpty()) return fallback;
    }
  }

  /** The span of the member's key, or of its value where it has no key (a list item, the root). */
  public Span key(String pointer) {
    Span span = keys.get(pointer);
    return span != null ? span : value(pointer);
  }

  /** The entries below base, re-keyed relative to it; what has no entry is at fallback. */
  public Locations below(String base, Span fallback) {
    Locations out = new Locations();
    out.fallback = fallback;
    copyBelow(values, out.values, base);
    copyBelow(keys, out.keys, base);
    return out;
  }

  private static void copyBelow(Map<String, Span> from, Map<String, Span> to, String base) {
    from.forEach((pointer, span) -> {
      if (pointer.equals(base)) {
        to.put("", span);
      } else if (pointer.startsWith(base + "/")) {
        to.put(pointer.substring(base.length()), span);
      }
    });
  }
}
