package dev.cognitolint.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the paths given on the command line into the files to lint. Directories are walked (without
 * following links) for {@code *.json, *.yaml, *.yml, *.template, *.tf, *.tofu}, and Jest's {@code
 * *.snap} files in a {@code __snapshots__} folder (elsewhere a .snap is no Jest's); hidden folders
 * and dependency or build output are skipped unless named, except a cdk.out inside them, and so is
 * a Terraform file that an OpenTofu file beside it replaces; a file named explicitly is always
 * linted.
 */
public final class FileCollector {

  static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("node_modules", "target", "build", "dist", "vendor", "__pycache__");

  /** Folders of dependencies and version control, never searched, not even for a cdk.out. */
  static final Set<String> DEPENDENCY_DIRECTORIES =
      Set.of("node_modules", "vendor", "__pycache__", ".git", ".terraform");

  /**
   * The CDK's synthesized templates, linted wherever they sit, in skipped folders too
   * (build/cdk.out, .build/cdk.out).
   */
  static final String CDK_OUT = "cdk.out";

  public static final List<String> EXTENSIONS =
      List.of(".json", ".yaml", ".yml", ".template", ".tf", ".tofu");

  /** Jest's snapshot files, linted by a walk only in the folder where Jest writes them. */
  static final String JEST_SNAPSHOTS = "__snapshots__";

  /**
   * A file to lint: where it is, and how reports name it.
   *
   * @param named whether the command line named it, rather than a walk found it
   */
  public record Target(Path path, String displayPath, boolean named) {}

  /**
   * The files found, in report order, the paths that could not be used, and what a walk passed
   * over.
   */
  public record Collected(List<Target> targets, List<String> errors, List<String> skipped) {}

  /**
   * Glob patterns relative to a folder (the configuration file's); equal when base and patterns
   * are.
   */
  public static final class Globs {
    public static final Globs NONE = new Globs(Path.of(""), List.of());

    private final Path base;
    private final List<String> patterns;
    private final List<PathMatcher> matchers;

    public Globs(Path base, List<String> patterns) {
      this.base = base.toAbsolutePath().normalize();
      this.patterns = List.copyOf(patterns);
      this.matchers = patterns.stream().map(Globs::glob).toList();
    }

    // A leading "**/" also matches no folder at all, as in .gitignore: "**/test/**" excludes test/.
    private static PathMatcher glob(String pattern) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      if (!pattern.startsWith("**/")) return matcher;
      PathMatcher atTop = glob(pattern.substring(3));
      return path -> matcher.matches(path) || atTop.matches(path);
    }

    public Path base() {
      return base;
    }

    public List<String> patterns() {
      return patterns;
    }

    public boolean isEmpty() {
      return patterns.isEmpty();
    }

    /**
     * Whether the path, relative to the base, matches one of the globs (never when it is not below
     * the base).
     */
    public boolean matches(Path path) {
      Path absolute = path.toAbsolutePath().normalize();
      if (!absolute.startsWith(base)) return false;
      Path relative = base.relativize(absolute);
      return matchers.stream().anyMatch(g -> g.matches(relative));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Globs g && g.base.equals(base) && g.patterns.equals(patterns);
    }

    @Override
    public int hashCode() {
      return base.hashCode() * 31 + patterns.hashCode();
    }
  }

  /**
   * The configuration's filter for the files of one folder.
   *
   * @param include files a walk lints (none: the default extensions)
   * @param exclude files and folders a walk skips
   */
  public record Filter(Globs include, Globs exclude) {
    public static final Filter NONE = new Filter(Globs.NONE, Globs.NONE);
  }

  private final Path workingDirectory;

  /** The working directory's URI path (its bytes, percent-encoded) with a final '/'. */
  private final String workingDirectoryUri;

  /** The filter that applies in a folder: that of the folder's configuration. */
  private final Function<Path, Filter> filterIn;

  public FileCollector(Path workingDirectory) {
    this(workingDirectory, folder -> Filter.NONE);
  }

  /**
   * @param filterIn the include and exclude globs of the configuration that applies in a folder
   */
  public FileCollector(Path workingDirectory, Function<Path, Filter> filterIn) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    String uri = this.workingDirectory.toUri().getRawPath();
    this.workingDirectoryUri = uri.endsWith("/") ? uri : uri + "/";
    this.filterIn = filterIn;
  }

  /** A path given on the command line: as typed, for messages, and as the path it names. */
  public record Argument(String text, Path path) {}

  /** The files of the paths, each once, in report order. */
  public Collected collect(List<Argument> arguments) {
    Set<Path> files = new LinkedHashSet<>();
    Set<Path> named = new HashSet<>();
    List<String> errors = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Argument a : arguments) {
      Path path = a.path();
      if (path == null) {
        errors.add(
            a.text()
                + ": this name cannot be a path in the locale's encoding ("
                + System.getProperty("sun.jnu.encoding")
                + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
      } else if (Files.isDirectory(path)) {
        walk(path, files, errors, skipped);
      } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
        files.add(path.toAbsolutePath().normalize());
        named.add(path.toAbsolutePath().normalize());
      } else if (a.text().startsWith("-")) {
        // Only a PATH after "--" gets here (the command line rejects unknown options), as in the
        // pre-commit hook.
        errors.add(
            a.text()
                + ": no such file or directory; everything after -- is a path, not an option"
                + " (the pre-commit hook takes its options from .cognito-lint.yaml)");
      } else {
        errors.add(a.text() + ": no such file or directory");
      }
    }
    return new Collected(targets(files, named), errors, skipped);
  }

  /** The files sorted by how they are shown (which tells any two apart). */
  private List<Target> targets(Set<Path> files, Set<Path> named) {
    TreeMap<String, Target> targets = new TreeMap<>();
    for (Path file : files) {
      String display = display(file);
      targets.put(display, new Target(file, display, named.contains(file)));
    }
    return List.copyOf(targets.values());
  }

  private void walk(Path root, Set<Path> files, List<String> errors, List<String> skipped) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            // Per open folder: whether its files are linted. A skipped folder is only searched for
            // a cdk.out.
            private final Deque<Boolean> linted = new ArrayDeque<>();

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean top = dir.equals(root);
              if (!top
                  && (DEPENDENCY_DIRECTORIES.contains(name)
                      || filterIn.apply(dir.getParent()).exclude().matches(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              boolean skipped =
                  !top && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name));
              linted.push(top || name.equals(CDK_OUT) || !skipped && linted.peek());
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              linted.pop();
              return super.postVisitDirectory(dir, e);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!linted.peek()) return FileVisitResult.CONTINUE;
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              Filter filter = filterIn.apply(file.getParent());
              boolean wanted =
                  filter.include().isEmpty()
                      ? !name.startsWith(".")
                          && (EXTENSIONS.stream().anyMatch(name::endsWith) || isJestSnapshot(file))
                      : filter.include().matches(file);
              if (!wanted || filter.exclude().matches(file)) return FileVisitResult.CONTINUE;
              boolean special =
                  attrs.isOther()
                      || attrs.isSymbolicLink()
                          && Files.exists(file)
                          && !Files.isRegularFile(file)
                          && !Files.isDirectory(file);
              Path tofu = openTofuReplacement(file);
              if (special) {
                skipped.add(
                    display(file)
                        + ": skipped: "
                        + SourceReader.specialKind(file)
                        + ", not a regular file");
              } else if (tofu != null) {
                skipped.add(
                    display(file)
                        + ": skipped: OpenTofu reads "
                        + tofu.getFileName()
                        + " beside it instead");
              } else if (attrs.isRegularFile()
                  || attrs.isSymbolicLink() && !Files.isDirectory(file)) {
                files.add(file.toAbsolutePath().normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // Unreadable entries are linted, so that they are reported as findings with their
              // name.
              if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                files.add(file.toAbsolutePath().normalize());
              else errors.add(display(file) + ": cannot read directory");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(display(root) + ": " + e.getMessage());
    }
  }

  private static boolean isJestSnapshot(Path file) {
    Path folder = file.getParent().getFileName();
    return file.getFileName().toString().endsWith(".snap")
        && folder != null
        && folder.toString().equals(JEST_SNAPSHOTS);
  }

  /**
   * OpenTofu reads {@code x.tofu} instead of {@code x.tf} (and {@code x.tofu.json} instead of
   * {@code x.tf.json}).
   */
  private static Path openTofuReplacement(Path file) {
    String name = file.getFileName().toString();
    String tofu =
        name.endsWith(".tf")
            ? name.substring(0, name.length() - 3) + ".tofu"
            : name.endsWith(".tf.json")
                ? name.substring(0, name.length() - 8) + ".tofu.json"
                : null;
    if (tofu == null) return null;
    Path replacement = file.resolveSibling(tofu);
    return Files.exists(replacement) ? replacement : null;
  }

  /**
   * Relative to the working directory when below it, always with '/' separators. Made from the
   * name's bytes, not from {@code Path.toString()}, which under a non-UTF-8 locale (LC_ALL=C) turns
   * every non-ASCII character into U+FFFD: UTF-8 is shown as the text it is, other bytes as \xNN
   * and a backslash as \\, so two files never show the same.
   */
  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (File.separatorChar == '\\') {
      Path shown =
          absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
      return shown.toString().replace('\\', '/');
    }
    String raw = absolute.toUri().getRawPath();
    if (raw.length() > 1 && raw.endsWith("/")) raw = raw.substring(0, raw.length() - 1);
    if (raw.length() == workingDirectoryUri.length() - 1 && workingDirectoryUri.startsWith(raw))
      return ".";
    return FileNames.decode(
        raw.startsWith(workingDirectoryUri) ? raw.substring(workingDirectoryUri.length()) : raw);
  }
}
