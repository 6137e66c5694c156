package dev.cognitolint.dialects;

import dev.cognitolint.model.SourceFile;
import dev.cognitolint.syntax.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A Terraform module in a folder of the same repository ({@code source = "./modules/cognito"}): the
 * defaults of its variables and its app-client resources, read from the {@code .tf} and {@code
 * .tf.json} files of that folder. A folder that is missing or outside the repository is no module:
 * its inputs stay unknown.
 *
 * @param variables the module's variables by name
 * @param clients the module's {@code aws_cognito_user_pool_client} resources, in file order
 */
record LocalModule(Map<String, Variable> variables, List<ClientResource> clients) {

  /**
   * A variable of the module.
   *
   * @param defaultValue its default as written (null for a required variable, which has none)
   * @param file the file that declares it, which decides how its strings are read
   */
  record Variable(JsonNode defaultValue, SourceFile file) {}

  /** An app-client resource of the module: its name and body. */
  record ClientResource(String name, JsonNode body) {}

  /** Whether a module source is a local path: Terraform requires those to start so. */
  static boolean isLocal(String source) {
    return source.startsWith("./") || source.startsWith("../");
  }

  /**
   * The module that {@code source} names from the folder of {@code caller}, if it can be read (see
   * {@link TerraformFolder}).
   */
  static Optional<LocalModule> read(Path caller, String source) {
    return TerraformFolder.read(caller, source).map(LocalModule::of);
  }

  private static LocalModule of(TerraformFolder folder) {
    Map<String, Variable> variables = new TreeMap<>();
    List<ClientResource> clients = new ArrayList<>();
    for (Document doc : folder.documents()) {
      for (Map.Entry<String, Terraform.Body> variable :
          Terraform.labelled(doc.root().path("variable"), "/variable")) {
        variables.putIfAbsent(
            variable.getKey(),
            new Variable(variable.getValue().node().get("default"), doc.source()));
      }
      for (Terraform.Body resources : Terraform.bodies(doc.root().path("resource"), "/resource")) {
        for (Map.Entry<String, Terraform.Body> client :
            Terraform.labelled(resources.node().path(Terraform.CLIENT), "")) {
          clients.add(new ClientResource(client.getKey(), client.getValue().node()));
        }
      }
    }
    return new LocalModule(Map.copyOf(variables), List.copyOf(clients));
  }
}
