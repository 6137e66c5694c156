package dev.cognitolint.cli;

import static dev.cognitolint.cli.OptionTable.FILES;
import static dev.cognitolint.cli.OptionTable.NOTHING;
import static dev.cognitolint.cli.OptionTable.choice;
import static dev.cognitolint.cli.OptionTable.choices;
import static dev.cognitolint.cli.OptionTable.doubleValue;
import static dev.cognitolint.cli.OptionTable.intValue;
import static dev.cognitolint.cli.OptionTable.longValue;

import dev.cognitolint.FileFixer;
import dev.cognitolint.LintRun;
import dev.cognitolint.Linter;
import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.ConfigText;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.BuildInfo;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.Severity;
import dev.cognitolint.report.AtomicFiles;
import dev.cognitolint.report.Report;
import dev.cognitolint.report.ReportFormat;
import dev.cognitolint.report.ReportFormats;
import dev.cognitolint.report.ReportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lint command: {@link #options} is its table of options, each writing one of the fields below.
 */
public final class Main implements Subcommands.Command {

  /** When the text report on standard output is coloured. */
  enum ColorWhen {
    auto,
    always,
    never
  }

  /** The lowest severity that fails the run; none never fails on findings. */
  enum FailLevel {
    error,
    warning,
    note,
    none;

    boolean fails(Severity severity) {
      return this != none && severity.atLeast(Severity.parse(name()));
    }
  }

  List<String> paths = new ArrayList<>();
  String stdinFilename;
  ReportFormat format = ReportFormats.named("text").orElseThrow();
  String sarifCategory = "cognito-lint";
  Path output;
  List<String> reports = new ArrayList<>();
  ColorWhen color = ColorWhen.auto;
  boolean showSource;
  boolean quiet;
  boolean statistics;
  int maxWarnings = -1;
  FailLevel failLevel;
  Path configFile;
  Path printConfig;
  boolean noInlineSuppressions;
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
  boolean fix;
  boolean unsafeFixes;
  boolean diff;
  boolean verbose;
  long maxFileSize = Limits.DEFAULT.maxFileBytes();
  int maxDepth = Limits.DEFAULT.maxDepth();
  long maxAliasNodes = Limits.DEFAULT.maxAliasNodes();

  /** The command line: one entry an option, in the order --help lists them. */
  @Override
  public OptionTable options() {
    return new OptionTable(
            "cognito-lint",
            "Lints Amazon Cognito user-pool app client configurations: CloudFormation, SAM, CDK and "
                + "Serverless templates, Terraform (configurations, plans, module inputs), and CreateUserPoolClient / "
                + "UpdateUserPoolClient request and response documents.",
            false)
        .parameter(
            "PATH",
            true,
            "Files or directories to lint (directories: *.json, *.yaml, *.yml, *.template, *.tf); - reads standard input. After --, every argument is a path.",
            FILES,
            paths::add)
        .parameterCheckedByCommand()
        .value(
            "--stdin-filename",
            "NAME",
            "The name of what - reads: reports show it, and a name ending in .tf is read as Terraform (default: -, the syntax detected from the content).",
            NOTHING,
            v -> stdinFilename = v)
        .value(
            "-f, --format",
            "FORMAT",
            "Report format: " + String.join(", ", ReportFormats.names()) + " (default: text).",
            FORMATS,
            v -> format = reportFormat(v))
        .value(
            "--sarif-category",
            "NAME",
            "SARIF runAutomationDetails id: runs of different categories are kept apart by code scanning (default: cognito-lint).",
            NOTHING,
            v -> sarifCategory = v)
        .value(
            "-o, --output",
            "FILE",
            "Write the report to FILE instead of standard output.",
            FILES,
            v -> output = path(v))
        .repeatable(
            "--report",
            "FORMAT=FILE",
            "Also write a report in FORMAT to FILE (e.g. sarif=cognito-lint.sarif); repeatable, so one run writes several reports besides the --format one.",
            NOTHING,
            reports::add)
        .value(
            "--color",
            "WHEN",
            "Colour the text report on standard output: "
                + String.join(", ", choices(ColorWhen.class))
                + " (default: auto: when it is a terminal and NO_COLOR is not set).",
            words(ColorWhen.class),
            v -> color = choice(ColorWhen.class, v))
        .flag(
            "--show-source",
            "Text format: under each finding, its line of the file with a caret under what it is about.",
            () -> showSource = true)
        .flag(
            "--quiet",
            "Report errors only: warnings and notes are left out of every report, but still count for --fail-level and --max-warnings.",
            () -> quiet = true)
        .flag(
            "--statistics",
            "Text format: before the summary, how many findings each rule reported.",
            () -> statistics = true)
        .value(
            "--max-warnings",
            "N",
            "Exit 1 when there are more than N warnings (notes do not count), even if nothing fails --fail-level (default: -1, no limit).",
            NOTHING,
            v -> maxWarnings = intValue(v))
        .value(
            "--fail-level",
            "LEVEL",
            "Exit 1 when a finding is at or above LEVEL: "
                + String.join(", ", choices(FailLevel.class))
                + " (default: error, or the configuration's failLevel).",
            words(FailLevel.class),
            v -> failLevel = choice(FailLevel.class, v))
        .value(
            "-c, --config",
            "FILE",
            "Configuration file for every file (default: each file's .cognito-lint.yaml files, from its folder up to the repository root or root: true).",
            FILES,
            v -> configFile = path(v))
        .value(
            "--print-config",
            "FILE",
            "Print the configuration that applies to FILE, command-line options included, and exit.",
            FILES,
            v -> printConfig = path(v))
        .flag(
            "--no-inline-suppressions",
            "Ignore the suppression comments and Metadata of the linted files (--verbose and the SARIF and JSON reports list them).",
            () -> noInlineSuppressions = true)
        .commaList("--enable", "RULE", "Turn rules on (ids or names).", RULE_IDS, enable::add)
        .commaList("--disable", "RULE", "Turn rules off (ids or names).", RULE_IDS, disable::add)
        .repeatable(
            "--severity",
            "RULE=LEVEL",
            "Give a rule another severity: error, warning or note.",
            NOTHING,
            this::severity)
        .flag(
            "--show-suppressed",
            "Also print suppressed findings (text format).",
            () -> showSuppressed = true)
        .value(
            "--baseline",
            "FILE",
            "Report only findings that are not in this baseline.",
            FILES,
            v -> baseline = path(v))
        .value(
            "--write-baseline",
            "FILE",
            "Record today's findings as the baseline.",
            FILES,
            v -> writeBaseline = path(v))
        .value(
            "--current",
            "FILE",
            "describe-user-pool-client output of the client an update request changes: lists exactly which settings the update would reset.",
            FILES,
            v -> current = path(v))
        .value(
            "--max-refresh-token-days",
            "DAYS",
            "Refresh token lifetimes above this get a note (CL504; default: 30, or the configuration's).",
            NOTHING,
            v -> maxRefreshTokenDays = intValue(v))
        .repeatable(
            "--plugin",
            "JAR",
            "Load the rules of a rule pack (a jar with a META-INF/services/dev.cognitolint.rules.Rule entry); repeatable.",
            FILES,
            v -> plugins.add(path(v)))
        .value(
            "--plugin-timeout",
            "SECONDS",
            "How long each plugin rule may take on one file before it is stopped and reported (CL008; default: 10, or the configuration's).",
            NOTHING,
            v -> pluginTimeout = doubleValue(v))
        .flag(
            "--fix",
            "Apply the safe fixes to the files, then report what remains (each file is written atomically; a symbolic link's target is rewritten).",
            () -> fix = true)
        .flag(
            "--unsafe-fixes",
            "With --fix or --diff, also apply the unsafe fixes, which need a review.",
            () -> unsafeFixes = true)
        .flag(
            "--diff",
            "Print what --fix would change as a unified diff (patch -p0) and change nothing.",
            () -> diff = true)
        .flag(
            "-v, --verbose",
            "List every file linted, with what it was read as, on standard error.",
            () -> verbose = true)
        .value(
            "--max-file-size",
            "BYTES",
            "Largest file to read (default: 33554432).",
            NOTHING,
            v -> maxFileSize = longValue(v))
        .value(
            "--max-depth",
            "N",
            "Deepest nesting to read (default: 500).",
            NOTHING,
            v -> maxDepth = intValue(v))
        .value(
            "--max-alias-nodes",
            "N",
            "Most nodes that YAML aliases may expand to in one document (default: 1000000).",
            NOTHING,
            v -> maxAliasNodes = longValue(v))
        .standardHelp()
        .epilogue(
            "",
            "Exit codes:",
            "  0   no finding at or above --fail-level",
            "  1   a finding at or above --fail-level",
            "  2   usage or configuration error, a path that does not exist, or a plugin's",
            "        System.exit",
            "",
            "Commands (a first argument of these names; lint a file so named as ./rules):",
            "  rules [--format json]   list every rule",
            "  explain RULE            print a rule's documentation (id or name)",
            "  completion bash|zsh     print a shell completion script",
            "  lsp                     run the language server (for editors)");
  }

  static final OptionTable.Completion RULE_IDS = new OptionTable.Words(RuleCatalog::builtinIds);
  static final OptionTable.Completion FORMATS = new OptionTable.Words(ReportFormats::names);

  /** A report format by name, in any case. */
  static ReportFormat reportFormat(String name) throws OptionTable.BadValue {
    return ReportFormats.named(name.toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(
            () ->
                new OptionTable.BadValue(
                    "expected one of "
                        + ReportFormats.names()
                        + " (case-insensitive) but was '"
                        + name
                        + "'"));
  }

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

  /** What --color auto means here: whether standard output is a terminal that wants colour. */
  private final boolean colorTerminal;

  Main(
      InputStream stdin,
      PrintWriter stdout,
      PrintWriter stderr,
      String[] args,
      ArgumentPaths argumentPaths,
      boolean colorTerminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.args = args;
    this.argumentPaths = argumentPaths;
    this.colorTerminal = colorTerminal;
  }

  public static void main(String[] args) {
    PrintStream out = System.out;
    System.setOut(System.err); // what plugins print goes to standard error, never into a report
    ExitGuard.install();
    ExitGuard.exit(
        run(args, System.in, out, System.err, wantsColor(isTerminal(), System.getenv())));
  }

  /** Runs the command line, its standard output no terminal; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, false);
  }

  /**
   * A terminal wants colour unless NO_COLOR is set to something (no-color.org) or TERM is {@code
   * dumb}; --color always and never decide whatever these say.
   */
  static boolean wantsColor(boolean terminal, Map<String, String> env) {
    return terminal
        && env.getOrDefault("NO_COLOR", "").isEmpty()
        && !"dumb".equals(env.get("TERM"));
  }

  /**
   * Whether standard output (and input) is a terminal; Java 22 and later have a console also when
   * they are not.
   */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22, a console exists only for a terminal
    }
  }

  /** Runs the command line; returns the exit code. */
  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, boolean colorTerminal) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code =
        Subcommands.run(
            args,
            stdout,
            stderr,
            () -> new Main(in, stdout, stderr, args, new ArgumentPaths(args), colorTerminal));
    stdout.flush();
    stderr.flush();
    return code;
  }

  /**
   * The number of arguments after the first "--", which the option table takes as PATHs whatever
   * they are.
   */
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
    } catch (UsageError | ConfigException | LintRun.SetupException e) {
      stderr.println("cognito-lint: " + SafeText.visible(e.getMessage()));
      return 2;
    }
  }

  private int lint() throws UsageError, ConfigException, LintRun.SetupException {
    if (paths.isEmpty() && printConfig == null)
      throw new UsageError("missing required parameter: 'PATH' (see cognito-lint --help)");
    if (maxFileSize < 1 || maxDepth < 1 || maxAliasNodes < 0) {
      throw new UsageError(
          "--max-file-size and --max-depth must be at least 1, --max-alias-nodes at least 0");
    }
    if (maxWarnings < -1)
      throw new UsageError(
          "--max-warnings: " + maxWarnings + " is not a number of warnings (-1: no limit)");
    List<Output> outputs = outputs();
    if (!plugins.isEmpty()) ExitGuard.recordExitStatus();
    LintRun run =
        LintRun.setUp(
            configFile != null
                ? LintRun.Configurations.forced(configFile)
                : LintRun.Configurations.nearest(),
            new LintRun.Options(
                new Limits(maxFileSize, maxDepth, maxAliasNodes),
                maxRefreshTokenDays,
                pluginTimeout,
                current,
                plugins,
                ruleSettings(),
                failLevel == null ? null : failLevel.name(),
                noInlineSuppressions));
    if (printConfig != null) {
      stdout.print(
          ConfigText.of(
              run.configFor(printConfig),
              run.display(printConfig),
              noInlineSuppressions,
              run::display));
      return 0;
    }

    // "-" reads standard input only before "--"; after it (the last PATHs), "-" is a file of that
    // name.
    List<String> optionPaths =
        paths.subList(0, Math.max(0, paths.size() - afterEndOfOptions(args)));
    List<String> filePaths =
        new ArrayList<>(optionPaths.stream().filter(p -> !p.equals("-")).toList());
    filePaths.addAll(paths.subList(optionPaths.size(), paths.size()));
    boolean readsStdin = optionPaths.contains("-");
    if (!readsStdin && stdinFilename != null)
      throw new UsageError("--stdin-filename names what - reads; give - as a PATH");
    boolean fixing = fix || diff;
    if (fixing && readsStdin)
      throw new UsageError("--fix and --diff change files, not standard input");
    LintRun.Request request =
        new LintRun.Request(
            argumentPaths.paths(filePaths),
            readsStdin ? stdin : null,
            stdinFilename,
            baseline,
            writeBaseline,
            showSource);
    // --fix and --diff lint each file while they fix it, with the file's own linter.
    Map<String, FileFixer.Outcome> outcomes = new ConcurrentHashMap<>();
    LintRun.Linted linted =
        !fixing
            ? run.lint(request)
            : run.lint(
                request,
                (linter, target) -> {
                  FileFixer fixer = new FileFixer(linter, unsafeFixes);
                  FileFixer.Outcome outcome = fixer.fix(target.path(), target.displayPath());
                  if (!diff) outcome = FileFixer.write(target.path(), outcome);
                  outcomes.put(target.displayPath(), outcome);
                  return diff ? outcome.before() : outcome.result();
                });
    List<FileFixer.Outcome> fixes =
        linted.collected().targets().stream()
            .map(t -> outcomes.get(t.displayPath()))
            .filter(Objects::nonNull)
            .toList();
    boolean fixFailed = fixing && !diff && FixOutput.fixed(fixes, stderr);
    if (diff) FixOutput.diff(fixes, stdout, stderr);
    Report report = run.report(linted, request);
    if (verbose) {
      stderr.println(
          "cognito-lint: configuration: "
              + (report.config() == null ? "none" : SafeText.visible(report.config())));
      boolean several = linted.configOf().values().stream().distinct().count() > 1;
      linted
          .results()
          .forEach(
              r ->
                  stderr.println(
                      describe(r.summary())
                          + (several
                              ? "; configuration: "
                                  + SafeText.visible(
                                      run.describe(linted.configOf().get(r.summary().path())))
                              : "")));
    }
    FileCollector.Collected collected = linted.collected();
    collected.errors().forEach(e -> stderr.println("cognito-lint: " + SafeText.visible(e)));
    if (verbose)
      report.skipped().forEach(s -> stderr.println("cognito-lint: " + SafeText.visible(s)));

    // With --diff, standard output is the diff: the report is written only where --output or
    // --report says.
    writeReports(
        quiet ? report.errorsOnly() : report,
        diff && output == null ? outputs.subList(1, outputs.size()) : outputs);
    if (!collected.errors().isEmpty() || fixFailed) return 2;
    long warnings =
        report.reported().stream().filter(f -> f.severity() == Severity.WARNING).count();
    boolean tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
    if (tooManyWarnings)
      stderr.println(
          "cognito-lint: "
              + warnings
              + (warnings == 1 ? " warning" : " warnings")
              + ", more than --max-warnings "
              + maxWarnings
              + " allows");
    // Each finding fails the run by its own file's fail level.
    FailLevel fallback = failLevel != null ? failLevel : FailLevel.error;
    return tooManyWarnings
            || report.reported().stream()
                .anyMatch(
                    f ->
                        Optional.ofNullable(linted.configOf().get(f.path()))
                            .map(c -> FailLevel.valueOf(c.failLevel()))
                            .orElse(fallback)
                            .fails(f.severity()))
        ? 1
        : 0;
  }

  /**
   * --enable, --disable and --severity, in that order, as rule settings over the configuration's.
   */
  private List<Map.Entry<String, String>> ruleSettings() {
    List<Map.Entry<String, String>> settings = new ArrayList<>();
    for (String rule : enable) settings.add(Map.entry(rule, "on"));
    for (String rule : disable) settings.add(Map.entry(rule, "off"));
    settings.addAll(severities.entrySet());
    return settings;
  }

  private static String describe(Linter.FileSummary s) {
    return SafeText.path(s.path())
        + ": "
        + (s.format() == null
            ? "no app client"
            : s.format()
                + ", "
                + s.clients()
                + (s.clients() == 1 ? " app client" : " app clients"));
  }

  /** A report to write: its format, and its file or null for standard output. */
  private record Output(ReportFormat format, Path file, String option) {}

  /** The --format report, then each --report, checked before anything is linted. */
  private List<Output> outputs() throws UsageError {
    List<Output> outputs = new ArrayList<>(List.of(new Output(format, output, "--output")));
    for (String report : reports) {
      int eq = report.indexOf('=');
      if (eq <= 0 || eq == report.length() - 1)
        throw new UsageError(
            "--report " + report + ": expected FORMAT=FILE, e.g. sarif=cognito-lint.sarif");
      String name = report.substring(0, eq);
      ReportFormat chosen =
          ReportFormats.named(name.toLowerCase(java.util.Locale.ROOT))
              .orElseThrow(
                  () ->
                      new UsageError(
                          "--report "
                              + report
                              + ": '"
                              + name
                              + "' is not a format; expected one of "
                              + ReportFormats.names()));
      outputs.add(new Output(chosen, argumentPaths.option(report.substring(eq + 1)), "--report"));
    }
    Set<Path> files = new HashSet<>();
    for (Output o : outputs) {
      if (o.file() != null && !files.add(o.file().toAbsolutePath().normalize())) {
        throw new UsageError(
            o.option() + " " + o.file() + ": another report is written to this file");
      }
    }
    return outputs;
  }

  /**
   * Writes the reports to their files, then the one for standard output, in colour if it is for a
   * terminal.
   */
  private void writeReports(Report report, List<Output> outputs) throws LintRun.SetupException {
    ReportOptions options =
        new ReportOptions(showSuppressed, sarifCategory, false, showSource, statistics);
    for (Output o : outputs) {
      if (o.file() == null) continue;
      String text = render(o.format(), report, options);
      LintRun.writeFile(o.option(), o.file(), () -> AtomicFiles.write(o.file(), text));
    }
    boolean colored = color == ColorWhen.always || color == ColorWhen.auto && colorTerminal;
    for (Output o : outputs) {
      if (o.file() != null) continue;
      stdout.print(render(o.format(), report, options.withColor(colored)));
      stdout.flush();
    }
  }

  private static String render(ReportFormat format, Report report, ReportOptions options) {
    StringWriter buffer = new StringWriter();
    try (PrintWriter out = new PrintWriter(buffer)) {
      format.write(report, options, out);
    }
    return buffer.toString();
  }

  /** The names of the report formats, for help and completion, and a name's format. */
  /** The version from the build, with the AWS model it checks against: the --version text. */
  static String version() {
    String commit = BuildInfo.apiModelCommit();
    return "cognito-lint "
        + BuildInfo.version()
        + "\n"
        + "AWS API model: cognito-idp of "
        + BuildInfo.apiModelDate()
        + " (botocore "
        + (commit.length() > 12 ? commit.substring(0, 12) : commit)
        + ")\n"
        + "checked against: AWS SDK for Java "
        + BuildInfo.awsSdkVersion()
        + " (cognitoidentityprovider)\n";
  }
}
