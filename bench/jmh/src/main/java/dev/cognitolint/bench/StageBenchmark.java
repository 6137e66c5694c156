package dev.cognitolint.bench;

import dev.cognitolint.Linter;
import dev.cognitolint.dialects.ClientFinder;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.files.SourceReader;
import dev.cognitolint.syntax.YamlReader;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.schema.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages of linting one template, each on its own, warm (steady state after JIT): parse
 * (snakeyaml-engine events to a JSON tree with positions), find the app clients, schema check
 * (ClientSchema, schema already compiled), the Java rules, and the whole {@link Linter#lint} of
 * the text. {@code schemaCompile} is a fresh SchemaCheck's first check (the schema
 * compile, with warm code); {@code ruleMeta} is what {@code Rule.meta()} costs for every rule,
 * which Linter calls for each rule on each client. Warm-up is long (8 x 2 s): lint() under load
 * took 20 s to reach its steady state in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
public class StageBenchmark {

  /** Relative to the repository root (found from the working directory upward). */
  @Param({"samples/cloudformation/web-client.yaml"})
  public String file;

  private SourceFile source;
  private List<Document> documents;
  private List<AppClient> clients;
  private SchemaCheck schemaCheck;
  private List<Rule> rules;
  private Linter linter;

  @Setup
  public void setUp() throws Exception {
    Path path = resolve(file);
    source = new SourceFile(file, Files.readString(path));
    documents = new YamlReader(Limits.DEFAULT).read(source);
    clients = new ArrayList<>();
    for (Document d : documents) clients.addAll(ClientFinder.find(d).clients());
    if (clients.isEmpty()) throw new IllegalStateException(file + " holds no app client");
    schemaCheck = new SchemaCheck();
    for (AppClient c : clients) schemaCheck.check(c);
    rules = BuiltinRules.checks();
    linter = new Linter(Limits.DEFAULT, rules);
    if (!new SourceReader(Limits.DEFAULT).read(path, file).text().equals(source.text())) {
      throw new IllegalStateException("SourceReader and Files.readString disagree on " + file);
    }
  }

  private static Path resolve(String file) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(file))) return dir.resolve(file);
    }
    throw new IllegalArgumentException(file + ": not found from " + Path.of("").toAbsolutePath() + " upward");
  }

  @Benchmark
  public List<Document> parse() throws InputException {
    return new YamlReader(Limits.DEFAULT).read(source);
  }

  @Benchmark
  public void findClients(Blackhole bh) {
    for (Document d : documents) bh.consume(ClientFinder.find(d));
  }

  @Benchmark
  public void schemaCheck(Blackhole bh) {
    for (AppClient c : clients) bh.consume(schemaCheck.check(c));
  }

  @Benchmark
  public void schemaCompile(Blackhole bh) {
    SchemaCheck fresh = new SchemaCheck();
    bh.consume(fresh.check(clients.get(0)));
  }

  @Benchmark
  public void rules(Blackhole bh) {
    Findings sink = new Sink(bh);
    for (AppClient c : clients) {
      for (Rule r : rules) r.check(c, sink);
    }
  }

  @Benchmark
  public void ruleMeta(Blackhole bh) {
    for (AppClient c : clients) {
      for (Rule r : rules) bh.consume(r.meta());
    }
  }

  @Benchmark
  public Linter.FileResult lint() {
    return linter.lint(source);
  }

  private record Sink(Blackhole bh) implements Findings {
    @Override public void at(String pointer, String message) { bh.consume(message); }
    @Override public void atKey(String pointer, String message) { bh.consume(message); }
    @Override public void atClient(String message) { bh.consume(message); }
  }
}
