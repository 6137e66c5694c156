package dev.cognitolint.cli;

import dev.cognitolint.Linter;
import dev.cognitolint.input.FileCollector;
import dev.cognitolint.input.InputException;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.rules.RuleOptions;
import dev.cognitolint.input.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import dev.cognitolint.report.Report;
import dev.cognitolint.report.SarifFormat;
import dev.cognitolint.report.TextFormat;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cognito-lint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "Lints Amazon Cognito user-pool app client configurations: CloudFormation, SAM, CDK and "
        + "Serverless templates, and CreateUserPoolClient / UpdateUserPoolClient request and response documents.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above --fail-level",
        "1:a finding at or above --fail-level",
        "2:usage error, or a path that does not exist"})
public final class Main implements Callable<Integer> {

  /** Report formats. */
  enum Format { text, sarif }

  /** The lowest severity that fails the run; none never fails on findings. */
  enum FailLevel {
    error, warning, note, none;

    boolean fails(Severity severity) {
      return this != none && severity.atLeast(Severity.parse(name()));
    }
  }

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files or directories to lint (directories: *.json, *.yaml, *.yml, *.template); - reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-level", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailLevel failLevel;

  @Option(names = "--current", paramLabel = "FILE",
      description = "describe-user-pool-client output of the client an update request changes: lists exactly which settings the update would reset.")
  Path current;

  @Option(names = "--max-refresh-token-days", paramLabel = "DAYS",
      description = "Refresh token lifetimes above this get a note (CL504; default: 30).")
  long maxRefreshTokenDays = RuleOptions.DEFAULT.maxRefreshTokenSeconds() / 86400;

  @Option(names = {"-v", "--verbose"}, description = "List every file linted, with what it was read as, on standard error.")
  boolean verbose;

  @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest file to read (default: 33554432).")
  long maxFileSize = Limits.DEFAULT.maxFileBytes();

  @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting to read (default: 500).")
  int maxDepth = Limits.DEFAULT.maxDepth();

  private final InputStream stdin;
  private final PrintWriter stdout;
  private final PrintWriter stderr;

  Main(InputStream stdin, PrintWriter stdout, PrintWriter stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the command line; returns the exit code. */
  public static int run(String[] args, InputStream in, java.io.PrintStream out, java.io.PrintStream err) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main(in, stdout, stderr))
        .setOut(stdout)
        .setErr(stderr)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(e -> 2)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          stderr.println("cognito-lint: internal error: " + e);
          return 2;
        });
    cli.getCommandSpec().exitCodeOnInvalidInput(2);
    int code = cli.execute(args);
    stdout.flush();
    stderr.flush();
    return code;
  }

  @Override
  public Integer call() throws IOException {
    Limits limits = new Limits(maxFileSize, maxDepth, Limits.DEFAULT.maxAliasNodes());
    AppClient currentClient = null;
    if (current != null) {
      try {
        List<AppClient> found = new Linter(limits, List.of()).clients(current, current.toString());
        if (found.size() != 1) {
          stderr.println("cognito-lint: --current " + current + ": expected one app client (describe-user-pool-client output), found " + found.size());
          return 2;
        }
        currentClient = found.get(0);
      } catch (InputException e) {
        stderr.println("cognito-lint: --current " + current + ":" + e.span().line() + ":" + e.span().column() + ": " + e.getMessage());
        return 2;
      }
    }
    List<Rule> rules = BuiltinRules.checks(new RuleOptions(maxRefreshTokenDays * 86400, currentClient));
    Linter linter = new Linter(limits, rules);
    FileCollector collector = new FileCollector(Path.of(""));
    List<String> filePaths = paths.stream().filter(p -> !p.equals("-")).toList();
    FileCollector.Collected collected = collector.collect(filePaths);

    List<Linter.FileResult> results = new ArrayList<>();
    if (paths.contains("-")) results.add(linter.lintStream(stdin, "-"));
    for (FileCollector.Target target : collected.targets()) {
      results.add(linter.lintFile(target.path(), target.displayPath()));
    }

    List<Finding> findings = new ArrayList<>();
    for (Linter.FileResult result : results) {
      findings.addAll(result.findings());
      if (verbose) {
        Linter.FileSummary s = result.summary();
        stderr.println(s.path() + ": " + (s.format() == null ? "no app client"
            : s.format() + ", " + s.clients() + (s.clients() == 1 ? " app client" : " app clients")));
      }
    }
    findings.sort(Finding.ORDER);
    collected.errors().forEach(e -> stderr.println("cognito-lint: " + e));

    List<RuleMeta> allRules = BuiltinRules.all(rules);
    Report report = new Report(findings, allRules, results.size(), collected.errors());
    writeReport(report);

    if (!collected.errors().isEmpty()) return 2;
    return findings.stream().anyMatch(f -> failLevel.fails(f.severity())) ? 1 : 0;
  }

  private void writeReport(Report report) throws IOException {
    StringWriter buffer = new StringWriter();
    try (PrintWriter out = new PrintWriter(buffer)) {
      if (format == Format.sarif) SarifFormat.write(report, new Version().getVersion()[0], out);
      else TextFormat.write(report, out);
    }
    if (output == null) {
      stdout.print(buffer);
      stdout.flush();
      return;
    }
    // Written whole to a temporary file, then renamed: a failed run never leaves half a report.
    Path target = output.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".cognito-lint", ".tmp");
    try {
      Files.writeString(temp, buffer.toString(), StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/dev/cognitolint/version.properties")) {
        if (in != null) p.load(in);
      } catch (IOException e) {
        // fall through to "unknown"
      }
      return new String[] {p.getProperty("version", "unknown")};
    }
  }
}
