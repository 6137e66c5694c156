package dev.cognitolint.cli;

import static dev.cognitolint.cli.OptionTable.FILES;
import static dev.cognitolint.cli.OptionTable.NOTHING;
import static dev.cognitolint.cli.OptionTable.choice;
import static dev.cognitolint.cli.OptionTable.choices;
import static dev.cognitolint.cli.OptionTable.doubleValue;
import static dev.cognitolint.cli.OptionTable.intValue;
import static dev.cognitolint.cli.OptionTable.longValue;

import dev.cognitolint.model.BuildInfo;
import dev.cognitolint.Linter;
import dev.cognitolint.config.Config;
import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.ConfigLoader;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import dev.cognitolint.report.AtomicFiles;
import dev.cognitolint.report.Baseline;
import dev.cognitolint.report.GithubFormat;
import dev.cognitolint.report.GitlabFormat;
import dev.cognitolint.report.JsonFormat;
import dev.cognitolint.report.JunitFormat;
import dev.cognitolint.report.Report;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.report.SarifFormat;
import dev.cognitolint.report.TextFormat;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.PluginChecks;
import dev.cognitolint.rules.Plugins;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lint command: {@link #options} is its table of options, each writing one of the fields below. */
public final class Main implements Subcommands.Command {

  /** Report formats. */
  enum Format { text, sarif, json, github, gitlab, junit }

  /** The lowest severity that fails the run; none never fails on findings. */
  enum FailLevel {
    error, warning, note, none;

    boolean fails(Severity severity) {
      return this != none && severity.atLeast(Severity.parse(name()));
    }
  }

  List<String> paths = new ArrayList<>();
  String stdinFilename;
  Format format = Format.text;
  String sarifCategory = "cognito-lint";
  Path output;
  FailLevel failLevel;
  Path configFile;
  List<String> enable = new ArrayList<>();
  List<String> disable = new ArrayList<>();
  Map<String, String> severities = new LinkedHashMap<>();
  boolean showSuppressed;
  Path baseline;
  Path writeBaseline;
  Path current;
  Integer maxRefreshTokenDays;
  List<Path> plugins = new ArrayList<>();
  Double pluginTimeout;
  boolean verbose;
  long maxFileSize = Limits.DEFAULT.maxFileBytes();
  int maxDepth = Limits.DEFAULT.maxDepth();
  long maxAliasNodes = Limits.DEFAULT.maxAliasNodes();

  /** The command line: one entry an option, in the order --help lists them. */
  @Override
  public OptionTable options() {
    return new OptionTable("cognito-lint", "Lints Amazon Cognito user-pool app client configurations: CloudFormation, SAM, CDK and "
        + "Serverless templates, Terraform (configurations, plans, module inputs), and CreateUserPoolClient / "
        + "UpdateUserPoolClient request and response documents.", false)
        .parameter("PATH", true, "Files or directories to lint (directories: *.json, *.yaml, *.yml, *.template, *.tf); - reads standard input. After --, every argument is a path.",
            FILES, paths::add)
        .value("--stdin-filename", "NAME", "The name of what - reads: reports show it, and a name ending in .tf is read as Terraform (default: -, the syntax detected from the content).",
            NOTHING, v -> stdinFilename = v)
        .value("-f, --format", "FORMAT", "Report format: " + String.join(", ", choices(Format.class)) + " (default: text).",
            words(Format.class), v -> format = choice(Format.class, v))
        .value("--sarif-category", "NAME", "SARIF runAutomationDetails id: runs of different categories are kept apart by code scanning (default: cognito-lint).",
            NOTHING, v -> sarifCategory = v)
        .value("-o, --output", "FILE", "Write the report to FILE instead of standard output.", FILES, v -> output = path(v))
        .value("--fail-level", "LEVEL", "Exit 1 when a finding is at or above LEVEL: " + String.join(", ", choices(FailLevel.class))
            + " (default: error, or the configuration's failLevel).", words(FailLevel.class), v -> failLevel = choice(FailLevel.class, v))
        .value("-c, --config", "FILE", "Configuration file (default: the nearest .cognito-lint.yaml from the working directory up to the repository root).",
            FILES, v -> configFile = path(v))
        .commaList("--enable", "RULE", "Turn rules on (ids or names).", RULE_IDS, enable::add)
        .commaList("--disable", "RULE", "Turn rules off (ids or names).", RULE_IDS, disable::add)
        .repeatable("--severity", "RULE=LEVEL", "Give a rule another severity: error, warning or note.", NOTHING, this::severity)
        .flag("--show-suppressed", "Also print suppressed findings (text format).", () -> showSuppressed = true)
        .value("--baseline", "FILE", "Report only findings that are not in this baseline.", FILES, v -> baseline = path(v))
        .value("--write-baseline", "FILE", "Record today's findings as the baseline.", FILES, v -> writeBaseline = path(v))
        .value("--current", "FILE", "describe-user-pool-client output of the client an update request changes: lists exactly which settings the update would reset.",
            FILES, v -> current = path(v))
        .value("--max-refresh-token-days", "DAYS", "Refresh token lifetimes above this get a note (CL504; default: 30, or the configuration's).",
            NOTHING, v -> maxRefreshTokenDays = intValue(v))
        .repeatable("--plugin", "JAR", "Load the rules of a rule pack (a jar with a META-INF/services/dev.cognitolint.rules.Rule entry); repeatable.",
            FILES, v -> plugins.add(path(v)))
        .value("--plugin-timeout", "SECONDS", "How long each plugin rule may take on one file before it is stopped and reported (CL008; default: 10, or the configuration's).",
            NOTHING, v -> pluginTimeout = doubleValue(v))
        .flag("-v, --verbose", "List every file linted, with what it was read as, on standard error.", () -> verbose = true)
        .value("--max-file-size", "BYTES", "Largest file to read (default: 33554432).", NOTHING, v -> maxFileSize = longValue(v))
        .value("--max-depth", "N", "Deepest nesting to read (default: 500).", NOTHING, v -> maxDepth = intValue(v))
        .value("--max-alias-nodes", "N", "Most nodes that YAML aliases may expand to in one document (default: 1000000).",
            NOTHING, v -> maxAliasNodes = longValue(v))
        .standardHelp()
        .epilogue("", "Exit codes:",
            "  0   no finding at or above --fail-level",
            "  1   a finding at or above --fail-level",
            "  2   usage or configuration error, a path that does not exist, or a plugin's",
            "        System.exit",
            "",
            "Commands (a first argument of these names; lint a file so named as ./rules):",
            "  rules [--format json]   list every rule",
            "  explain RULE            print a rule's documentation (id or name)",
            "  completion bash|zsh     print a shell completion script");
  }

  static final OptionTable.Completion RULE_IDS = new OptionTable.Words(RuleCatalog::builtinIds);

  static OptionTable.Completion words(Class<? extends Enum<?>> type) {
    return new OptionTable.Words(() -> choices(type));
  }

  private Path path(String value) {
    return argumentPaths.option(value);
  }

  private void severity(String value) throws OptionTable.BadValue {
    int eq = value.indexOf('=');
    if (eq < 0) throw new OptionTable.BadValue("'" + value + "' is not RULE=LEVEL");
    severities.put(value.substring(0, eq), value.substring(eq + 1));
  }

  private final InputStream stdin;
  private final PrintWriter stdout;
  private final PrintWriter stderr;
  /** Every argument, as the JVM got them. */
  private final String[] args;
  private final ArgumentPaths argumentPaths;

  Main(InputStream stdin, PrintWriter stdout, PrintWriter stderr, String[] args, ArgumentPaths argumentPaths) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.args = args;
    this.argumentPaths = argumentPaths;
  }

  public static void main(String[] args) {
    PrintStream out = System.out;
    System.setOut(System.err); // what plugins print goes to standard error, never into a report
    ExitGuard.install();
    ExitGuard.exit(run(args, System.in, out, System.err));
  }

  /** Runs the command line; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code = Subcommands.run(args, stdout, stderr,
        () -> new Main(in, stdout, stderr, args, new ArgumentPaths(args)));
    stdout.flush();
    stderr.flush();
    return code;
  }

  /** The number of arguments after the first "--", which the option table takes as PATHs whatever they are. */
  private static int afterEndOfOptions(String[] args) {
    int end = List.of(args).indexOf("--");
    return end < 0 ? 0 : args.length - end - 1;
  }

  /** A problem with the command line or configuration: exit 2. */
  private static final class UsageError extends Exception {
    UsageError(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public int call() throws IOException {
    try {
      return lint();
    } catch (UsageError | ConfigException e) {
      stderr.println("cognito-lint: " + SafeText.visible(e.getMessage()));
      return 2;
    }
  }

  private int lint() throws IOException, UsageError, ConfigException {
    Config config = loadConfig();
    if (maxFileSize < 1 || maxDepth < 1 || maxAliasNodes < 0) {
      throw new UsageError("--max-file-size and --max-depth must be at least 1, --max-alias-nodes at least 0");
    }
    Limits limits = new Limits(maxFileSize, maxDepth, maxAliasNodes);
    double pluginSeconds = pluginTimeout != null ? pluginTimeout
        : config.pluginTimeoutSeconds() != null ? config.pluginTimeoutSeconds() : PluginChecks.DEFAULT_TIME_PER_FILE.toSeconds();
    if (!(pluginSeconds > 0 && pluginSeconds <= 86400)) throw new UsageError("--plugin-timeout: " + pluginSeconds + " is not more than 0 and at most 86400 seconds");
    int refreshDays = maxRefreshTokenDays != null ? maxRefreshTokenDays
        : config.maxRefreshTokenDays() != null ? config.maxRefreshTokenDays() : 30;
    if (refreshDays < 1 || refreshDays > 3650) throw new UsageError("--max-refresh-token-days: " + refreshDays + " is not 1 to 3650");
    List<Rule> rules = new ArrayList<>(BuiltinRules.checks(new RuleOptions(config.httpHosts(), refreshDays * 86400L, currentClient(limits))));
    if (!plugins.isEmpty()) ExitGuard.recordExitStatus();
    try {
      rules.addAll(Plugins.load(plugins));
    } catch (Plugins.PluginException e) {
      throw new UsageError(e.getMessage());
    }
    List<RuleMeta> allRules = BuiltinRules.all(rules);
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (RuleMeta rule : allRules) {
      if (!ids.add(rule.id())) throw new UsageError("two rules have the id " + rule.id() + "; plugin rules need ids of their own");
      if (!names.add(rule.name())) throw new UsageError("two rules have the name " + rule.name() + "; plugin rules need names of their own");
    }
    Linter linter = new Linter(limits, rules, settings(allRules, config), Duration.ofNanos((long) (pluginSeconds * 1e9)),
        config.knownValues());

    FileCollector collector = new FileCollector(Path.of(""), config.baseDirectory(), config.include(), config.exclude());
    // "-" reads standard input only before "--"; after it (the last PATHs), "-" is a file of that name.
    List<String> optionPaths = paths.subList(0, Math.max(0, paths.size() - afterEndOfOptions(args)));
    List<String> filePaths = new ArrayList<>(optionPaths.stream().filter(p -> !p.equals("-")).toList());
    filePaths.addAll(paths.subList(optionPaths.size(), paths.size()));
    FileCollector.Collected collected = collector.collect(argumentPaths.paths(filePaths));
    String configShown = config.file() == null ? null : collector.display(config.file());
    if (verbose) stderr.println("cognito-lint: configuration: " + (configShown == null ? "none" : configShown));
    List<Linter.FileResult> results = new ArrayList<>();
    if (optionPaths.contains("-")) results.add(linter.lintStream(stdin, stdinFilename != null ? stdinFilename : "-"));
    else if (stdinFilename != null) throw new UsageError("--stdin-filename names what - reads; give - as a PATH");
    // Files are linted on every core (rules are stateless); the list keeps the order, so output does not change.
    results.addAll(collected.targets().parallelStream().map(t -> linter.lintFile(t.path(), t.displayPath())).toList());

    List<Finding> findings = new ArrayList<>();
    for (Linter.FileResult result : results) {
      findings.addAll(result.findings());
      if (verbose) stderr.println(describe(result.summary()));
    }
    findings.sort(Finding.ORDER);
    collected.errors().forEach(e -> stderr.println("cognito-lint: " + SafeText.visible(e)));
    if (verbose) collected.skipped().forEach(s -> stderr.println("cognito-lint: " + SafeText.visible(s)));

    if (writeBaseline != null) {
      Baseline today = Baseline.of(findings);
      writeFile("--write-baseline", writeBaseline, () -> today.write(writeBaseline));
    }
    if (baseline != null) findings = readBaseline().newFindings(findings);
    findings = Linter.withinRunCap(findings);

    List<String> files = results.stream().map(r -> r.summary().path()).toList();
    writeReport(new Report(findings, allRules, files, collected.errors(), BuildInfo.version(),
        configShown, collected.skipped()));
    if (!collected.errors().isEmpty()) return 2;
    FailLevel level = failLevel != null ? failLevel
        : config.failLevel() != null ? FailLevel.valueOf(config.failLevel()) : FailLevel.error;
    return findings.stream().anyMatch(f -> !f.isSuppressed() && level.fails(f.severity())) ? 1 : 0;
  }

  private Config loadConfig() throws ConfigException {
    if (configFile != null) {
      if (!java.nio.file.Files.isRegularFile(configFile)) throw new ConfigException("--config " + configFile + ": no such file");
      return ConfigLoader.load(configFile);
    }
    var found = ConfigLoader.find(Path.of(""));
    return found.isPresent() ? ConfigLoader.load(found.get()) : Config.NONE;
  }

  /** The configuration's rule settings, then the command line's. */
  private RuleSettings settings(List<RuleMeta> rules, Config config) throws ConfigException {
    RuleSettings settings = new RuleSettings(rules);
    for (var e : config.rules().entrySet()) {
      try {
        settings.set(e.getKey(), e.getValue());
      } catch (ConfigException ex) {
        throw new ConfigException(config.file() + ": rules: " + ex.getMessage());
      }
    }
    for (String rule : enable) settings.set(rule, "on");
    for (String rule : disable) settings.set(rule, "off");
    for (var e : severities.entrySet()) settings.set(e.getKey(), e.getValue());
    return settings;
  }

  private AppClient currentClient(Limits limits) throws UsageError {
    if (current == null) return null;
    try {
      List<AppClient> found = new Linter(limits, List.of()).clients(current, current.toString());
      if (found.size() != 1) {
        throw new UsageError("--current " + current + ": expected one app client (describe-user-pool-client output), found " + found.size());
      }
      return found.get(0);
    } catch (InputException e) {
      throw new UsageError("--current " + current + ":" + e.span().line() + ":" + e.span().column() + ": " + e.getMessage());
    }
  }

  private static String describe(Linter.FileSummary s) {
    return SafeText.path(s.path()) + ": " + (s.format() == null ? "no app client"
        : s.format() + ", " + s.clients() + (s.clients() == 1 ? " app client" : " app clients"));
  }

  private void writeReport(Report report) throws IOException, UsageError {
    StringWriter buffer = new StringWriter();
    try (PrintWriter out = new PrintWriter(buffer)) {
      switch (format) {
        case text -> TextFormat.write(report, showSuppressed, out);
        case sarif -> SarifFormat.write(report, sarifCategory, out);
        case json -> JsonFormat.write(report, out);
        case github -> GithubFormat.write(report, out);
        case gitlab -> GitlabFormat.write(report, out);
        case junit -> JunitFormat.write(report, out);
      }
    }
    if (output == null) {
      stdout.print(buffer);
      stdout.flush();
      return;
    }
    writeFile("--output", output, () -> AtomicFiles.write(output, buffer.toString()));
  }

  /** A file write that can fail (full disk, read-only folder): a usage error naming the file, exit 2. */
  private interface FileWrite {
    void run() throws IOException;
  }

  private static void writeFile(String option, Path file, FileWrite write) throws UsageError {
    if (java.nio.file.Files.isDirectory(file)) throw new UsageError(option + " " + file + ": is a directory");
    try {
      write.run();
    } catch (IOException e) {
      throw new UsageError(option + " " + file + ": cannot write (" + AtomicFiles.reason(e) + ")");
    }
  }

  private Baseline readBaseline() throws UsageError {
    try {
      return Baseline.read(baseline);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageError("--baseline " + baseline + ": no such file");
    } catch (IOException e) {
      throw new UsageError("--baseline " + baseline + ": " + AtomicFiles.reason(e));
    }
  }

  /** The version from the build, with the AWS model it checks against: the --version text. */
  static String version() {
    String commit = BuildInfo.apiModelCommit();
    return "cognito-lint " + BuildInfo.version() + "\n"
        + "AWS API model: cognito-idp of " + BuildInfo.apiModelDate() + " (botocore " + (commit.length() > 12 ? commit.substring(0, 12) : commit) + ")\n"
        + "checked against: AWS SDK for Java " + BuildInfo.awsSdkVersion() + " (cognitoidentityprovider)\n";
  }
}
