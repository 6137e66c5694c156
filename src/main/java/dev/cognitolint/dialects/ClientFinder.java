package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.List;

/** Decides what kind of document this is and finds the app clients in it. */
public final class ClientFinder {
  private ClientFinder() {}

  /**
   * What a document holds.
   *
   * @param format   what the document was recognised as, for verbose output; null for none
   * @param clients  the app clients found
   * @param problems doubtful things found on the way (an unknown Cognito resource type)
   * @param suppressions suppressions written in the document's data (CloudFormation Metadata)
   */
  public record Found(String format, List<AppClient> clients, List<Document.Problem> problems,
      List<Suppression> suppressions) {}

  public static Found find(Document doc) {
    List<AppClient> clients = new ArrayList<>();
    List<Document.Problem> problems = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    String format = null;
    if (doc.root().isObject() && Terraform.isConfiguration(doc)) {
      format = "Terraform configuration";
      Terraform.extractConfiguration(doc, clients);
    } else if (doc.root().isObject() && Terraform.isPlanOrState(doc.root())) {
      format = doc.root().has("planned_values") ? "Terraform plan" : "Terraform state";
      Terraform.extractPlanOrState(doc, clients);
    } else if (doc.root().isObject()) {
      List<String> resources = CloudFormation.resourcesPointers(doc.root());
      List<String> includes = CloudFormation.serverlessIncludes(doc.root());
      if (!resources.isEmpty() || !includes.isEmpty()) {
        boolean serverless = !resources.contains("/Resources");
        format = serverless ? "Serverless Framework resources" : "CloudFormation template";
        resources.forEach(r -> CloudFormation.extract(doc, r, clients, problems, suppressions));
        if (serverless) CloudFormation.reportIncludes(doc, includes, problems);
      } else if (ApiDocuments.isResponse(doc.root())) {
        format = "UserPoolClient API response";
        ApiDocuments.extractResponse(doc, clients);
      } else if (ApiDocuments.isBareClient(doc.root())) {
        format = "UserPoolClient API response";
        ApiDocuments.extractBareClient(doc, clients);
      } else if (ApiDocuments.isSdkExamples(doc.root())) {
        format = "AWS SDK examples";
        ApiDocuments.extractSdkExamples(doc, clients);
      } else if (ApiDocuments.isRequest(doc.root())) {
        ApiDocuments.extractRequest(doc, clients);
        format = clients.get(0).kind().label();
      }
    }
    return new Found(format, clients, problems, suppressions);
  }
}
