package dev.cognitolint.config;

import dev.cognitolint.files.FileCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which configuration applies to each file. Without {@code --config}, a file's configuration files
 * are the {@code .cognito-lint.yaml} of its folder and of each folder above, up to the root of the
 * git repository it is in (the nearest folder holding {@code .git}) or to the first that says
 * {@code root: true}; the nearer wins. A file in no repository gets those up to the working
 * directory when it is below it, and none otherwise. A file above the repository ($HOME, /tmp) is
 * not the owner's to choose, so it never applies, and {@code extends} cannot reach out of the
 * repository either. With {@code --config}, that one file (and what it extends) applies to every
 * file.
 *
 * <p>Files are read once and the resolution of each folder is kept: not thread-safe.
 */
public final class ConfigResolver {
  public static final List<String> FILE_NAMES = List.of(".cognito-lint.yaml", ".cognito-lint.yml");

  /**
   * A configuration file in the order of precedence, lowest first, with the folder its globs are
   * relative to and the {@code files} globs of its overrides.
   */
  private record Layer(ConfigFile file, Path base, List<FileCollector.Globs> overrideFiles) {
    Layer(ConfigFile file, Path base) {
      this(
          file,
          base,
          file.overrides().stream().map(o -> new FileCollector.Globs(base, o.files())).toList());
    }
  }

  private final Path workingDirectory;
  private final RuleSettings ruleNames;
  private final Function<Path, String> display;

  /** The configuration made in code for every file (the library's), or null. */
  private Config fixed;

  /** The layers of --config, or null to look for each file's. */
  private List<Layer> forced;

  private final Map<Path, List<Layer>> layersByFolder = new HashMap<>();
  private final Map<Path, FileCollector.Filter> filterByFolder = new HashMap<>();
  private final Map<Path, Optional<Path>> rootByFolder = new HashMap<>();
  private final Map<Path, ConfigFile> read = new HashMap<>();

  /** The first mistake met while a walk asked for a folder's filter, which cannot throw. */
  private ConfigException walkFailure;

  private ConfigResolver(
      Path workingDirectory, RuleSettings ruleNames, Function<Path, String> display) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.ruleNames = ruleNames;
    this.display = display;
  }

  /**
   * Each file gets the configuration files of its folders.
   *
   * @param ruleNames resolves the rule ids and names that configurations use (unknown ones are
   *     mistakes)
   * @param display how messages and {@link #describe} show a path
   */
  public static ConfigResolver nearest(
      Path workingDirectory, RuleSettings ruleNames, Function<Path, String> display) {
    return new ConfigResolver(workingDirectory, ruleNames, display);
  }

  /** Every file gets {@code file} ({@code --config}), whose globs are relative to its folder. */
  public static ConfigResolver forced(
      Path file, Path workingDirectory, RuleSettings ruleNames, Function<Path, String> display)
      throws ConfigException {
    ConfigResolver resolver = new ConfigResolver(workingDirectory, ruleNames, display);
    if (!Files.isRegularFile(file))
      throw new ConfigException("--config " + file + ": no such file");
    Path folder = file.toAbsolutePath().normalize().getParent();
    resolver.forced =
        resolver.layers(
            file, folder, resolver.repositoryRoot(folder).orElse(folder), new ArrayList<>());
    return resolver;
  }

  /** Every file gets {@code config}, made in code (the library's settings). */
  public static ConfigResolver fixed(Config config) {
    ConfigResolver resolver = new ConfigResolver(Path.of(""), null, Path::toString);
    resolver.fixed = config;
    return resolver;
  }

  /**
   * The effective configuration of a file (which need not exist: {@code --stdin-filename} names
   * one).
   */
  public Config configFor(Path file) throws ConfigException {
    if (fixed != null) return fixed;
    if (walkFailure != null) throw walkFailure;
    Path absolute = file.toAbsolutePath().normalize();
    List<Layer> layers = layersIn(absolute.getParent());
    return merge(layers, absolute);
  }

  /**
   * The include and exclude globs of a folder, for {@link FileCollector}; a mistake is thrown by
   * the next {@link #configFor}.
   */
  public FileCollector.Filter walkFilter(Path folder) {
    if (fixed != null) return fixed.filter();
    Path absolute = folder.toAbsolutePath().normalize();
    try {
      FileCollector.Filter filter = filterByFolder.get(absolute);
      if (filter == null) {
        filter = merge(layersIn(absolute), null).filter();
        filterByFolder.put(absolute, filter);
      }
      return filter;
    } catch (ConfigException e) {
      if (walkFailure == null) walkFailure = e;
      return FileCollector.Filter.NONE;
    }
  }

  /** The files of a folder's configuration, nearest first, as shown; for --verbose. */
  public String describe(Config config) {
    return config.files().isEmpty()
        ? "none"
        : String.join(", ", config.files().stream().map(display).toList());
  }

  private List<Layer> layersIn(Path folder) throws ConfigException {
    if (forced != null) return forced;
    List<Layer> cached = layersByFolder.get(folder);
    if (cached != null) return cached;
    Optional<Path> repository = repositoryRoot(folder);
    Path top = repository.orElse(folder.startsWith(workingDirectory) ? workingDirectory : null);
    List<Layer> layers = new ArrayList<>();
    if (top != null) {
      Path parent = folder.equals(top) ? null : folder.getParent();
      List<Layer> above = parent == null ? List.of() : layersIn(parent);
      Optional<Path> here = configurationFileIn(folder);
      if (here.isEmpty()) {
        layers.addAll(above);
      } else {
        // A link to a file outside the repository must not bring in a configuration from there.
        if (!realPath(here.get()).startsWith(realPath(top))) {
          throw new ConfigException(
              display.apply(here.get())
                  + ":1:1: links to a file outside the repository ("
                  + display.apply(top)
                  + "); a configuration from outside it never applies");
        }
        List<Layer> own = layers(here.get(), folder, top, new ArrayList<>());
        if (!own.get(own.size() - 1).file().root()) layers.addAll(above);
        layers.addAll(own);
      }
    }
    List<Layer> result = List.copyOf(layers);
    layersByFolder.put(folder, result);
    return result;
  }

  private static Optional<Path> configurationFileIn(Path folder) {
    for (String name : FILE_NAMES) {
      Path candidate = folder.resolve(name);
      if (Files.isRegularFile(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /**
   * The nearest folder from {@code folder} upward that holds {@code .git}, kept for each folder
   * asked.
   */
  private Optional<Path> repositoryRoot(Path folder) {
    Optional<Path> root = rootByFolder.get(folder);
    if (root == null) {
      root =
          Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
              ? Optional.of(folder)
              : folder.getParent() == null ? Optional.empty() : repositoryRoot(folder.getParent());
      rootByFolder.put(folder, root);
    }
    return root;
  }

  /**
   * A file and what it extends, lowest precedence first; its globs and those of its bases are
   * relative to {@code base}. {@code extending} is the chain of files that led here, for cycles.
   */
  private List<Layer> layers(Path file, Path base, Path top, List<Path> extending)
      throws ConfigException {
    ConfigFile config = read(file);
    extending.add(realPath(file));
    List<Layer> out = new ArrayList<>();
    for (ConfigFile.Base b : config.bases()) {
      String where =
          display.apply(file)
              + ":"
              + b.span().line()
              + ":"
              + b.span().column()
              + ": extends: "
              + b.path();
      Path target = file.getParent().resolve(b.path()).normalize();
      Path real;
      try {
        real = target.toRealPath();
      } catch (IOException e) {
        throw new ConfigException(where + ": no such file");
      }
      if (!Files.isRegularFile(real)) throw new ConfigException(where + ": not a file");
      if (!real.startsWith(realPath(top))) {
        throw new ConfigException(
            where
                + ": is outside the repository ("
                + display.apply(top)
                + "); a configuration from outside it never applies");
      }
      if (extending.contains(real)) {
        List<String> cycle =
            new ArrayList<>(
                extending.subList(extending.indexOf(real), extending.size()).stream()
                    .map(display)
                    .toList());
        cycle.add(display.apply(real));
        throw new ConfigException(where + ": extends itself (" + String.join(" -> ", cycle) + ")");
      }
      out.addAll(layers(real, base, top, extending));
    }
    extending.remove(extending.size() - 1);
    out.add(new Layer(config, base));
    return out;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  private ConfigFile read(Path file) throws ConfigException {
    Path key = realPath(file);
    ConfigFile config = read.get(key);
    if (config == null) {
      config = ConfigLoader.read(file.toAbsolutePath().normalize(), display.apply(file));
      checkRuleNames(config.settings());
      for (ConfigFile.Override o : config.overrides()) checkRuleNames(o.settings());
      read.put(key, config);
    }
    return config;
  }

  /** Unknown rules are a mistake wherever they are written, in overrides that match no file too. */
  private void checkRuleNames(Settings settings) throws ConfigException {
    for (String rule : settings.rules().keySet()) {
      try {
        ruleNames.resolve(rule);
      } catch (ConfigException e) {
        throw new ConfigException(settings.source() + ": rules: " + e.getMessage());
      }
    }
  }

  /**
   * The layers merged, and for a file (null for a folder's walk filter) the overrides that match
   * it.
   */
  private Config merge(List<Layer> layers, Path file) throws ConfigException {
    Merged merged = new Merged();
    for (Layer layer : layers) {
      merged.add(layer.file().settings(), layer.base());
      if (file == null) continue;
      for (int i = 0; i < layer.overrideFiles().size(); i++) {
        if (layer.overrideFiles().get(i).matches(file))
          merged.add(layer.file().overrides().get(i).settings(), layer.base());
      }
    }
    List<Path> files = new ArrayList<>();
    for (int i = layers.size() - 1; i >= 0; i--) {
      Path path = layers.get(i).file().path();
      if (!files.contains(path)) files.add(path);
    }
    return new Config(
        List.copyOf(files),
        merged.rules,
        merged.httpHosts,
        merged.maxRefreshTokenDays,
        merged.pluginTimeoutSeconds,
        merged.knownValues,
        merged.failLevel,
        new FileCollector.Filter(merged.include, merged.exclude));
  }

  /**
   * Settings merged in order of precedence: lists and values replace, rules and knownValues merge
   * by key.
   */
  private final class Merged {
    final Map<String, String> rules = new TreeMap<>();
    Set<String> httpHosts = Set.of();
    Integer maxRefreshTokenDays;
    Double pluginTimeoutSeconds;
    final Map<String, Set<String>> knownValues = new LinkedHashMap<>();
    String failLevel;
    FileCollector.Globs include = FileCollector.Globs.NONE;
    FileCollector.Globs exclude = FileCollector.Globs.NONE;

    void add(Settings s, Path base) throws ConfigException {
      for (var e : s.rules().entrySet()) rules.put(ruleNames.resolve(e.getKey()), e.getValue());
      if (s.httpHosts() != null) httpHosts = new LinkedHashSet<>(s.httpHosts());
      if (s.maxRefreshTokenDays() != null) maxRefreshTokenDays = s.maxRefreshTokenDays();
      if (s.pluginTimeoutSeconds() != null) pluginTimeoutSeconds = s.pluginTimeoutSeconds();
      knownValues.putAll(s.knownValues());
      if (s.failLevel() != null) failLevel = s.failLevel();
      if (s.include() != null) include = new FileCollector.Globs(base, s.include());
      if (s.exclude() != null) exclude = new FileCollector.Globs(base, s.exclude());
    }
  }
}
