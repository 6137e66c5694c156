package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Values;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** Facts about a client that several rules ask, each answered only as far as it is known. */
final class ClientFacts {
  private ClientFacts() {}

  static final Set<String> STANDARD_SCOPES =
      Set.of("phone", "email", "openid", "profile", "aws.cognito.signin.user.admin");

  /**
   * Whether the client has a client secret: GenerateSecret true or a ClientSecret of its own on
   * create; a ClientSecret in a response. Empty when it cannot be known (an update request, an
   * intrinsic function).
   */
  static Optional<Boolean> hasSecret(AppClient client) {
    if (client.kind() == ClientKind.UPDATE_REQUEST) return Optional.empty();
    if (client.has(Member.CLIENT_SECRET)) return Optional.of(true);
    JsonNode generate = client.get(Member.GENERATE_SECRET);
    if (generate == null || generate.isNull()) return Optional.of(false);
    return Values.bool(generate);
  }

  /** Each fully known string item of a list member, with its pointer ("/ExplicitAuthFlows/2"). */
  static void eachString(AppClient client, Member member, BiConsumer<String, String> action) {
    for (Values.Item item : Values.items(client.get(member))) {
      Values.string(item.node())
          .ifPresent(
              value -> action.accept(Pointers.append(member.pointer(), item.index()), value));
    }
  }

  /** The known OAuth flows. */
  static List<String> oauthFlows(AppClient client) {
    return Values.knownStrings(client.get(Member.ALLOWED_OAUTH_FLOWS));
  }

  /** Whether the member is absent, null or a known empty list. */
  static boolean isEmpty(AppClient client, Member member) {
    JsonNode node = client.get(member);
    return node == null || node.isNull() || (node.isArray() && node.isEmpty());
  }

  /**
   * Whether the member is a list known to have items (a whole list that is unknown may be empty).
   */
  static boolean hasItems(AppClient client, Member member) {
    JsonNode node = client.get(member);
    return node != null && node.isArray() && !node.isEmpty();
  }

  /** Whether AllowedOAuthFlowsUserPoolClient is true; empty when it is unknown. */
  static Optional<Boolean> oauthEnabled(AppClient client) {
    JsonNode node = client.get(Member.ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT);
    if (node == null || node.isNull()) return Optional.of(false); // the API default
    return Values.bool(node);
  }

  /**
   * Whether the client is known to serve no users: its only OAuth flow is client_credentials and
   * its ExplicitAuthFlows is a known empty list or only ALLOW_REFRESH_TOKEN_AUTH. An omitted
   * ExplicitAuthFlows does not count: Cognito then allows ALLOW_USER_SRP_AUTH and
   * ALLOW_CUSTOM_AUTH. Such a client gets access tokens only: the client credentials grant issues
   * neither ID nor refresh tokens, and no user's token carries it.
   */
  static boolean servesNoUsers(AppClient client) {
    JsonNode flows = client.get(Member.ALLOWED_OAUTH_FLOWS);
    JsonNode explicit = client.get(Member.EXPLICIT_AUTH_FLOWS);
    return Values.isFullyKnownStringList(flows)
        && Values.knownStrings(flows).equals(List.of("client_credentials"))
        && Values.isFullyKnownStringList(explicit)
        && Values.knownStrings(explicit).stream().allMatch("ALLOW_REFRESH_TOKEN_AUTH"::equals);
  }
}
