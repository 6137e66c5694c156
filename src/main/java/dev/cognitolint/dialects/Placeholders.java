package dev.cognitolint.dialects;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Unknown;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The placeholders of a request file that a person is to fill in: {@code <UserPoolId>}, {@code
 * {{ClientName}}}, {@code REPLACE_ME} and {@code CHANGE_ME} (within a value too: {@code
 * https://<domain>/callback}), a whole value {@code TODO}, {@code TBD} or {@code FIXME}, and in a
 * skeleton of {@code aws cognito-idp create-user-pool-client --generate-cli-skeleton} (whose pool,
 * and client name or id, are empty strings) every empty string and every 0, which the skeleton
 * writes for each string and number. Each is an unknown value, so only that value goes unchecked;
 * the other values of the file (the skeleton's booleans and first enum values too) are checked as
 * they are. None of these forms is a value Cognito takes for the member it stands in, and a
 * skeleton cannot be sent before its pool and name are filled in, when it is a skeleton no more.
 * {@code ${NAME}} is not one: the tool that writes the request (envsubst, Terraform, Serverless)
 * fills it in, as everywhere else.
 */
final class Placeholders {
  private static final Pattern TOKEN =
      Pattern.compile(
          "<[A-Za-z][\\w .:/-]*>|\\{\\{\\s*\\.?[A-Za-z][\\w.-]*\\s*}}|(?:REPLACE|CHANGE)[_-]?ME[A-Z0-9_-]*");

  private static final Pattern WHOLE = Pattern.compile("TODO|TBD|FIXME");

  /** How many placeholders the note names before it says how many more there are. */
  private static final int NAMED = 3;

  private final boolean skeleton;
  private final List<String> found = new ArrayList<>();

  /**
   * @param request the request object
   */
  Placeholders(JsonNode request) {
    boolean update = request.has("ClientId");
    skeleton =
        isEmpty(request.path("UserPoolId"))
            && isEmpty(request.path(update ? "ClientId" : "ClientName"));
  }

  private static boolean isEmpty(JsonNode node) {
    return node.isString() && node.stringValue().isEmpty();
  }

  /** The value of the scalar at pointer: an unknown value where it is a placeholder. */
  JsonNode scalar(String pointer, JsonNode node) {
    if (skeleton && node.isNumber() && node.asString().equals("0")) {
      found.add(pointer);
      return Values.unknown(Unknown.of("0"));
    }
    if (!node.isString()) return node;
    Template template = template(node.stringValue());
    if (template == null) return ApiDocuments.text(node.stringValue());
    found.add(pointer);
    return Values.unknown(new Unknown(node.stringValue(), template));
  }

  private Template template(String value) {
    if (value.isEmpty()) return skeleton ? new Template.Builder().hole("''").build() : null;
    if (WHOLE.matcher(value).matches()) return new Template.Builder().hole(value).build();
    Matcher m = TOKEN.matcher(value);
    if (!m.find()) return null;
    Template.Builder out = new Template.Builder();
    int last = 0;
    do {
      out.append(ApiDocuments.template(value.substring(last, m.start())));
      out.hole(m.group());
      last = m.end();
    } while (m.find());
    out.append(ApiDocuments.template(value.substring(last)));
    return out.build();
  }

  /** The one note that the file is a template, at its first placeholder; none without one. */
  Optional<Document.Problem> note(Document doc) {
    if (found.isEmpty()) return Optional.empty();
    List<String> named = new ArrayList<>();
    for (String pointer : found.subList(0, Math.min(NAMED, found.size()))) {
      JsonNode value = doc.root().at(pointer);
      named.add(
          Pointers.display(pointer)
              + (value.isString() ? " '" + value.stringValue() + "'" : " " + value.asString()));
    }
    String more = found.size() > NAMED ? " and " + (found.size() - NAMED) + " more" : "";
    String what =
        skeleton
            ? "this request is a skeleton (--generate-cli-skeleton), whose empty strings and 0s are"
                + " placeholders"
            : "this request is a template";
    return Optional.of(
        new Document.Problem(
            InputRule.TEMPLATE_REQUEST,
            what
                + ": "
                + String.join(", ", named)
                + more
                + (found.size() == 1 ? " is" : " are")
                + " not checked until filled in; the other values are checked",
            doc.locations().value(found.get(0)),
            found.get(0)));
  }
}
