package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "CL605",
    name = "privileged-writable-attribute",
    severity = Severity.WARNING,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Users must not be able to write custom attributes that grant privileges (role, group, tenant, plan, ...).")
public final class PrivilegedWritableAttribute implements Rule {
  /** Words in an attribute name that suggest it decides what the user may do. */
  static final Set<String> PRIVILEGE_WORDS =
      Set.of(
          "role",
          "roles",
          "group",
          "groups",
          "admin",
          "admins",
          "administrator",
          "superuser",
          "tenant",
          "tenantid",
          "tenants",
          "permission",
          "permissions",
          "perm",
          "perms",
          "plan",
          "tier",
          "scope",
          "scopes",
          "entitlement",
          "entitlements",
          "privilege",
          "privileges",
          "acl",
          "org",
          "orgid",
          "organization",
          "subscription",
          "license",
          "isadmin",
          "access",
          "level");

  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client)) return; // no user's access token comes from it
    ClientFacts.eachString(
        client,
        Member.WRITE_ATTRIBUTES,
        (pointer, attribute) -> {
          if (!attribute.startsWith("custom:")) return;
          privilegeWord(attribute.substring("custom:".length()))
              .ifPresent(
                  word ->
                      findings.at(
                          pointer,
                          client.names().at(pointer)
                              + ": users can set '"
                              + attribute
                              + "' themselves with their"
                              + " access token (UpdateUserAttributes); if it decides what they may do ('"
                              + word
                              + "'), remove it from "
                              + client.names().of(Member.WRITE_ATTRIBUTES)
                              + " and set it only from the backend (AdminUpdateUserAttributes)"));
        });
  }

  /** The privilege word in a name split at '_', '-', '.' and camelCase boundaries. */
  static Optional<String> privilegeWord(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ");
    return Arrays.stream(spaced.toLowerCase(Locale.ROOT).split(" "))
        .filter(PRIVILEGE_WORDS::contains)
        .findFirst();
  }
}
