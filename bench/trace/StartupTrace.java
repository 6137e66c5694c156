import dev.cognitolint.Linter;
import dev.cognitolint.cli.Main;
import dev.cognitolint.config.ConfigResolver;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.dialects.ClientFinder;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.files.Limits;
import dev.cognitolint.files.SourceReader;
import dev.cognitolint.syntax.YamlReader;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.report.Report;
import dev.cognitolint.report.ReportOptions;
import dev.cognitolint.report.TextFormat;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleOptions;
import dev.cognitolint.schema.SchemaCheck;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a cold run's time goes: the steps of Main.lint() one after another in a fresh JVM, each
 * timed by the main thread's CPU time (class loading and the interpreter run there; C1 compiles
 * on threads of its own), then the same steps again (warm). Not part of the build: bench/
 * trace.sh compiles it against target/cognito-lint.jar and runs it the way the launcher runs the
 * jar. Usage: StartupTrace FILE (a YAML or JSON template).
 */
public final class StartupTrace {
  private static long last;
  private static final StringBuilder out = new StringBuilder();
  /** The main thread's CPU time: on a shared machine a step's wall time is mostly other processes'. */
  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static void step(String name) {
    long now = THREADS.getCurrentThreadCpuTime();
    out.append(String.format("%-44s %7.1f ms%n", name, (now - last) / 1e6));
    last = THREADS.getCurrentThreadCpuTime();
  }

  public static void main(String[] args) throws Exception {
    long mainEntered = System.currentTimeMillis();
    long mainCpu = THREADS.getCurrentThreadCpuTime();
    last = mainCpu;
    long first = System.nanoTime();
    Path file = Path.of(args[0]);
    for (int round = 1; round <= 2; round++) {
      out.append(round == 1 ? "cold (first time in this JVM):\n" : "warm (the same steps again):\n");
      // 1. the command line: Main's option table built and the arguments parsed (an unknown option
      //    stops before linting), then the --help text, which a lint run never makes.
      PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
      Main.run(new String[] {"--no-such-option", args[0]}, System.in, nowhere, nowhere);
      step("  command line: option table and parse");
      Main.run(new String[] {"--help"}, System.in, nowhere, nowhere);
      step("  command line: --help text (not in a lint run)");
      // 2. rules and their metadata (@RuleInfo read by reflection)
      List<Rule> rules = BuiltinRules.checks(RuleOptions.DEFAULT);
      step("  rules: BuiltinRules.checks");
      List<RuleMeta> all = BuiltinRules.all(rules);
      step("  rules: metadata (@RuleInfo by reflection)");
      // 3. configuration lookup (none here)
      ConfigResolver.nearest(Path.of(""), new RuleSettings(all), Path::toString).configFor(file);
      step("  config lookup");
      // 4. the schema check (its schema is compiled on first use, below)
      SchemaCheck schemaCheck = new SchemaCheck(java.util.Map.of());
      step("  new SchemaCheck");
      new Linter(Limits.DEFAULT, rules);
      step("  new Linter (a second SchemaCheck)");
      // 5. files
      FileCollector.Collected collected = new FileCollector(Path.of("")).collect(List.of(new FileCollector.Argument(args[0], file)));
      step("  collect files");
      SourceFile source = new SourceReader(Limits.DEFAULT).read(file, collected.targets().get(0).displayPath());
      step("  read file");
      List<Document> documents = new YamlReader(Limits.DEFAULT).read(source);
      step("  parse YAML/JSON (snakeyaml-engine)");
      List<AppClient> clients = new ArrayList<>();
      for (Document d : documents) clients.addAll(ClientFinder.find(d).clients());
      step("  find app clients");
      int violations = 0;
      for (AppClient c : clients) violations += schemaCheck.check(c).size();
      step("  schema check (" + clients.size() + " clients; compiles its schema)");
      List<String> found = new ArrayList<>();
      Findings sink = new Findings() {
        @Override public void at(String pointer, String message, List<Findings.Related> related) { found.add(message); }
        @Override public void atKey(String pointer, String message) { found.add(message); }
        @Override public void atClient(String message) { found.add(message); }
      };
      for (AppClient c : clients) for (Rule r : rules) r.check(c, sink);
      step("  rules (" + found.size() + " findings, " + violations + " structure)");
      for (int i = 0; i < clients.size(); i++) for (Rule r : rules) r.meta();
      step("  Rule.meta() per client and rule (Linter does it)");
      StringWriter text = new StringWriter();
      new TextFormat().write(new Report(List.<Finding>of(), all, List.of(source.path()), List.of(), "trace"), ReportOptions.DEFAULT,
          new PrintWriter(text));
      step("  text report");
    }
    long total = System.nanoTime() - first;
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf("JVM start to main(): %d ms%n", mainEntered - jvmStart);
    System.out.printf("CPU of the main thread before main(): %.1f ms%n", mainCpu / 1e6);
    System.out.print(out);
    System.out.printf("both rounds: %.1f ms%n", total / 1e6);
  }
}
