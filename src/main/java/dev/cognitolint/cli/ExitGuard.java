package dev.cognitolint.cli;

import dev.cognitolint.rules.PluginActivity;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a System.exit that does not come from {@link Main} (a plugin's) into exit code 2 with a
 * message, so that it can never end a run green without a report. Java 17 can install a
 * SecurityManager to forbid the exit, Java 24 and later cannot, so a shutdown hook does it on every
 * version: when the JVM shuts down with a thread inside Runtime.exit and Main has not decided the
 * exit code, the hook names what that thread was running and halts. Reports are written only after
 * every check has run, so such an exit comes before the report is complete (a check that timed out
 * and still runs may call it while the report is written). Runtime.halt from a plugin skips
 * shutdown hooks and cannot be caught this way. The status the plugin passed is known on Java 21
 * and later only (see {@link #recordExitStatus}).
 */
final class ExitGuard {
  private static Thread mainThread;
  private static volatile Integer mainExitCode;
  private static final Map<Thread, Integer> EXIT_STATUS = new ConcurrentHashMap<>();
  private static java.util.logging.Logger
      runtimeLogger; // held: java.util.logging keeps loggers weakly

  private ExitGuard() {}

  static void install() {
    mainThread = Thread.currentThread();
    PrintStream err = System.err;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> onShutdown(err), "cognito-lint exit guard"));
  }

  /**
   * From Java 21, Runtime.exit logs its status to the System.Logger "java.lang.Runtime" at DEBUG,
   * in the exiting thread, before the shutdown hooks run; with java.util.logging behind
   * System.Logger (the JDK's default), this keeps it for the message. Called only when plugins are
   * loaded: it starts java.util.logging, which a run without plugins does not pay for.
   */
  static synchronized void recordExitStatus() {
    if (runtimeLogger != null || ModuleLayer.boot().findModule("java.logging").isEmpty()) return;
    runtimeLogger = java.util.logging.Logger.getLogger("java.lang.Runtime");
    runtimeLogger.setUseParentHandlers(false);
    runtimeLogger.setLevel(Level.FINE);
    runtimeLogger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            Matcher status =
                Pattern.compile("Runtime\\.exit\\((-?[0-9]+)\\)")
                    .matcher(String.valueOf(record.getThrown()));
            if (status.find())
              EXIT_STATUS.put(Thread.currentThread(), Integer.valueOf(status.group(1)));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  /** Main's own exit, once the report is written. */
  static void exit(int code) {
    mainExitCode = code;
    System.exit(code);
  }

  private static void onShutdown(PrintStream err) {
    Integer code = mainExitCode;
    if (code != null) {
      // A check that timed out may still run and call exit at the same time: Main's code stands.
      if (!PluginActivity.all().isEmpty() && !threadsInExit().equals(List.of(mainThread)))
        Runtime.getRuntime().halt(code);
      return;
    }
    List<Thread> exiting = threadsInExit();
    if (exiting.isEmpty()) return; // a signal, or the end of main: not an exit call
    String who =
        exiting.stream()
            .map(PluginActivity::of)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseGet(
                () ->
                    PluginActivity.all().isEmpty()
                        ? "code other than cognito-lint's"
                        : "a thread of a plugin (running: "
                            + String.join("; ", PluginActivity.all())
                            + ")");
    String status =
        exiting.stream()
            .map(EXIT_STATUS::get)
            .filter(Objects::nonNull)
            .findFirst()
            .map(n -> "(" + n + ")")
            .orElse("");
    err.println(
        "cognito-lint: System.exit"
            + status
            + " was called by "
            + Pattern.compile("[\\p{Cntrl}\\p{Cs}]")
                .matcher(who)
                .replaceAll(m -> String.format("\\\\u%04x", (int) m.group().charAt(0)))
            + "; the run was stopped, and its report is missing or incomplete");
    err.flush();
    Runtime.getRuntime().halt(2);
  }

  private static List<Thread> threadsInExit() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> inRuntimeExit(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static boolean inRuntimeExit(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit"))
        return true;
    }
    return false;
  }
}
