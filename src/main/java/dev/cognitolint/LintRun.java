package dev.cognitolint;

import dev.cognitolint.config.Config;
import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.ConfigResolver;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.BuildInfo;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.report.AtomicFiles;
import dev.cognitolint.report.Baseline;
import dev.cognitolint.report.Report;
import dev.cognitolint.report.SourceLines;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.PluginChecks;
import dev.cognitolint.rules.Plugins;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A lint run: collect the files, lint them on every core, apply the baseline, make the report. The
 * rules and plugins are resolved once, when it is set up, and reused for every run and text after:
 * the command line makes one run, the library and a language server lint text after text with the
 * same one ({@link #lintText}). Each file gets the configuration that applies to it ({@link
 * ConfigResolver}) with the options over it, and the linter of that configuration, made once. The
 * command line, {@code CognitoLint}, and {@code bench/trace} run through it. It sits in the package
 * of Linter and CognitoLint: the library API uses it and it uses Linter, so a package of its own
 * would make a package cycle.
 */
public final class LintRun {

  /**
   * What the command line (or a caller) sets over each file's configuration; null for "the
   * configuration's, or the default".
   *
   * @param current describe-user-pool-client output of the client an update request changes
   * @param ruleSettings rule id or name → off, on, error, warning or note, applied in order after
   *     the configuration's
   * @param failLevel error, warning, note or none
   * @param noInlineSuppressions whether comment and Metadata suppressions are ignored
   */
  public record Options(
      Limits limits,
      Integer maxRefreshTokenDays,
      Double pluginTimeoutSeconds,
      Path current,
      List<Path> plugins,
      List<Map.Entry<String, String>> ruleSettings,
      String failLevel,
      boolean noInlineSuppressions) {

    /** Nothing over the configuration. */
    public static final Options NONE =
        new Options(Limits.DEFAULT, null, null, null, List.of(), List.of(), null, false);
  }

  /**
   * What to lint and where the baseline is.
   *
   * @param stdin what {@code -} reads, or null when it is not linted
   * @param stdinName the name of what stdin holds, or null for {@code -}
   * @param sourceLines whether the report keeps the lines findings point at ({@code --show-source})
   */
  public record Request(
      List<FileCollector.Argument> paths,
      InputStream stdin,
      String stdinName,
      Path baseline,
      Path writeBaseline,
      boolean sourceLines) {

    /** Just these paths: no standard input, no baseline. */
    public static Request of(List<FileCollector.Argument> paths) {
      return new Request(paths, null, null, null, null, false);
    }
  }

  /**
   * The files linted, before the baseline: each file's result in order (without its text), what
   * collection could not use, the lines the request asked to keep, and each file's effective
   * configuration by the path reports show.
   */
  public record Linted(
      List<Linter.FileResult> results,
      FileCollector.Collected collected,
      SourceLines sources,
      Map<String, Config> configOf) {

    /** The configuration files used, as shown and comma-separated, or null for none. */
    public String configShown(FileCollector collector) {
      List<String> files =
          configOf.values().stream()
              .map(c -> c.file() == null ? "none" : collector.display(c.file()))
              .distinct()
              .sorted()
              .toList();
      return files.isEmpty() || files.equals(List.of("none")) ? null : String.join(", ", files);
    }
  }

  /**
   * A problem with the setup or the run's own files (--current, --baseline, --output): the command
   * line's exit 2.
   */
  public static final class SetupException extends Exception {
    public SetupException(String message) {
      super(message, null, false, false);
    }
  }

  /** How a run finds each file's configuration, once the rules' names are known. */
  public interface Configurations {
    ConfigResolver resolver(RuleSettings ruleNames, Function<Path, String> display)
        throws ConfigException;

    /** Each file's nearest {@code .cognito-lint.yaml} files, up to the repository root. */
    static Configurations nearest() {
      return (names, display) -> ConfigResolver.nearest(Path.of(""), names, display);
    }

    /** One file for every file ({@code --config}). */
    static Configurations forced(Path file) {
      return (names, display) -> ConfigResolver.forced(file, Path.of(""), names, display);
    }

    /** One configuration made in code (the library's). */
    static Configurations fixed(Config config) {
      return (names, display) -> ConfigResolver.fixed(config);
    }
  }

  private final Options options;
  private final List<RuleMeta> rules;
  private final List<Rule> pluginRules;
  private final AppClient current;
  private final RuleSettings ruleNames;
  private final ConfigResolver configs;
  private final FileCollector collector;

  /** One linter a distinct effective configuration; most runs have one. */
  private final Map<Config, Linter> linters = new HashMap<>();

  private LintRun(
      Options options,
      List<RuleMeta> rules,
      List<Rule> pluginRules,
      AppClient current,
      Configurations configurations)
      throws ConfigException {
    this.options = options;
    this.rules = rules;
    this.pluginRules = pluginRules;
    this.current = current;
    this.ruleNames = new RuleSettings(rules);
    // An unknown rule or setting in the options is a mistake before any file is linted.
    RuleSettings check = new RuleSettings(rules);
    for (var e : options.ruleSettings()) check.set(e.getKey(), e.getValue());
    FileCollector shown = new FileCollector(Path.of(""));
    this.configs = configurations.resolver(ruleNames, shown::display);
    this.collector = new FileCollector(Path.of(""), configs::walkFilter);
  }

  /**
   * Loads the plugins and checks the options; each file's configuration is found as it is linted.
   *
   * @throws SetupException for an option out of range, an unreadable --current, a plugin that
   *     cannot be loaded, or two rules of one id or name
   * @throws ConfigException for a configuration file that cannot be used
   */
  public static LintRun setUp(Configurations configurations, Options options)
      throws SetupException, ConfigException {
    Double pluginSeconds = options.pluginTimeoutSeconds();
    if (pluginSeconds != null && !(pluginSeconds > 0 && pluginSeconds <= 86400)) {
      throw new SetupException(
          "--plugin-timeout: " + pluginSeconds + " is not more than 0 and at most 86400 seconds");
    }
    Integer refreshDays = options.maxRefreshTokenDays();
    if (refreshDays != null && (refreshDays < 1 || refreshDays > 3650)) {
      throw new SetupException("--max-refresh-token-days: " + refreshDays + " is not 1 to 3650");
    }
    AppClient current = currentClient(options.current(), options.limits());
    List<Rule> pluginRules;
    try {
      pluginRules = Plugins.load(options.plugins());
    } catch (Plugins.PluginException e) {
      throw new SetupException(e.getMessage());
    }
    List<Rule> all = new ArrayList<>(BuiltinRules.checks());
    all.addAll(pluginRules);
    List<RuleMeta> allRules = BuiltinRules.all(all);
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (RuleMeta rule : allRules) {
      if (!ids.add(rule.id()))
        throw new SetupException(
            "two rules have the id " + rule.id() + "; plugin rules need ids of their own");
      if (!names.add(rule.name()))
        throw new SetupException(
            "two rules have the name " + rule.name() + "; plugin rules need names of their own");
    }
    return new LintRun(options, allRules, pluginRules, current, configurations);
  }

  private static AppClient currentClient(Path current, Limits limits) throws SetupException {
    if (current == null) return null;
    try {
      List<AppClient> found = new Linter(limits, List.of()).clients(current, current.toString());
      if (found.size() != 1) {
        throw new SetupException(
            "--current "
                + current
                + ": expected one app client (describe-user-pool-client output), found "
                + found.size());
      }
      return found.get(0);
    } catch (InputException e) {
      throw new SetupException(
          "--current "
              + current
              + ":"
              + e.span().line()
              + ":"
              + e.span().column()
              + ": "
              + e.getMessage());
    }
  }

  /** Every rule that can report, built-in and plugin, in catalogue order. */
  public List<RuleMeta> rules() {
    return rules;
  }

  /** How paths are shown in reports (relative to the working directory when below it). */
  public String display(Path file) {
    return collector.display(file);
  }

  /** The files of a configuration, nearest first, as shown; for --verbose. */
  public String describe(Config config) {
    return configs.describe(config);
  }

  /**
   * The configuration that applies to a file (which need not exist), with the options over it; its
   * rule settings are checked.
   */
  public synchronized Config configFor(Path file) throws ConfigException {
    Config config = effective(configs.configFor(file));
    linterOf(config);
    return config;
  }

  /** The configuration with the options over it, and the defaults for what neither sets. */
  private Config effective(Config config) throws ConfigException {
    Map<String, String> ruleSettings = new TreeMap<>(config.rules());
    for (var e : options.ruleSettings()) {
      String rule = ruleNames.resolve(e.getKey());
      // --enable keeps a severity the configuration gives
      if (e.getValue().equals("on"))
        ruleSettings.merge(rule, "on", (before, on) -> before.equals("off") ? on : before);
      else ruleSettings.put(rule, e.getValue());
    }
    return new Config(
        config.files(),
        ruleSettings,
        config.httpHosts(),
        options.maxRefreshTokenDays() != null
            ? options.maxRefreshTokenDays()
            : config.maxRefreshTokenDays() != null ? config.maxRefreshTokenDays() : 30,
        options.pluginTimeoutSeconds() != null
            ? options.pluginTimeoutSeconds()
            : config.pluginTimeoutSeconds() != null
                ? config.pluginTimeoutSeconds()
                : (double) PluginChecks.DEFAULT_TIME_PER_FILE.toSeconds(),
        config.knownValues(),
        options.failLevel() != null
            ? options.failLevel()
            : config.failLevel() != null ? config.failLevel() : "error",
        config.filter());
  }

  /**
   * The linter of an effective configuration, made once: the built-in rules with its options, and
   * the plugins' rules.
   */
  private Linter linterOf(Config config) throws ConfigException {
    Linter linter = linters.get(config);
    if (linter != null) return linter;
    List<Rule> checks =
        new ArrayList<>(
            BuiltinRules.checks(
                new RuleOptions(
                    config.httpHosts(), config.maxRefreshTokenDays() * 86400L, current)));
    checks.addAll(pluginRules);
    RuleSettings settings = new RuleSettings(rules);
    for (var e : config.rules().entrySet()) settings.set(e.getKey(), e.getValue());
    if (options.noInlineSuppressions()) settings.ignoreInlineSuppressions();
    linter =
        new Linter(
            options.limits(),
            checks,
            settings,
            Duration.ofNanos((long) (config.pluginTimeoutSeconds() * 1e9)),
            config.knownValues());
    linters.put(config, linter);
    return linter;
  }

  private synchronized Linter linterFor(Path file) throws ConfigException {
    return linterOf(effective(configs.configFor(file)));
  }

  /**
   * Lints a document held in memory (an editor's buffer) as the file at {@code file} would be
   * linted.
   */
  public Linter.FileResult lintText(Path file, String text) throws ConfigException {
    return linterFor(file).lintStream(utf8(text), collector.display(file), file);
  }

  /**
   * Lints a document held in memory that is no file, with the configuration of the working
   * directory. {@code displayPath} names it in findings; a name ending in {@code .tf} is read as
   * Terraform, any other as YAML or JSON.
   */
  public Linter.FileResult lintText(String displayPath, String text) throws ConfigException {
    return linterFor(Path.of(displayPath)).lintStream(utf8(text), displayPath);
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * How one file is linted with its configuration's linter (the command line's --fix fixes it
   * meanwhile).
   */
  public interface FileLint {
    Linter.FileResult lint(Linter linter, FileCollector.Target target);
  }

  /**
   * Collects the request's files and lints them, standard input first, then the files on every
   * core, in order, each with its own configuration.
   */
  public Linted lint(Request request) throws ConfigException {
    return lint(request, (linter, target) -> linter.lintFile(target.path(), target.displayPath()));
  }

  /** {@link #lint(Request)}, each file linted by {@code fileLint}. */
  public Linted lint(Request request, FileLint fileLint) throws ConfigException {
    FileCollector.Collected collected = collector.collect(request.paths());
    Map<String, Config> configOf = new HashMap<>();
    List<Kept> files = new ArrayList<>();
    if (request.stdin() != null) {
      String name = stdinName(request);
      Config config = configFor(Path.of(name));
      configOf.put(name, config);
      files.add(kept(linterOf(config).lintStream(request.stdin(), name), request));
    }
    // Configurations are found one file after another (the resolver caches by folder), then the
    // files are linted in parallel: rules are stateless, and the list keeps the order.
    List<FileCollector.Target> targets = collected.targets();
    List<Linter> linterOf = new ArrayList<>();
    for (FileCollector.Target target : targets) {
      Config config = configFor(target.path());
      configOf.put(target.displayPath(), config);
      linterOf.add(linterOf(config));
    }
    files.addAll(
        IntStream.range(0, targets.size())
            .parallel()
            .mapToObj(i -> kept(fileLint.lint(linterOf.get(i), targets.get(i)), request))
            .toList());
    List<Linter.FileResult> results = files.stream().map(Kept::result).toList();
    List<SourceLines> sources = files.stream().map(Kept::lines).toList();
    return new Linted(results, collected, SourceLines.merge(sources), Map.copyOf(configOf));
  }

  /**
   * The report of what was linted: findings in report order, less those of the baseline, within the
   * run's cap.
   */
  public Report report(Linted linted, Request request) throws SetupException {
    List<Finding> findings = new ArrayList<>();
    for (Linter.FileResult result : linted.results()) findings.addAll(result.findings());
    findings.sort(Finding.ORDER);
    if (request.writeBaseline() != null) {
      Baseline today = Baseline.of(findings);
      writeFile(
          "--write-baseline", request.writeBaseline(), () -> today.write(request.writeBaseline()));
    }
    if (request.baseline() != null)
      findings = readBaseline(request.baseline()).newFindings(findings);
    findings = Linter.withinRunCap(findings);
    List<String> files = linted.results().stream().map(r -> r.summary().path()).toList();
    FileCollector.Collected collected = linted.collected();
    List<String> passedOver = new ArrayList<>(collected.skipped());
    linted.results().forEach(r -> passedOver.addAll(r.ignoredSuppressions()));
    // A walk finds files of other tools too (a component's snapshot); only named ones are reported.
    Set<String> named =
        collected.targets().stream()
            .filter(FileCollector.Target::named)
            .map(FileCollector.Target::displayPath)
            .collect(Collectors.toCollection(HashSet::new));
    if (request.stdin() != null) named.add(stdinName(request));
    for (Linter.FileResult r : linted.results()) {
      if (r.summary().notUnderstood() != null && named.contains(r.summary().path()))
        passedOver.add(r.summary().path() + ": skipped: " + r.summary().notUnderstood());
    }
    return new Report(
        findings,
        rules,
        files,
        collected.errors(),
        BuildInfo.version(),
        linted.configShown(collector),
        passedOver,
        linted.sources());
  }

  private static String stdinName(Request request) {
    return request.stdinName() != null ? request.stdinName() : "-";
  }

  /** One file's result without its text, and the lines of it that the request keeps. */
  private record Kept(Linter.FileResult result, SourceLines lines) {}

  /** A file's text is not kept past linting (a run holds only the lines the request asks for). */
  private static Kept kept(Linter.FileResult result, Request request) {
    SourceLines lines =
        request.sourceLines() && result.source() != null
            ? SourceLines.of(result.source(), result.findings())
            : SourceLines.NONE;
    return new Kept(
        new Linter.FileResult(
            result.summary(), result.findings(), null, result.ignoredSuppressions()),
        lines);
  }

  /** {@link #lint} and {@link #report} in one. */
  public Report run(Request request) throws SetupException, ConfigException {
    return report(lint(request), request);
  }

  private static Baseline readBaseline(Path baseline) throws SetupException {
    try {
      return Baseline.read(baseline);
    } catch (NoSuchFileException e) {
      throw new SetupException("--baseline " + baseline + ": no such file");
    } catch (IOException e) {
      throw new SetupException("--baseline " + baseline + ": " + AtomicFiles.reason(e));
    }
  }

  /** A file write that can fail (full disk, read-only folder). */
  public interface FileWrite {
    void run() throws IOException;
  }

  /** Runs a write of the file an option names; a failure is a SetupException naming both. */
  public static void writeFile(String option, Path file, FileWrite write) throws SetupException {
    if (Files.isDirectory(file)) throw new SetupException(option + " " + file + ": is a directory");
    try {
      write.run();
    } catch (IOException e) {
      throw new SetupException(
          option + " " + file + ": cannot write (" + AtomicFiles.reason(e) + ")");
    }
  }
}
