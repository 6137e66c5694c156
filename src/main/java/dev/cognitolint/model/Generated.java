package dev.cognitolint.model;

/**
 * A client in a file that a tool writes from a source of its own (a Terraform plan or state, a
 * template the CDK synthesized), as the dialect that read the content found: an edit there would be
 * undone by the tool's next run, so its findings get no fix and say where the fix belongs instead.
 *
 * @param fixBelongs what a finding that would have had a fix says instead
 */
public record Generated(String fixBelongs) {
  public static final Generated TERRAFORM_OUTPUT =
      new Generated(
          "this is Terraform plan or state output: fix it in the .tf source of the resource");

  public static final Generated JEST_SNAPSHOT =
      new Generated(
          "this is a Jest snapshot of a synthesized template: fix it in the CDK code that defines"
              + " the client, then update the snapshot with jest -u");

  /** A client of a CDK-synthesized template, with its construct path when the template has it. */
  public static Generated cdk(String constructPath) {
    return new Generated(
        "this template is synthesized by the CDK: fix it in the CDK code "
            + (constructPath == null
                ? "that defines the client"
                : "of construct '" + constructPath + "'"));
  }
}
