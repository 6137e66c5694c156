package dev.cognitolint.model;

/**
 * The input kinds a rule declares it applies to: coarser than {@link ClientKind}, one per dialect
 * family.
 */
public enum InputKind {
  /** CloudFormation and SAM templates, CDK output, Serverless resources. */
  CLOUDFORMATION,
  /** CreateUserPoolClient and UpdateUserPoolClient requests, describe-user-pool-client output. */
  API,
  /** Terraform and OpenTofu configuration, plans and module inputs. */
  TERRAFORM;

  public static InputKind of(ClientKind kind) {
    return switch (kind) {
      case CLOUDFORMATION -> CLOUDFORMATION;
      case CREATE_REQUEST, UPDATE_REQUEST, DESCRIBED_CLIENT -> API;
      case TERRAFORM, TERRAFORM_MANAGED -> TERRAFORM;
    };
  }
}
