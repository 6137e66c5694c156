package dev.cognitolint.bench;

import dev.cognitolint.syntax.Document;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.syntax.YamlReader;
import dev.cognitolint.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
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
import dev.cognitolint.shaded.jackson3.core.JsonParser;
import dev.cognitolint.shaded.jackson3.core.JsonToken;
import dev.cognitolint.shaded.jackson3.databind.JsonNode;
import dev.cognitolint.shaded.jackson3.databind.json.JsonMapper;

/**
 * A JSON template read by cognito-lint's reader (snakeyaml-engine, as YAML, with positions) and
 * by Jackson, which networknt already brings (relocated in the jar): the whole tree, and the token stream alone (what
 * a position-keeping JSON reader would start from; every token has its location). For the
 * question whether .json files deserve a reader of their own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
public class JsonBaselineBenchmark {

  /** A JSON file, relative to the repository root (found from the working directory upward). */
  @Param({"samples/cloudformation/machine-client.json"})
  public String file;

  private SourceFile source;
  private final JsonMapper mapper = new JsonMapper();

  @Setup
  public void setUp() throws Exception {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(file))) {
        source = new SourceFile(file, Files.readString(dir.resolve(file)));
        return;
      }
    }
    throw new IllegalArgumentException(file + ": not found");
  }

  @Benchmark
  public List<Document> cognitoLintReader() throws InputException {
    return new YamlReader(Limits.DEFAULT).read(source);
  }

  @Benchmark
  public JsonNode jacksonTree() {
    return mapper.readTree(source.text());
  }

  @Benchmark
  public long jacksonTokens() {
    long n = 0;
    try (JsonParser p = mapper.createParser(source.text())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        n += p.currentTokenLocation().getCharOffset();
      }
    }
    return n;
  }
}
