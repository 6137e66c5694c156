package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.StrictJson;
import java.util.ArrayList;
import java.util.List;

/** Decides what kind of document this is and finds the app clients in it. */
public final class ClientFinder {
  private ClientFinder() {}

  /**
   * The document kinds, in the order they are tried: the first that recognises a document reads it.
   */
  private static final List<Dialect> DIALECTS =
      List.of(
          new JestSnapshot(),
          new TerraformConfiguration(),
          new TerraformPlan(),
          new CloudFormationTemplate(),
          new ServerlessResources(),
          new ApiResponse(),
          new SdkExamples(),
          new ApiRequest());

  /**
   * What a document holds.
   *
   * @param format what the document was recognised as, for verbose output; null for none
   * @param clients the app clients found
   * @param problems doubtful things found on the way (an unknown Cognito resource type)
   * @param suppressions suppressions written in the document's data (CloudFormation Metadata)
   */
  public record Found(
      String format,
      List<AppClient> clients,
      List<Document.Problem> problems,
      List<Suppression> suppressions) {
    static final Found NOTHING = new Found(null, List.of(), List.of(), List.of());

    static Found of(String format, List<AppClient> clients) {
      return new Found(format, clients, List.of(), List.of());
    }
  }

  /**
   * The document's clients; a recognised {@code .json} file that is not strict JSON also gets a
   * CL001 problem.
   */
  public static Found find(Document doc) {
    for (Dialect dialect : DIALECTS) {
      if (!dialect.recognises(doc)) continue;
      Found found = dialect.read(doc);
      return StrictJson.problem(doc.source())
          .map(
              p -> {
                List<Document.Problem> problems = new ArrayList<>(found.problems());
                problems.add(0, p);
                return new Found(found.format(), found.clients(), problems, found.suppressions());
              })
          .orElse(found);
    }
    return Found.NOTHING;
  }
}
