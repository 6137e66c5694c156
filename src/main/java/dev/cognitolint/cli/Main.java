package dev.cognitolint.cli;

import dev.cognitolint.BuildInfo;
import dev.cognitolint.Linter;
import dev.cognitolint.config.Config;
import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.ConfigLoader;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.input.FileCollector;
import dev.cognitolint.input.InputException;
import dev.cognitolint.input.Limits;
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
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cognito-lint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "Lints Amazon Cognito user-pool app client configurations: CloudFormation, SAM, CDK and "
        + "Serverless templates, Terraform (configurations, plans, module inputs), and CreateUserPoolClient / "
        + "UpdateUserPoolClient request and response documents.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above --fail-level",
        "1:a finding at or above --fail-level",
        "2:usage or configuration error, a path that does not exist, or a plugin's System.exit"},
    footerHeading = "%nCommands (a first argument of these names; lint a file so named as ./rules):%n",
    footer = {
        "  rules [--format json]   list every rule",
        "  explain RULE            print a rule's documentation (id or name)",
        "  completion bash|zsh     print a shell completion script",
        "  lsp                     run the language server (for editors)"})
public final class Main implements Callable<Integer> {

  /** Report formats. */
  enum Format { text, sarif, json, github, gitlab, junit }

  /** The lowest severity that fails the run; none never fails on findings. */
  enum FailLevel {
    error, warning, note, none;

    boolean fails(Severity severity) {
      return this != none && severity.atLeast(Severity.parse(name()));
    }
  }

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files or directories to lint (directories: *.json, *.yaml, *.yml, *.template, *.tf); - reads standard input. After --, every argument is a path.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "The name of what - reads: reports show it, and a name ending in .tf is read as Terraform (default: -, the syntax detected from the content).")
  String stdinFilename;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--sarif-category", paramLabel = "NAME", defaultValue = "cognito-lint",
      description = "SARIF runAutomationDetails id: runs of different categories are kept apart by code scanning (default: ${DEFAULT-VALUE}).")
  String sarifCategory;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-level", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: error, or the configuration's failLevel).")
  FailLevel failLevel;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file (default: the nearest .cognito-lint.yaml from the working directory up to the repository root).")
  Path configFile;

  @Option(names = "--enable", paramLabel = "RULE", split = ",", completionCandidates = RuleCatalog.Ids.class, description = "Turn rules on (ids or names).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", split = ",", completionCandidates = RuleCatalog.Ids.class, description = "Turn rules off (ids or names).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Give a rule another severity: error, warning or note.")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(names = "--show-suppressed", description = "Also print suppressed findings (text format).")
  boolean showSuppressed;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this baseline.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record today's findings as the baseline.")
  Path writeBaseline;

  @Option(names = "--current", paramLabel = "FILE",
      description = "describe-user-pool-client output of the client an update request changes: lists exactly which settings the update would reset.")
  Path current;

  @Option(names = "--max-refresh-token-days", paramLabel = "DAYS",
      description = "Refresh token lifetimes above this get a note (CL504; default: 30, or the configuration's).")
  Integer maxRefreshTokenDays;

  @Option(names = "--plugin", paramLabel = "JAR",
      description = "Load the rules of a rule pack (a jar with a META-INF/services/dev.cognitolint.rules.Rule entry); repeatable.")
  List<Path> plugins = new ArrayList<>();

  @Option(names = "--plugin-timeout", paramLabel = "SECONDS",
      description = "How long each plugin rule may take on one file before it is stopped and reported (CL008; default: 10, or the configuration's).")
  Double pluginTimeout;

  @Option(names = {"-v", "--verbose"}, description = "List every file linted, with what it was read as, on standard error.")
  boolean verbose;

  @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest file to read (default: 33554432).")
  long maxFileSize = Limits.DEFAULT.maxFileBytes();

  @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting to read (default: 500).")
  int maxDepth = Limits.DEFAULT.maxDepth();

  @Option(names = "--max-alias-nodes", paramLabel = "N",
      description = "Most nodes that YAML aliases may expand to in one document (default: 1000000).")
  long maxAliasNodes = Limits.DEFAULT.maxAliasNodes();

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
    OptionalInt subcommand = Subcommands.run(args, stdout, stderr);
    ArgumentPaths argumentPaths = new ArgumentPaths(args);
    // No @file expansion: a file named "@args" must be a path, never a list of options.
    int code = subcommand.isPresent() ? subcommand.getAsInt()
        : Subcommands.configure(new CommandLine(new Main(in, stdout, stderr, args, argumentPaths))
            .registerConverter(Path.class, argumentPaths::option)
            .setExpandAtFiles(false), stdout, stderr).execute(args);
    stdout.flush();
    stderr.flush();
    return code;
  }

  /** The number of arguments after the first "--", which picocli takes as PATHs whatever they are. */
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
  public Integer call() throws IOException {
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

  /** The version from the build, with the AWS model it checks against. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cognito-lint " + BuildInfo.version(),
          "AWS API model: cognito-idp of " + BuildInfo.apiModelDate() + " (botocore " + abbreviated(BuildInfo.apiModelCommit()) + ")",
          "checked against: AWS SDK for Java " + BuildInfo.awsSdkVersion() + " (cognitoidentityprovider)"};
    }

    private static String abbreviated(String commit) {
      return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
  }
}
