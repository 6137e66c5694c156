package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Serverless Framework files: CloudFormation resources under {@code resources: Resources:}, or a
 * list of such objects, which the framework merges; {@code ${file(...)}} includes are reported.
 */
final class ServerlessResources implements Dialect {
  @Override
  public boolean recognises(Document doc) {
    return doc.root().isObject()
        && !doc.root().path("Resources").isObject()
        && (!CloudFormation.serverlessResources(doc.root()).isEmpty()
            || !CloudFormation.serverlessIncludes(doc.root()).isEmpty());
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    List<AppClient> clients = new ArrayList<>();
    List<Document.Problem> problems = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    CloudFormation.serverlessResources(doc.root())
        .forEach(r -> CloudFormation.extract(doc, r, false, clients, problems, suppressions));
    CloudFormation.reportIncludes(doc, CloudFormation.serverlessIncludes(doc.root()), problems);
    return new ClientFinder.Found(
        "Serverless Framework resources", clients, problems, suppressions);
  }
}
