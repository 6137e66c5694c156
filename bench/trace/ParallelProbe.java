import dev.cognitolint.Linter;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.rules.BuiltinRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What parallel file processing would give: lints the files under DIR through the public Linter
 * API with THREADS threads (one Linter each, results kept in input order, findings sorted as
 * Main sorts them) and prints the wall time and a digest of the findings, so that runs with 1
 * and 2 threads can be compared for speed and for identical output. Not part of the build: bench/
 * parallel.sh compiles and runs it. Usage: ParallelProbe THREADS DIR
 */
public final class ParallelProbe {
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    int threads = Integer.parseInt(args[0]);
    FileCollector.Collected collected = new FileCollector(Path.of("")).collect(List.of(new FileCollector.Argument(args[1], Path.of(args[1]))));
    List<FileCollector.Target> targets = collected.targets();
    ThreadLocal<Linter> linters = ThreadLocal.withInitial(() -> new Linter(Limits.DEFAULT, BuiltinRules.checks()));
    List<Linter.FileResult> results = new ArrayList<>();
    if (threads <= 1) {
      for (FileCollector.Target t : targets) results.add(linters.get().lintFile(t.path(), t.displayPath()));
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Linter.FileResult>> futures = new ArrayList<>();
      for (FileCollector.Target t : targets) futures.add(pool.submit(() -> linters.get().lintFile(t.path(), t.displayPath())));
      for (Future<Linter.FileResult> f : futures) results.add(f.get());
      pool.shutdown();
    }
    List<Finding> findings = new ArrayList<>();
    for (Linter.FileResult r : results) findings.addAll(r.findings());
    findings.sort(Finding.ORDER);
    long digest = 1;
    for (Finding f : findings) digest = 31 * digest + f.toString().hashCode();
    System.out.printf("threads=%d files=%d findings=%d digest=%x wall=%.3f s%n", threads, targets.size(),
        findings.size(), digest, (System.nanoTime() - start) / 1e9);
  }
}
