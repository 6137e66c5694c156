package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(id = "CL310", name = "duplicate-list-item", severity = Severity.WARNING,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API},
    summary = "A URL, scope or flow should be listed once in its list.")
public final class DuplicateListItem implements Rule {
  private static final List<String> LISTS =
      List.of("CallbackURLs", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes", "ExplicitAuthFlows");

  @Override
  public void check(AppClient client, Findings findings) {
    for (String member : LISTS) {
      Map<String, String> first = new HashMap<>();
      ClientFacts.eachString(client, member, (pointer, value) -> {
        String earlier = first.putIfAbsent(value, pointer);
        if (earlier != null) {
          findings.at(pointer, Pointers.display(pointer) + ": '" + value + "' is listed already as "
              + Pointers.display(earlier) + "; remove the repeat (if another value was meant, write that one)");
        }
      });
    }
  }
}
