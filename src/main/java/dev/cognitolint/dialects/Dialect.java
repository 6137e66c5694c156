package dev.cognitolint.dialects;

import dev.cognitolint.syntax.Document;

/**
 * One kind of document that holds app clients. {@link ClientFinder} tries them in the order of its
 * list; the first that recognises a document reads it.
 */
interface Dialect {
  /** Whether the document is of this kind. */
  boolean recognises(Document doc);

  /** The app clients of a document this dialect recognises, and what the document was read as. */
  ClientFinder.Found read(Document doc);
}
