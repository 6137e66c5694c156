import dev.cognitolint.config.Config;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.model.Finding;
import dev.cognitolint.report.Report;
import dev.cognitolint.LintRun;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * What parallel file processing gives: runs the command line's pipeline (LintRun) on the files
 * under DIR in a pool of THREADS threads (its parallel stream runs in the pool it is started
 * from) and prints the wall time and a digest of the findings, so that runs with 1 and 2 threads
 * can be compared for speed and for identical output. Not part of the build: bench/trace.sh
 * compiles and runs it. Usage: ParallelProbe THREADS DIR
 */
public final class ParallelProbe {
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    int threads = Integer.parseInt(args[0]);
    LintRun run = LintRun.setUp(LintRun.Configurations.fixed(Config.NONE), LintRun.Options.NONE);
    LintRun.Request request = LintRun.Request.of(List.of(new FileCollector.Argument(args[1], Path.of(args[1]))));
    ForkJoinPool pool = new ForkJoinPool(threads);
    Report report = pool.submit(() -> run.run(request)).get();
    pool.shutdown();
    long digest = 1;
    for (Finding f : report.findings()) digest = 31 * digest + f.toString().hashCode();
    System.out.printf("threads=%d files=%d findings=%d digest=%x wall=%.3f s%n", threads, report.files().size(),
        report.findings().size(), digest, (System.nanoTime() - start) / 1e9);
  }
}
