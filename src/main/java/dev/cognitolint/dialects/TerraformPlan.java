package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Generated;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.List;

/** {@code terraform show -json} of a plan (planned_values) or of the state (values). */
final class TerraformPlan implements Dialect {
  @Override
  public boolean recognises(Document doc) {
    return doc.root().isObject() && Terraform.isPlanOrState(doc.root());
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    List<AppClient> clients = new ArrayList<>();
    Terraform.extractPlanOrState(doc, clients);
    return ClientFinder.Found.of(
        doc.root().has("planned_values") ? "Terraform plan" : "Terraform state",
        clients.stream()
            .map(c -> inPlan(doc, c) ? c.generatedAs(Generated.TERRAFORM_OUTPUT) : c)
            .toList());
  }

  /**
   * Whether the client is reported in the plan itself: one found in the configuration that declares
   * it is reported there (see {@link PlanSources}), where the Linter drops its fixes.
   */
  private static boolean inPlan(Document doc, AppClient client) {
    return client.source().path().equals(doc.source().path());
  }
}
