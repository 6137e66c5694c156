package dev.cognitolint.dialects;

import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.Syntax;

/**
 * The entries of a Jest snapshot file: those that hold a CloudFormation template (a CDK test's
 * {@code toMatchSnapshot()} of {@code Template.fromStack(stack).toJSON()}) are read as one; a
 * snapshot of anything else is not the linter's, even if it looks like an API request.
 */
final class JestSnapshot implements Dialect {
  private final CloudFormationTemplate template = new CloudFormationTemplate();

  @Override
  public boolean recognises(Document doc) {
    return Syntax.of(doc.source().path(), doc.source().text()) == Syntax.JEST_SNAPSHOT;
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    if (!template.recognises(doc)) return ClientFinder.Found.NOTHING;
    ClientFinder.Found found = template.read(doc);
    return new ClientFinder.Found(
        "Jest snapshot of a CloudFormation template",
        found.clients(),
        found.problems(),
        found.suppressions());
  }
}
