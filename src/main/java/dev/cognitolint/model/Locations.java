package dev.cognitolint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a parsed document stands in its file, by JSON Pointer: the span of the value
 * and, for object members, the span of the key. A pointer with no entry of its own is located at
 * its nearest located ancestor. What a YAML alias repeats is located where its anchor wrote it: the
 * alias records the anchored node's pointer instead of copying the entries below it, so a finding
 * in aliased content is at the anchor's text (where it can be fixed, and the same for every alias).
 * The spans of list items are kept in a list per list rather than by a pointer string each: a list
 * of 10^6 callback URLs costs 10^6 spans, not also 10^6 strings and map entries.
 */
public final class Locations {
  private final Map<String, Span> values;
  private final Map<String, Span> keys;
  private final Map<String, String> aliases;
  private final Map<String, List<Span>> items;
  private final String base;
  private final Span fallback;
  private final Redirects redirects;

  public Locations() {
    this(
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        "",
        Span.START,
        Redirects.NONE);
  }

  private Locations(
      Map<String, Span> values,
      Map<String, Span> keys,
      Map<String, String> aliases,
      Map<String, List<Span>> items,
      String base,
      Span fallback,
      Redirects redirects) {
    this.redirects = redirects;
    this.values = values;
    this.keys = keys;
    this.aliases = aliases;
    this.items = items;
    this.base = base;
    this.fallback = fallback;
  }

  public void putValue(String pointer, Span span) {
    values.put(base + pointer, span);
  }

  public void putKey(String pointer, Span span) {
    keys.put(base + pointer, span);
  }

  /**
   * The span of the item at index of the list at pointer; as {@code putValue(pointer + "/" + index,
   * span)}.
   */
  public void putItem(String list, int index, Span span) {
    List<Span> spans = items.computeIfAbsent(base + list, k -> new ArrayList<>());
    while (spans.size() <= index) spans.add(null);
    spans.set(index, span);
  }

  /**
   * The value at pointer (an alias) is the anchored one at target: what is below it is located
   * there.
   */
  public void putAlias(String pointer, String target) {
    aliases.put(base + pointer, base + target);
  }

  /** The span of the value at pointer, or of its nearest located ancestor. */
  public Span value(String pointer) {
    String full = base + redirect(pointer);
    String resolved = resolve(full);
    // Below an alias the anchored node itself is located, whatever view this is.
    String floor = resolved.equals(full) ? base : "";
    for (String p = resolved; ; p = Pointers.parent(p)) {
      Span span = values.get(p);
      if (span == null && !items.isEmpty()) span = item(p);
      if (span != null) return span;
      if (p.length() <= floor.length()) return fallback;
    }
  }

  /** The span of the member's key, or of its value where it has no key (a list item, the root). */
  public Span key(String pointer) {
    // A member's key is written in the object that holds it, wherever a redirect took its value.
    String written =
        redirects.isEmpty() || pointer.isEmpty()
            ? pointer
            : redirect(Pointers.parent(pointer)) + pointer.substring(pointer.lastIndexOf('/'));
    Span span = keyAt(written);
    if (span == null && !written.equals(redirect(pointer))) span = keyAt(redirect(pointer));
    return span != null ? span : value(pointer);
  }

  private Span keyAt(String pointer) {
    Span span = keys.get(base + pointer);
    if (span == null && !aliases.isEmpty()) span = keys.get(resolve(base + pointer));
    return span;
  }

  /**
   * A view in which values are located where the redirects say they are written; their pointers are
   * relative to this view.
   */
  public Locations redirected(Redirects redirects) {
    return new Locations(values, keys, aliases, items, base, fallback, redirects);
  }

  private String redirect(String pointer) {
    return redirects.written(pointer);
  }

  /** The span putItem gave the absolute pointer, or null. */
  private Span item(String full) {
    int slash = full.lastIndexOf('/');
    if (slash < 0) return null;
    List<Span> spans = items.get(full.substring(0, slash));
    if (spans == null) return null;
    String index = full.substring(slash + 1);
    if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(c -> c >= '0' && c <= '9'))
      return null;
    int i = Integer.parseInt(index);
    return i < spans.size() ? spans.get(i) : null;
  }

  /** The pointer where an absolute pointer's node was written: below an alias, below its anchor. */
  private String resolve(String full) {
    if (aliases.isEmpty()) return full;
    // An alias's own pointer keeps its span; only what is strictly below it moves to the anchor.
    for (String p = Pointers.parent(full); ; p = Pointers.parent(p)) {
      String target = aliases.get(p);
      if (target != null) return resolve(target + full.substring(p.length()));
      if (p.isEmpty()) return full;
    }
  }

  /**
   * A view of the entries below base, with pointers relative to it; what has no entry there is at
   * fallback. A view, not a copy: a template with thousands of clients must not copy its map each
   * time.
   */
  public Locations below(String base, Span fallback) {
    return new Locations(
        values, keys, aliases, items, this.base + redirect(base), fallback, Redirects.NONE);
  }
}
