package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs the plugin rules of one file, each on a daemon thread and within its time for the file, so
 * that a plugin that fails, hangs or loops is a CL008 finding and the run goes on. Built-in rules
 * never come here. A check that times out is interrupted and abandoned: Java cannot stop a thread
 * that ignores interrupts, but a daemon thread does not keep the JVM alive.
 */
public final class PluginChecks {
  public static final Duration DEFAULT_TIME_PER_FILE = Duration.ofSeconds(10);

  /** Made on first use, so that a run without plugins does not even load the executor's classes. */
  private static final class Threads {
    static final ExecutorService POOL =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "cognito-lint plugin");
              thread.setDaemon(true);
              return thread;
            });
  }

  private final Duration timePerFile;
  // By identity: equals and hashCode of a plugin's rule are plugin code, run on this thread.
  private final Map<PluginRule, Long> nanosUsed = new IdentityHashMap<>();
  private final Set<PluginRule> timedOut = Collections.newSetFromMap(new IdentityHashMap<>());

  /** For one file: each plugin rule has {@code timePerFile} for all the file's clients together. */
  public PluginChecks(Duration timePerFile) {
    this.timePerFile = timePerFile;
  }

  /**
   * Runs the rule on the client; its findings go to {@code sink} only if it finishes in time.
   * Returns why it failed, for a CL008 finding; empty when it finished, or when it already timed
   * out on this file (that finding said so once).
   */
  public Optional<String> run(PluginRule rule, AppClient client, Findings sink) {
    if (timedOut.contains(rule)) return Optional.empty();
    // A copy: a plugin must not be able to change what the rules after it see.
    AppClient copy =
        new AppClient(
            client.source(),
            client.kind(),
            client.name(),
            client.settings().deepCopy(),
            client.locations(),
            client.anchor(),
            client.names());
    Recorded recorded = new Recorded();
    String activity = rule.describe() + " while checking " + client.source().path();
    // The failure is described on the plugin's thread too: its exception's toString is plugin code.
    Future<String> check =
        Threads.POOL.submit(
            () -> {
              PluginActivity.begin(activity);
              try {
                rule.check(copy, recorded);
                return null;
              } catch (Throwable e) {
                return failure(rule, e);
              } finally {
                PluginActivity.end();
              }
            });
    long start = System.nanoTime();
    try {
      String failure =
          check.get(timePerFile.toNanos() - nanosUsed.getOrDefault(rule, 0L), TimeUnit.NANOSECONDS);
      if (failure == null) recorded.close().forEach(call -> call.accept(sink));
      return Optional.ofNullable(failure);
    } catch (TimeoutException e) {
      check.cancel(true);
      timedOut.add(rule);
      return Optional.of(
          rule.describe()
              + " did not finish within "
              + seconds(timePerFile)
              + ", the time a plugin rule has for one file (--plugin-timeout); it was interrupted and not run on the rest of this file");
    } catch (InterruptedException e) {
      check.cancel(true);
      Thread.currentThread().interrupt();
      return Optional.of(rule.describe() + " was not run to its end: cognito-lint was interrupted");
    } catch (ExecutionException e) {
      // failure() rethrew the JVM's own error, or describing the plugin's exception failed in turn
      rethrowIfJvmFailure(e.getCause());
      return Optional.of(
          rule.describe()
              + " failed on this client ("
              + e.getCause().getClass().getName()
              + "); "
              + "please report it to the plugin's authors with this file");
    } finally {
      recorded.close();
      nanosUsed.merge(rule, System.nanoTime() - start, Long::sum);
    }
  }

  /**
   * Every Throwable of a plugin is its failure, except the JVM's own internal errors
   * (InternalError, UnknownError), after which nothing can be trusted: those end the run without a
   * report, as they would in built-in code (the exit code is 1, never a pass). OutOfMemoryError is
   * the plugin's failure too: what the plugin allocated is garbage once its check has ended, so the
   * run can go on, and if memory really is exhausted the next allocation elsewhere ends the run.
   */
  private static String failure(PluginRule rule, Throwable e) {
    rethrowIfJvmFailure(e);
    String advice =
        e instanceof LinkageError
            ? "the plugin may be built for another version of cognito-lint"
            : "please report it to the plugin's authors with this file";
    return rule.describe() + " failed on this client (" + e + "); " + advice;
  }

  static void rethrowIfJvmFailure(Throwable e) {
    if (e instanceof VirtualMachineError vm
        && !(vm instanceof StackOverflowError)
        && !(vm instanceof OutOfMemoryError)) {
      throw vm;
    }
  }

  private static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
  }

  /**
   * A plugin's reports, kept until it has finished in time. Thread-safe, and closed when the check
   * ends: an abandoned check, or a thread the plugin started, can no longer add to a file's
   * findings.
   */
  private static final class Recorded implements Findings {
    private List<Consumer<Findings>> calls = new ArrayList<>();

    @Override
    public void at(String pointer, String message, List<Related> related) {
      List<Related> copy = List.copyOf(related);
      record(pointer, message, sink -> sink.at(pointer, message, copy));
    }

    @Override
    public void atKey(String pointer, String message) {
      record(pointer, message, sink -> sink.atKey(pointer, message));
    }

    @Override
    public void atClient(String message) {
      record("", message, sink -> sink.atClient(message));
    }

    // Nulls fail here, in the plugin's thread, so that the plugin is blamed and not the linter.
    private synchronized void record(String pointer, String message, Consumer<Findings> call) {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
      if (calls != null) calls.add(call);
    }

    /** What was reported; later reports are dropped. */
    synchronized List<Consumer<Findings>> close() {
      List<Consumer<Findings>> reported = calls == null ? List.of() : calls;
      calls = null;
      return reported;
    }
  }
}
