package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import dev.cognitolint.rules.TokenValidity.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

@RuleInfo(
    id = "CL701",
    name = "update-resets-omitted-settings",
    severity = Severity.WARNING,
    inputs = {InputKind.API},
    summary =
        "An UpdateUserPoolClient request resets every setting it omits to its default; send the complete configuration.",
    fix = Fix.Applicability.SAFE)
public final class UpdateResetsOmitted implements Rule, Fixer {
  /** The settings an update can carry; omitting one sets it to its API default. */
  private static final List<Member> RESET_BY_OMISSION =
      Member.topLevel().stream().filter(m -> m.updatable() && m.apiDefault() != null).toList();

  private final AppClient current;

  public UpdateResetsOmitted(RuleOptions options) {
    this.current = options.current();
  }

  @Override
  public void check(AppClient client, Findings findings) {
    if (client.kind() != ClientKind.UPDATE_REQUEST) return;
    List<Member> omitted = RESET_BY_OMISSION.stream().filter(m -> !client.has(m)).toList();
    if (omitted.isEmpty()) return;
    if (current == null) {
      findings.atClient(
          "UpdateUserPoolClient resets every setting the request omits to its default; this request omits "
              + String.join(", ", omitted.stream().map(client.names()::of).toList())
              + ". Send the complete configuration (start from describe-user-pool-client output;"
              + " --current FILE lists what would be lost)");
      return;
    }
    List<String> lost = new ArrayList<>();
    for (Member member : omitted) {
      JsonNode now = current.get(member);
      if (!isSet(now) || isDefault(member, now)) continue;
      lost.add(
          client.names().of(member) + ": " + describe(member, now) + " → " + member.apiDefault());
    }
    if (!lost.isEmpty()) {
      findings.atClient(
          "this update omits settings that the current client has, and would reset them: "
              + String.join("; ", lost)
              + ". Include them in the request to keep them");
    }
  }

  /**
   * Safe: the request then sends what the client has now for every setting it omits (those equal to
   * the defaults too: a lifetime's default depends on the unit added beside it), which the update
   * keeps. Only with --current, which says what that is.
   */
  @Override
  public Fix fix(AppClient client, String pointer) {
    if (current == null || client.kind() != ClientKind.UPDATE_REQUEST) return null;
    Map<String, JsonNode> settings = new LinkedHashMap<>();
    for (Member member : RESET_BY_OMISSION) {
      JsonNode now = current.get(member);
      if (client.has(member) || !isSet(now)) continue;
      if (Token.of(member).filter(t -> !sameUnit(client, t)).isPresent()) return null;
      settings.put(member.apiName(), now);
    }
    return Edits.addSettings(client, settings)
        .map(
            e ->
                new Fix(
                    "Add " + String.join(", ", settings.keySet()) + " with their current values",
                    Fix.Applicability.SAFE,
                    List.of(e)))
        .orElse(null);
  }

  /**
   * Whether the request counts the token's lifetime in the unit the current client does: one that
   * sets TokenValidityUnits may use another, and the current number would then be another lifetime.
   */
  private boolean sameUnit(AppClient client, Token token) {
    Optional<String> unit = unit(client, token);
    return !client.has(Member.TOKEN_VALIDITY_UNITS)
        || unit.isPresent() && unit.equals(unit(current, token));
  }

  private static Optional<String> unit(AppClient client, Token token) {
    JsonNode units = client.get(Member.TOKEN_VALIDITY_UNITS);
    if (units == null || units.isObject() && !units.has(token.unitMember.apiName()))
      return Optional.of(token.defaultUnit);
    return Values.string(units.get(token.unitMember.apiName()));
  }

  /** Whether the current client has a value there: a list with items, or any other value. */
  private static boolean isSet(JsonNode now) {
    return now != null && !now.isNull() && !(now.isArray() && now.isEmpty());
  }

  /** Whether the current value equals what the reset would set. */
  private boolean isDefault(Member member, JsonNode value) {
    Optional<Token> token = Token.of(member);
    if (token.isPresent()) {
      long defaultSeconds =
          token.get() == Token.REFRESH ? TokenValidity.DEFAULT_REFRESH_SECONDS : 3600;
      return TokenValidity.of(current, token.get())
          .map(
              d ->
                  d.seconds() == defaultSeconds || (token.get() == Token.REFRESH && d.value() == 0))
          .orElse(false);
    }
    if (member == Member.TOKEN_VALIDITY_UNITS) {
      return Arrays.stream(Token.values())
          .allMatch(
              t ->
                  value.path(t.unitMember.apiName()).isMissingNode()
                      || value.path(t.unitMember.apiName()).asString().equals(t.defaultUnit));
    }
    if (member == Member.EXPLICIT_AUTH_FLOWS) {
      List<String> flows = Values.knownStrings(value);
      return flows.size() == value.size()
          && Set.copyOf(flows).equals(Set.of(member.apiDefault().split(", ")));
    }
    if (member == Member.REFRESH_TOKEN_ROTATION) {
      return value.path(Member.ROTATION_FEATURE.apiName()).asString().equals("DISABLED");
    }
    return value.isValueNode() && value.asString().equals(member.apiDefault());
  }

  private String describe(Member member, JsonNode value) {
    Optional<Token> token = Token.of(member);
    if (token.isPresent()) {
      Optional<TokenValidity.Duration> d = TokenValidity.of(current, token.get());
      if (d.isPresent()) return d.get().display();
    }
    if (value.isArray()) {
      String name = member.apiName();
      String noun =
          name.endsWith("URLs")
              ? "URL"
              : name.endsWith("Scopes") ? "scope" : name.endsWith("Flows") ? "flow" : "item";
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
