package dev.cognitolint.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What plugin code each thread is running ("plugin rule EX001 ... while checking FILE"), so that a
 * plugin's System.exit can be reported by name (see cli.ExitGuard). A check that timed out stays
 * listed: its thread may still be running.
 */
public final class PluginActivity {
  private static final Map<Thread, String> RUNNING = new ConcurrentHashMap<>();

  private PluginActivity() {}

  static void begin(String what) {
    RUNNING.put(Thread.currentThread(), what);
  }

  static void end() {
    RUNNING.remove(Thread.currentThread());
  }

  public static Optional<String> of(Thread thread) {
    return Optional.ofNullable(RUNNING.get(thread));
  }

  /** Everything plugins are running now, sorted. */
  public static List<String> all() {
    return RUNNING.values().stream().sorted().toList();
  }
}
