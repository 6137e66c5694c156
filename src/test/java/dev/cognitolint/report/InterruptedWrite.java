package dev.cognitolint.report;

import java.nio.file.Path;

/**
 * A run stopped while it writes a report, for OutputSafetyTest in a child JVM: makes the temporary
 * file as {@link AtomicFiles#write} does, prints its name and waits to be terminated.
 */
public final class InterruptedWrite {
  private InterruptedWrite() {}

  public static void main(String[] args) throws Exception {
    System.out.println(AtomicFiles.temporaryFile(Path.of(args[0]).toAbsolutePath()));
    System.out.flush();
    Thread.sleep(60_000);
  }
}
