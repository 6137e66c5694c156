import dev.cognitolint.Linter;
import dev.cognitolint.config.ConfigLoader;
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
import dev.cognitolint.report.TextFormat;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleOptions;
import dev.cognitolint.schema.SchemaCheck;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a cold run's time goes: the steps of Main.lint() one after another in a fresh JVM, each
 * timed with System.nanoTime, then the same steps again (warm). Not part of the build: bench/
 * trace.sh compiles it against target/cognito-lint.jar and runs it the way the launcher runs the
 * jar. Usage: StartupTrace FILE (a YAML or JSON template).
 */
public final class StartupTrace {
  private static long last;
  private static final StringBuilder out = new StringBuilder();

  private static void step(String name) {
    long now = System.nanoTime();
    out.append(String.format("%-44s %7.1f ms%n", name, (now - last) / 1e6));
    last = System.nanoTime();
  }

  public static void main(String[] args) throws Exception {
    long mainEntered = System.currentTimeMillis();
    last = System.nanoTime();
    long first = last;
    Path file = Path.of(args[0]);
    for (int round = 1; round <= 2; round++) {
      out.append(round == 1 ? "cold (first time in this JVM):\n" : "warm (the same steps again):\n");
      // (The jar holds picocli, Jackson and networknt relocated under dev.cognitolint.shaded.)
      // 1. picocli: the CommandLine model of Main (reflection over its annotations), then parsing.
      Class<?> mainClass = Class.forName("dev.cognitolint.cli.Main");
      Constructor<?> ctor = mainClass.getDeclaredConstructor(InputStream.class, PrintWriter.class, PrintWriter.class);
      ctor.setAccessible(true);
      Object command = ctor.newInstance(System.in, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
      dev.cognitolint.shaded.picocli.CommandLine cli = new dev.cognitolint.shaded.picocli.CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
      step("  picocli: new CommandLine(Main)");
      cli.parseArgs(args[0]);
      step("  picocli: parseArgs");
      // 2. configuration lookup (none here)
      ConfigLoader.find(Path.of(""));
      step("  config lookup");
      // 3. rules and their metadata (@RuleInfo read by reflection)
      List<Rule> rules = BuiltinRules.checks(RuleOptions.DEFAULT);
      step("  rules: BuiltinRules.checks");
      List<RuleMeta> all = BuiltinRules.all(rules);
      step("  rules: metadata (@RuleInfo by reflection)");
      // 4. the schema check: a Jackson mapper, networknt's registry (SchemaCheck's fields)
      new dev.cognitolint.shaded.jackson3.databind.json.JsonMapper();
      step("  Jackson: new JsonMapper()");
      dev.cognitolint.shaded.networknt.schema.SchemaRegistry.withDefaultDialect(dev.cognitolint.shaded.networknt.schema.SpecificationVersion.DRAFT_2020_12);
      step("  networknt: SchemaRegistry.withDefaultDialect");
      SchemaCheck schemaCheck = new SchemaCheck();
      step("  new SchemaCheck (the rest)");
      new Linter(Limits.DEFAULT, rules);
      step("  new Linter (a second SchemaCheck)");
      // 5. files
      FileCollector.Collected collected = new FileCollector(Path.of("")).collect(List.of(args[0]));
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
        @Override public void at(String pointer, String message) { found.add(message); }
        @Override public void atKey(String pointer, String message) { found.add(message); }
        @Override public void atClient(String message) { found.add(message); }
      };
      for (AppClient c : clients) for (Rule r : rules) r.check(c, sink);
      step("  rules (" + found.size() + " findings, " + violations + " structure)");
      for (int i = 0; i < clients.size(); i++) for (Rule r : rules) r.meta();
      step("  Rule.meta() per client and rule (Linter does it)");
      StringWriter text = new StringWriter();
      TextFormat.write(new Report(List.<Finding>of(), all, List.of(source.path()), List.of(), "trace"), false,
          new PrintWriter(text));
      step("  text report");
    }
    long total = System.nanoTime() - first;
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf("JVM start to main(): %d ms%n", mainEntered - jvmStart);
    System.out.print(out);
    System.out.printf("both rounds: %.1f ms%n", total / 1e6);
  }
}
