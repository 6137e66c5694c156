package dev.cognitolint.dialects;

import dev.cognitolint.model.Generated;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.Syntax;

/**
 * The entries of a Jest snapshot file: those that hold a CloudFormation template (a CDK test's
 * {@code toMatchSnapshot()} of {@code Template.fromStack(stack).toJSON()}) are read as one; a
 * snapshot of anything else is not the linter's, even if it looks like an API request. Their
 * findings get no fix: the next {@code jest -u} would write the snapshot again from the CDK code.
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
        found.clients().stream().map(c -> c.generatedAs(Generated.JEST_SNAPSHOT)).toList(),
        found.problems(),
        found.suppressions());
  }
}
