package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "CL401",
    name = "legacy-auth-flows-mixed",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "ExplicitAuthFlows must not mix legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, "
            + "USER_PASSWORD_AUTH) with ALLOW_ values.",
    fix = Fix.Applicability.SAFE)
public final class LegacyAuthFlowsMixed implements Rule, Fixer {
  /** Each legacy value and the ALLOW_ value that replaces it. */
  static final Map<String, String> REPLACEMENTS =
      Map.of(
          "ADMIN_NO_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH",
          "CUSTOM_AUTH_FLOW_ONLY", "ALLOW_CUSTOM_AUTH",
          "USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH");

  @Override
  public void check(AppClient client, Findings findings) {
    List<String> flows = Values.knownStrings(client.get(Member.EXPLICIT_AUTH_FLOWS));
    List<String> legacy = flows.stream().filter(REPLACEMENTS::containsKey).distinct().toList();
    if (legacy.isEmpty() || flows.stream().noneMatch(f -> f.startsWith("ALLOW_"))) return;
    List<String> replacements =
        legacy.stream().map(l -> l + " with " + REPLACEMENTS.get(l)).toList();
    findings.atKey(
        Member.EXPLICIT_AUTH_FLOWS.pointer(),
        client.names().of(Member.EXPLICIT_AUTH_FLOWS)
            + ": legacy "
            + String.join(", ", legacy)
            + " cannot be combined with ALLOW_ values; replace "
            + String.join(", ", replacements));
  }

  /**
   * Each legacy value becomes its ALLOW_ equivalent; where the list has that already, the legacy
   * one goes.
   */
  @Override
  public Fix fix(AppClient client, String pointer) {
    List<Values.Item> items = Values.items(client.get("ExplicitAuthFlows"));
    Set<String> present = new HashSet<>(Values.knownStrings(client.get("ExplicitAuthFlows")));
    List<Optional<Edit>> edits = new ArrayList<>();
    for (Values.Item item : items) {
      String replacement = Values.string(item.node()).map(REPLACEMENTS::get).orElse(null);
      if (replacement == null) continue;
      edits.add(
          present.add(replacement)
              ? Edits.replaceString(client, "/ExplicitAuthFlows/" + item.index(), replacement)
              : Edits.removeItem(client, "/ExplicitAuthFlows", item.index()));
    }
    return Edits.all(edits)
        .map(
            e ->
                new Fix(
                    "Replace the legacy flows with their ALLOW_ equivalents",
                    Fix.Applicability.SAFE,
                    e))
        .orElse(null);
  }
}
