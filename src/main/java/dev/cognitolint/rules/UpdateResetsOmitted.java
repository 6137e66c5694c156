package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import dev.cognitolint.rules.TokenValidity.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

@RuleInfo(id = "CL701", name = "update-resets-omitted-settings", severity = Severity.WARNING,
    inputs = {InputKind.API},
    summary = "An UpdateUserPoolClient request resets every setting it omits to its default; send the complete configuration.")
public final class UpdateResetsOmitted implements Rule {
  /** The settings an update can carry, and what omitting each one sets it to. */
  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("ClientName", "none");
    DEFAULTS.put("RefreshTokenValidity", "30 days");
    DEFAULTS.put("AccessTokenValidity", "1 hour");
    DEFAULTS.put("IdTokenValidity", "1 hour");
    DEFAULTS.put("TokenValidityUnits", "hours, hours, days");
    DEFAULTS.put("ReadAttributes", "all readable attributes");
    DEFAULTS.put("WriteAttributes", "all standard attributes");
    DEFAULTS.put("ExplicitAuthFlows", "ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_REFRESH_TOKEN_AUTH");
    DEFAULTS.put("SupportedIdentityProviders", "none");
    DEFAULTS.put("CallbackURLs", "none");
    DEFAULTS.put("LogoutURLs", "none");
    DEFAULTS.put("DefaultRedirectURI", "none");
    DEFAULTS.put("AllowedOAuthFlows", "none");
    DEFAULTS.put("AllowedOAuthScopes", "none");
    DEFAULTS.put("AllowedOAuthFlowsUserPoolClient", "false");
    DEFAULTS.put("AnalyticsConfiguration", "none");
    DEFAULTS.put("PreventUserExistenceErrors", "LEGACY");
    DEFAULTS.put("EnableTokenRevocation", "true");
    DEFAULTS.put("EnablePropagateAdditionalUserContextData", "false");
    DEFAULTS.put("AuthSessionValidity", "3");
    DEFAULTS.put("RefreshTokenRotation", "none (rotation off)");
  }

  private final AppClient current;

  public UpdateResetsOmitted(RuleOptions options) {
    this.current = options.current();
  }

  @Override
  public void check(AppClient client, Findings findings) {
    if (client.kind() != ClientKind.UPDATE_REQUEST) return;
    List<String> omitted = DEFAULTS.keySet().stream().filter(m -> !client.has(m)).toList();
    if (omitted.isEmpty()) return;
    if (current == null) {
      findings.atClient("UpdateUserPoolClient resets every setting the request omits to its default; this request omits "
          + String.join(", ", omitted) + ". Send the complete configuration (start from describe-user-pool-client output;"
          + " --current FILE lists what would be lost)");
      return;
    }
    List<String> lost = new ArrayList<>();
    for (String member : omitted) {
      JsonNode now = current.get(member);
      if (now == null || now.isNull() || (now.isArray() && now.isEmpty()) || isDefault(member, now)) continue;
      lost.add(member + ": " + describe(member, now) + " → " + DEFAULTS.get(member));
    }
    if (!lost.isEmpty()) {
      findings.atClient("this update omits settings that the current client has, and would reset them: "
          + String.join("; ", lost) + ". Include them in the request to keep them");
    }
  }

  /** Whether the current value equals what the reset would set. */
  private boolean isDefault(String member, JsonNode value) {
    Optional<Token> token = Arrays.stream(Token.values()).filter(t -> t.member.equals(member)).findFirst();
    if (token.isPresent()) {
      long defaultSeconds = token.get() == Token.REFRESH ? TokenValidity.DEFAULT_REFRESH_SECONDS : 3600;
      return TokenValidity.of(current, token.get())
          .map(d -> d.seconds() == defaultSeconds || (token.get() == Token.REFRESH && d.value() == 0)).orElse(false);
    }
    if (member.equals("TokenValidityUnits")) {
      return Arrays.stream(Token.values()).allMatch(t -> value.path(t.unitMember).isMissingNode()
          || value.path(t.unitMember).asString().equals(t.defaultUnit));
    }
    if (member.equals("ExplicitAuthFlows")) {
      List<String> flows = Values.knownStrings(value);
      return flows.size() == value.size() && Set.copyOf(flows).equals(Set.of(DEFAULTS.get(member).split(", ")));
    }
    if (member.equals("RefreshTokenRotation")) {
      return value.path("Feature").asString().equals("DISABLED");
    }
    return value.isValueNode() && value.asString().equals(DEFAULTS.get(member));
  }

  private String describe(String member, JsonNode value) {
    Optional<Token> token = Arrays.stream(Token.values()).filter(t -> t.member.equals(member)).findFirst();
    if (token.isPresent()) {
      Optional<TokenValidity.Duration> d = TokenValidity.of(current, token.get());
      if (d.isPresent()) return d.get().display();
    }
    if (value.isArray()) {
      String noun = member.endsWith("URLs") ? "URL" : member.endsWith("Scopes") ? "scope" : member.endsWith("Flows") ? "flow" : "item";
      if (value.size() <= 3) {
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asString()));
        return String.join(", ", items);
      }
      return value.size() + " " + noun + "s";
    }
    if (value.isObject()) return "set";
    return value.asString();
  }
}
