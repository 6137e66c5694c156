package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Values;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** Visits the known parts of a client's redirect URLs. */
final class RedirectUrls {
  private RedirectUrls() {}

  /** Each item of the list member whose text is at least partly known, with its pointer. */
  static void eachItem(AppClient client, Member member, BiConsumer<String, Template> action) {
    for (Values.Item item : Values.items(client.get(member))) {
      Values.text(item.node())
          .ifPresent(url -> action.accept(Pointers.append(member.pointer(), item.index()), url));
    }
  }

  /** Each callback URL and the DefaultRedirectURI. */
  static void eachCallback(AppClient client, BiConsumer<String, Template> action) {
    eachItem(client, Member.CALLBACK_URLS, action);
    Values.text(client.get(Member.DEFAULT_REDIRECT_URI))
        .ifPresent(url -> action.accept(Member.DEFAULT_REDIRECT_URI.pointer(), url));
  }

  /** Each callback URL, the DefaultRedirectURI and each logout URL. */
  static void eachRedirect(AppClient client, BiConsumer<String, Template> action) {
    eachCallback(client, action);
    eachItem(client, Member.LOGOUT_URLS, action);
  }

  /** The edit that makes an http URL https, in its literal text (the part before any hole). */
  static Optional<Edit> httpsEdit(AppClient client, String pointer) {
    return Edits.replaceInString(client, pointer, "http:", "https:", false);
  }

  /** The edit that removes the URL's fragment, where it is written as the end of the value. */
  static Optional<Edit> fragmentEdit(AppClient client, String pointer, Template url) {
    String text = url.display();
    return Edits.replaceInString(client, pointer, text.substring(text.indexOf('#')), "", true);
  }

  /** The URL at pointer, as far as it is known. */
  static Optional<Template> url(AppClient client, String pointer) {
    JsonNode node = client.settings().at(pointer);
    return node.isMissingNode() ? Optional.empty() : Values.text(node);
  }
}
