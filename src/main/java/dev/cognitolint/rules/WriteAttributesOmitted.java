package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL606",
    name = "write-attributes-omitted",
    severity = Severity.NOTE,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "List WriteAttributes explicitly: when it is omitted, users can change every standard attribute, email and phone_number included.")
public final class WriteAttributesOmitted implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client))
      return; // no user signs in or edits attributes through it
    if (!client.has(Member.WRITE_ATTRIBUTES)) {
      findings.atClient(
          client.names().of(Member.WRITE_ATTRIBUTES)
              + " is not set, so users can change every standard attribute with their access"
              + " token, email and phone_number included; list only the attributes users may edit");
    }
  }
}
