package dev.cognitolint.dialects;

import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.files.SourceReader;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.HclReader;
import dev.cognitolint.syntax.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Terraform files of one folder of a repository, which a linted file refers to: a local
 * module's folder, the configuration beside a plan. Only a folder inside the repository of the
 * referring file is read (the nearest folder above that file holding {@code .git}, else the working
 * directory when the file is below it), as the configuration lookup does: a path in a file must not
 * make the linter read files elsewhere. A folder that is missing, outside, or unreadable is none; a
 * file of it that cannot be read or parsed is left out.
 *
 * @param folder the folder, absolute and normal
 * @param documents its {@code .tf} and {@code .tf.json} files, by name
 */
record TerraformFolder(Path folder, List<Document> documents) {

  /** More .tf files than a module has: a folder like that is not read. */
  private static final int MAX_FILES = 200;

  /**
   * The folder at {@code path} (relative to the folder of {@code referrer}), when it is in the
   * referrer's repository.
   */
  static Optional<TerraformFolder> read(Path referrer, String path) {
    try {
      Optional<Path> repository = repositoryOf(referrer);
      if (repository.isEmpty()) return Optional.empty();
      Path folder = folderOf(referrer).resolve(path).normalize();
      if (!Files.isDirectory(folder)
          || !folder.startsWith(repository.get())
          || !folder.toRealPath().startsWith(repository.get().toRealPath()))
        return Optional.empty();
      List<Path> files;
      try (Stream<Path> list = Files.list(folder)) {
        files =
            list.filter(TerraformFolder::isConfiguration).sorted().limit(MAX_FILES + 1L).toList();
      }
      if (files.size() > MAX_FILES) return Optional.empty();
      List<Document> documents = new ArrayList<>();
      for (Path file : files) parse(file).ifPresent(documents::add);
      return Optional.of(new TerraformFolder(folder, List.copyOf(documents)));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The folder a file is in, absolute and normal. */
  static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? file.toAbsolutePath().getRoot() : parent;
  }

  /**
   * The repository a file is in: the nearest folder above it holding {@code .git}, else the working
   * directory when the file is below it.
   */
  static Optional<Path> repositoryOf(Path file) {
    Path folder = folderOf(file);
    for (Path p = folder; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) return Optional.of(p);
    }
    Path workingDirectory = Path.of("").toAbsolutePath();
    return folder.startsWith(workingDirectory) ? Optional.of(workingDirectory) : Optional.empty();
  }

  private static boolean isConfiguration(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".tf") || name.endsWith(".tf.json")) && Files.isRegularFile(file);
  }

  private static Optional<Document> parse(Path file) {
    try {
      SourceFile source =
          new SourceReader(Limits.DEFAULT).read(file, file.getFileName().toString());
      if (file.toString().endsWith(".tf"))
        return Optional.of(new HclReader(Limits.DEFAULT).read(source));
      return new YamlReader(Limits.DEFAULT).read(source).stream().findFirst();
    } catch (InputException e) {
      return Optional.empty();
    }
  }
}
