package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.List;

/** Terraform and OpenTofu configurations, native ({@code .tf}, {@code .tofu}) and JSON syntax. */
final class TerraformConfiguration implements Dialect {
  @Override
  public boolean recognises(Document doc) {
    return doc.root().isObject() && Terraform.isConfiguration(doc);
  }

  @Override
  public ClientFinder.Found read(Document doc) {
    List<AppClient> clients = new ArrayList<>();
    Terraform.extractConfiguration(doc, clients);
    return ClientFinder.Found.of("Terraform configuration", clients);
  }
}
