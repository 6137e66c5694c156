package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "CL310",
    name = "duplicate-list-item",
    severity = Severity.WARNING,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API},
    summary = "A URL, scope or flow should be listed once in its list.")
public final class DuplicateListItem implements Rule {
  private static final List<Member> LISTS =
      List.of(
          Member.CALLBACK_URLS,
          Member.LOGOUT_URLS,
          Member.ALLOWED_OAUTH_FLOWS,
          Member.ALLOWED_OAUTH_SCOPES,
          Member.EXPLICIT_AUTH_FLOWS);

  @Override
  public void check(AppClient client, Findings findings) {
    for (Member member : LISTS) {
      Map<String, String> first = new HashMap<>();
      ClientFacts.eachString(
          client,
          member,
          (pointer, value) -> {
            String earlier = first.putIfAbsent(value, pointer);
            if (earlier != null) {
              findings.at(
                  pointer,
                  client.names().at(pointer)
                      + ": '"
                      + value
                      + "' is listed already as "
                      + client.names().at(earlier)
                      + "; remove the repeat (if another value was meant, write that one)");
            }
          });
    }
  }
}
