package dev.cognitolint.fix;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.syntax.Syntax;

/**
 * Files that a tool writes: a Terraform plan or state ({@code terraform show -json}), the CDK's
 * {@code cdk.out} templates and Jest snapshots of them. Their findings get no fix, since the next
 * plan, synth or snapshot update would undo it; the message says where the fix belongs instead.
 */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  public static boolean isGenerated(AppClient client) {
    String path = client.source().path();
    return isTerraformJsonOutput(client) || isCdkOutput(path) || isJestSnapshot(client);
  }

  /** What a finding that would have a fix says instead. */
  public static String fixBelongs(AppClient client) {
    if (isJestSnapshot(client))
      return " (this is a Jest snapshot of a synthesized template: fix it in the CDK code that"
          + " defines the client, then update the snapshot with jest -u)";
    return isCdkOutput(client.source().path())
        ? " (this template is synthesized by the CDK: fix it in the CDK code that defines the client)"
        : " (this is Terraform plan or state output: fix it in the .tf source of the resource)";
  }

  private static boolean isTerraformJsonOutput(AppClient client) {
    // Terraform configuration is .tf or .tf.json (.tofu, .tofu.json); other JSON holding Terraform
    // clients is plan or state output.
    String path = client.source().path();
    return client.kind().isTerraform()
        && path.endsWith(".json")
        && !path.endsWith(".tf.json")
        && !path.endsWith(".tofu.json");
  }

  private static boolean isJestSnapshot(AppClient client) {
    return Syntax.of(client.source().path(), client.source().text()) == Syntax.JEST_SNAPSHOT;
  }

  private static boolean isCdkOutput(String path) {
    return ("/" + path).contains("/cdk.out/");
  }
}
