package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL403",
    name = "user-auth-feature-plan",
    severity = Severity.NOTE,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "ALLOW_USER_AUTH (choice-based sign-in) needs a user pool on the Essentials or Plus feature plan.")
public final class UserAuthFeaturePlan implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    ClientFacts.eachString(
        client,
        Member.EXPLICIT_AUTH_FLOWS,
        (pointer, flow) -> {
          if (flow.equals("ALLOW_USER_AUTH")) {
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": ALLOW_USER_AUTH works only in user pools on the Essentials or"
                    + " Plus feature plan; on Lite, Cognito answers FeatureUnavailableInTierException");
          }
        });
  }
}
