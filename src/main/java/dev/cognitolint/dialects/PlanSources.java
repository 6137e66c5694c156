package dev.cognitolint.dialects;

import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.syntax.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Where the resources of a Terraform plan or state ({@code terraform show -json}) are declared in
 * the configuration beside it, as checkov finds them: the root module is the plan's folder, or the
 * one folder below it (at most {@link #MAX_DEPTH} deep, hidden folders and {@code .terraform} left
 * out) that declares the resource; a resource of a module call is in the folder of the call's local
 * {@code source}, as the plan's {@code configuration} section gives it. A module from a registry or
 * a repository, a plan read from standard input, and folders outside the plan's repository have no
 * declaration here.
 */
final class PlanSources {
  private static final int MAX_DEPTH = 3;
  private static final int MAX_FOLDERS = 200;

  /** A resource block: the file that declares it, named as reports name files, and its pointer. */
  record Declared(Document doc, String pointer) {}

  private final Path plan;
  private final String planDisplay;
  private final JsonNode configuration;
  private final Map<Path, Optional<TerraformFolder>> folders = new HashMap<>();

  private PlanSources(Path plan, String planDisplay, JsonNode configuration) {
    this.plan = plan;
    this.planDisplay = planDisplay;
    this.configuration = configuration;
  }

  static PlanSources of(Document plan) {
    return new PlanSources(
        plan.source().file(), plan.source().path(), plan.root().path("configuration"));
  }

  /** The block that declares the resource at {@code address}, if it is found. */
  Optional<Declared> find(String address) {
    if (plan == null) return Optional.empty();
    List<String> parts = List.of(withoutInstanceKeys(address).split("\\.", -1));
    if (parts.size() < 2 || parts.size() % 2 != 0) return Optional.empty();
    String first = parts.get(0);
    String second = parts.get(1);
    Optional<Path> root = rootFolder(first, second);
    if (root.isEmpty()) return Optional.empty();
    Path folder = root.get();
    JsonNode module = configuration.path("root_module");
    for (int i = 0; i + 2 < parts.size(); i += 2) {
      if (!parts.get(i).equals("module")) return Optional.empty();
      JsonNode call = module.path("module_calls").path(parts.get(i + 1));
      String source = call.path("source").asString("");
      if (!LocalModule.isLocal(source)) return Optional.empty();
      folder = folder.resolve(source).normalize();
      module = call.path("module");
    }
    String type = parts.get(parts.size() - 2);
    String name = parts.get(parts.size() - 1);
    return folder(folder).flatMap(f -> declared(f, type, name));
  }

  /**
   * The root module's folder: the plan's, or the one folder below it that declares the first block
   * of the address (a resource, or the call of its module).
   */
  private Optional<Path> rootFolder(String first, String second) {
    String type = first.equals("module") ? null : first;
    Path start = TerraformFolder.folderOf(plan);
    if (folder(start).flatMap(f -> declared(f, type, second)).isPresent())
      return Optional.of(start);
    List<Path> declaring = new ArrayList<>();
    Deque<Path> queue = new ArrayDeque<>(subfolders(start));
    for (int visited = 0; !queue.isEmpty() && visited < MAX_FOLDERS; visited++) {
      Path folder = queue.removeFirst();
      if (folder(folder).flatMap(f -> declared(f, type, second)).isPresent()) declaring.add(folder);
      if (start.relativize(folder).getNameCount() < MAX_DEPTH) queue.addAll(subfolders(folder));
    }
    return declaring.size() == 1 ? Optional.of(declaring.get(0)) : Optional.empty();
  }

  private static List<Path> subfolders(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory)
          .filter(
              p ->
                  !p.getFileName().toString().startsWith(".")
                      && !p.getFileName().toString().equals("node_modules"))
          .sorted()
          .toList();
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }

  private Optional<TerraformFolder> folder(Path folder) {
    return folders.computeIfAbsent(
        folder,
        f -> TerraformFolder.read(plan, TerraformFolder.folderOf(plan).relativize(f).toString()));
  }

  /**
   * The block {@code resource "type" "name"}, or {@code module "name"} when type is null, in the
   * folder's files.
   */
  private Optional<Declared> declared(TerraformFolder folder, String type, String name) {
    for (Document doc : folder.documents()) {
      List<Map.Entry<String, Terraform.Body>> named = new ArrayList<>();
      if (type == null) named.addAll(Terraform.labelled(doc.root().path("module"), "/module"));
      else {
        for (Terraform.Body level : Terraform.bodies(doc.root().path("resource"), "/resource"))
          named.addAll(
              Terraform.labelled(level.node().path(type), Pointers.append(level.pointer(), type)));
      }
      for (Map.Entry<String, Terraform.Body> entry : named) {
        if (entry.getKey().equals(name))
          return Optional.of(new Declared(reported(doc, folder), entry.getValue().pointer()));
      }
    }
    return Optional.empty();
  }

  /** The document with its file named as the plan is: beside it, or below or above it. */
  private Document reported(Document doc, TerraformFolder folder) {
    Path file = folder.folder().resolve(doc.source().path());
    Path relative = TerraformFolder.folderOf(plan).relativize(file);
    Path displayFolder = Path.of(planDisplay).getParent();
    String display =
        (displayFolder == null ? relative : displayFolder.resolve(relative))
            .normalize()
            .toString()
            .replace('\\', '/');
    return new Document(
        new SourceFile(display, doc.source().text(), file),
        doc.root(),
        doc.locations(),
        doc.problems(),
        doc.comments());
  }

  /** {@code module.a["x"].aws_x.b[0]} without its instance keys: {@code module.a.aws_x.b}. */
  static String withoutInstanceKeys(String address) {
    StringBuilder out = new StringBuilder();
    boolean inKey = false;
    boolean inString = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (inString) {
        if (c == '\\') i++;
        else if (c == '"') inString = false;
      } else if (inKey) {
        if (c == '"') inString = true;
        else if (c == ']') inKey = false;
      } else if (c == '[') {
        inKey = true;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
