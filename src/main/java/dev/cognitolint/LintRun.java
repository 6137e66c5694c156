package dev.cognitolint;

import dev.cognitolint.config.Config;
import dev.cognitolint.config.ConfigException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lint run: collect the files, lint them on every core, apply the baseline, make the report.
 * The configuration, rules and plugins are resolved once, when it is set up, and reused for every
 * run and text after: the command line makes one run, the library and a language server lint
 * text after text with the same one ({@link #lintText}). The command line, {@code CognitoLint},
 * and {@code bench/trace} run through it. It sits in the package of Linter and CognitoLint: the
 * library API uses it and it uses Linter, so a package of its own would make a package cycle.
 */
public final class LintRun {

  /**
   * What the command line (or a caller) sets over the configuration; null for "the configuration's,
   * or the default".
   *
   * @param current         describe-user-pool-client output of the client an update request changes
   * @param ruleSettings    rule id or name → off, on, error, warning or note, applied in order after the configuration's
   */
  public record Options(Limits limits, Integer maxRefreshTokenDays, Double pluginTimeoutSeconds, Path current,
      List<Path> plugins, List<Map.Entry<String, String>> ruleSettings) {

    /** Nothing over the configuration. */
    public static final Options NONE = new Options(Limits.DEFAULT, null, null, null, List.of(), List.of());
  }

  /**
   * What to lint and where the baseline is.
   *
   * @param stdin       what {@code -} reads, or null when it is not linted
   * @param stdinName   the name of what stdin holds, or null for {@code -}
   * @param sourceLines whether the report keeps the lines findings point at ({@code --show-source})
   */
  public record Request(List<FileCollector.Argument> paths, InputStream stdin, String stdinName, Path baseline,
      Path writeBaseline, boolean sourceLines) {

    /** Just these paths: no standard input, no baseline. */
    public static Request of(List<FileCollector.Argument> paths) {
      return new Request(paths, null, null, null, null, false);
    }
  }

  /**
   * The files linted, before the baseline: each file's result in order (without its text), what
   * collection could not use, and the lines the request asked to keep.
   */
  public record Linted(List<Linter.FileResult> results, FileCollector.Collected collected, SourceLines sources) {}

  /** A problem with the setup or the run's own files (--current, --baseline, --output): the command line's exit 2. */
  public static final class SetupException extends Exception {
    public SetupException(String message) {
      super(message, null, false, false);
    }
  }

  private final Config config;
  private final Linter linter;
  private final List<RuleMeta> rules;
  private final FileCollector collector;

  private LintRun(Config config, Linter linter, List<RuleMeta> rules) {
    this.config = config;
    this.linter = linter;
    this.rules = rules;
    this.collector = new FileCollector(Path.of(""), config.baseDirectory(), config.include(), config.exclude());
  }

  /**
   * Resolves the rules, plugins and settings of a configuration with the options over it.
   *
   * @throws SetupException  for an option out of range, an unreadable --current, a plugin that cannot be
   *     loaded, or two rules of one id or name
   * @throws ConfigException for an unknown rule or setting
   */
  public static LintRun setUp(Config config, Options options) throws SetupException, ConfigException {
    double pluginSeconds = options.pluginTimeoutSeconds() != null ? options.pluginTimeoutSeconds()
        : config.pluginTimeoutSeconds() != null ? config.pluginTimeoutSeconds() : PluginChecks.DEFAULT_TIME_PER_FILE.toSeconds();
    if (!(pluginSeconds > 0 && pluginSeconds <= 86400)) throw new SetupException("--plugin-timeout: " + pluginSeconds + " is not more than 0 and at most 86400 seconds");
    int refreshDays = options.maxRefreshTokenDays() != null ? options.maxRefreshTokenDays()
        : config.maxRefreshTokenDays() != null ? config.maxRefreshTokenDays() : 30;
    if (refreshDays < 1 || refreshDays > 3650) throw new SetupException("--max-refresh-token-days: " + refreshDays + " is not 1 to 3650");
    AppClient current = currentClient(options.current(), options.limits());
    List<Rule> rules = new ArrayList<>(BuiltinRules.checks(new RuleOptions(config.httpHosts(), refreshDays * 86400L, current)));
    try {
      rules.addAll(Plugins.load(options.plugins()));
    } catch (Plugins.PluginException e) {
      throw new SetupException(e.getMessage());
    }
    List<RuleMeta> allRules = BuiltinRules.all(rules);
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (RuleMeta rule : allRules) {
      if (!ids.add(rule.id())) throw new SetupException("two rules have the id " + rule.id() + "; plugin rules need ids of their own");
      if (!names.add(rule.name())) throw new SetupException("two rules have the name " + rule.name() + "; plugin rules need names of their own");
    }
    Linter linter = new Linter(options.limits(), rules, settings(allRules, config, options.ruleSettings()),
        Duration.ofNanos((long) (pluginSeconds * 1e9)), config.knownValues());
    return new LintRun(config, linter, allRules);
  }

  /** The configuration's rule settings, then the options'. */
  private static RuleSettings settings(List<RuleMeta> rules, Config config, List<Map.Entry<String, String>> overrides) throws ConfigException {
    RuleSettings settings = new RuleSettings(rules);
    for (var e : config.rules().entrySet()) {
      try {
        settings.set(e.getKey(), e.getValue());
      } catch (ConfigException ex) {
        throw new ConfigException(config.file() == null ? ex.getMessage() : config.file() + ": rules: " + ex.getMessage());
      }
    }
    for (var e : overrides) settings.set(e.getKey(), e.getValue());
    return settings;
  }

  private static AppClient currentClient(Path current, Limits limits) throws SetupException {
    if (current == null) return null;
    try {
      List<AppClient> found = new Linter(limits, List.of()).clients(current, current.toString());
      if (found.size() != 1) {
        throw new SetupException("--current " + current + ": expected one app client (describe-user-pool-client output), found " + found.size());
      }
      return found.get(0);
    } catch (InputException e) {
      throw new SetupException("--current " + current + ":" + e.span().line() + ":" + e.span().column() + ": " + e.getMessage());
    }
  }

  /** Every rule that can report, built-in and plugin, in catalogue order. */
  public List<RuleMeta> rules() {
    return rules;
  }

  /** The configuration file, as reports show it, or null for none. */
  public String configShown() {
    return config.file() == null ? null : collector.display(config.file());
  }

  /**
   * The linter for a file: the one place a file's configuration is looked up. Today every file
   * has the run's configuration; with configuration per file, this is where the nearest
   * {@code .cognito-lint.yaml} above the file is found and its linter, set up once, is used.
   */
  private Linter linterFor(Path file) {
    return linter;
  }

  /** Lints a document held in memory (an editor's buffer) as the file at {@code file} would be linted. */
  public Linter.FileResult lintText(Path file, String text) {
    return linterFor(file).lintStream(utf8(text), collector.display(file));
  }

  /**
   * Lints a document held in memory that is no file, with the run's configuration. {@code displayPath}
   * names it in findings; a name ending in {@code .tf} is read as Terraform, any other as YAML or JSON.
   */
  public Linter.FileResult lintText(String displayPath, String text) {
    return linter.lintStream(utf8(text), displayPath);
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Collects the request's files and lints them, standard input first, then the files on every core, in order. */
  public Linted lint(Request request) {
    FileCollector.Collected collected = collector.collect(request.paths());
    List<Kept> files = new ArrayList<>();
    if (request.stdin() != null) {
      files.add(kept(linter.lintStream(request.stdin(), request.stdinName() != null ? request.stdinName() : "-"), request));
    }
    // Rules are stateless, so files are linted in parallel; the list keeps their order, so output does not change.
    files.addAll(collected.targets().parallelStream().map(t -> kept(linterFor(t.path()).lintFile(t.path(), t.displayPath()), request)).toList());
    List<Linter.FileResult> results = files.stream().map(Kept::result).toList();
    List<SourceLines> sources = files.stream().map(Kept::lines).toList();
    return new Linted(results, collected, SourceLines.merge(sources));
  }

  /** The report of what was linted: findings in report order, less those of the baseline, within the run's cap. */
  public Report report(Linted linted, Request request) throws SetupException {
    List<Finding> findings = new ArrayList<>();
    for (Linter.FileResult result : linted.results()) findings.addAll(result.findings());
    findings.sort(Finding.ORDER);
    if (request.writeBaseline() != null) {
      Baseline today = Baseline.of(findings);
      writeFile("--write-baseline", request.writeBaseline(), () -> today.write(request.writeBaseline()));
    }
    if (request.baseline() != null) findings = readBaseline(request.baseline()).newFindings(findings);
    findings = Linter.withinRunCap(findings);
    List<String> files = linted.results().stream().map(r -> r.summary().path()).toList();
    FileCollector.Collected collected = linted.collected();
    return new Report(findings, rules, files, collected.errors(), BuildInfo.version(), configShown(), collected.skipped(),
        linted.sources());
  }

  /** One file's result without its text, and the lines of it that the request keeps. */
  private record Kept(Linter.FileResult result, SourceLines lines) {}

  /** A file's text is not kept past linting (a run holds only the lines the request asks for). */
  private static Kept kept(Linter.FileResult result, Request request) {
    SourceLines lines = request.sourceLines() && result.source() != null ? SourceLines.of(result.source(), result.findings()) : SourceLines.NONE;
    return new Kept(new Linter.FileResult(result.summary(), result.findings(), null), lines);
  }

  /** {@link #lint} and {@link #report} in one. */
  public Report run(Request request) throws SetupException {
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
      throw new SetupException(option + " " + file + ": cannot write (" + AtomicFiles.reason(e) + ")");
    }
  }
}
