package dev.cognitolint.input;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the paths given on the command line into the files to lint. Directories are walked
 * (without following links) for {@code *.json, *.yaml, *.yml, *.template, *.tf}; hidden folders and
 * dependency or build output are skipped unless named; a file named explicitly is always linted.
 */
public final class FileCollector {

  static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", "target", "build", "dist", "vendor", "__pycache__");
  static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml", ".template", ".tf");

  /** A file to lint: where it is, and how reports name it. */
  public record Target(Path path, String displayPath) {}

  /** The files found, in report order, and the paths that could not be used. */
  public record Collected(List<Target> targets, List<String> errors) {}

  private final Path workingDirectory;
  private final Path globBase;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;

  public FileCollector(Path workingDirectory) {
    this(workingDirectory, workingDirectory, List.of(), List.of());
  }

  /**
   * @param globBase the folder that include and exclude globs are relative to (the configuration's)
   * @param include  globs of files a walk lints (none: the default extensions)
   * @param exclude  globs of files and folders a walk skips
   */
  public FileCollector(Path workingDirectory, Path globBase, List<String> include, List<String> exclude) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.globBase = globBase.toAbsolutePath().normalize();
    this.include = include.stream().map(FileCollector::glob).toList();
    this.exclude = exclude.stream().map(FileCollector::glob).toList();
  }

  // A glob. A leading "**/" also matches no folder at all, as in .gitignore: "**/test/**" excludes test/.
  private static PathMatcher glob(String pattern) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (!pattern.startsWith("**/")) return matcher;
    PathMatcher atTop = glob(pattern.substring(3));
    return path -> matcher.matches(path) || atTop.matches(path);
  }

  /** Whether the path, relative to the glob base, matches one of the globs. */
  private boolean matches(List<PathMatcher> globs, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(globBase)) return false;
    Path relative = globBase.relativize(absolute);
    return globs.stream().anyMatch(g -> g.matches(relative));
  }

  public Collected collect(List<String> arguments) {
    TreeMap<String, Target> targets = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        walk(path, targets, errors);
      } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
        add(path, targets);
      } else if (argument.startsWith("-")) {
        // Only a PATH after "--" gets here (picocli rejects unknown options), as in the pre-commit hook.
        errors.add(argument + ": no such file or directory; everything after -- is a path, not an option"
            + " (the pre-commit hook takes its options from .cognito-lint.yaml)");
      } else {
        errors.add(argument + ": no such file or directory");
      }
    }
    return new Collected(List.copyOf(targets.values()), errors);
  }

  private void walk(Path root, TreeMap<String, Target> targets, List<String> errors) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean skip = !dir.equals(root)
              && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name) || matches(exclude, dir));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
          boolean wanted = include.isEmpty()
              ? !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith)
              : matches(include, file);
          if (wanted && !matches(exclude, file)
              && (attrs.isRegularFile() || attrs.isSymbolicLink() && !Files.isDirectory(file))) {
            add(file, targets);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          // Unreadable entries are linted, so that they are reported as findings with their name.
          if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) add(file, targets);
          else errors.add(display(file) + ": cannot read directory");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      errors.add(display(root) + ": " + e.getMessage());
    }
  }

  private void add(Path file, TreeMap<String, Target> targets) {
    String display = display(file);
    targets.putIfAbsent(display, new Target(file, display));
  }

  /** Relative to the working directory when below it, always with '/' separators. */
  String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
