package dev.cognitolint.cli;

import dev.cognitolint.FileFixer;
import dev.cognitolint.fix.UnifiedDiff;
import dev.cognitolint.model.SafeText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What {@code --fix} and {@code --diff} print besides the report. */
public final class FixOutput {
  private FixOutput() {}

  /**
   * --diff: the unified diff of every file a fix would change, on standard output; the count on
   * standard error.
   */
  public static void diff(
      List<FileFixer.Outcome> outcomes, PrintWriter stdout, PrintWriter stderr) {
    int problems = 0;
    int files = 0;
    for (FileFixer.Outcome o : outcomes) {
      if (o.error() != null)
        stderr.println(
            "cognito-lint: " + SafeText.path(o.before().summary().path()) + ": " + o.error());
      if (o.original() == null || o.original().equals(o.fixed())) continue;
      boolean utf8 = o.encoding().charset().equals(StandardCharsets.UTF_8);
      // A UTF-8 byte-order mark is part of the first line as patch reads it.
      String mark = utf8 && o.encoding().byteOrderMark() ? "\uFEFF" : "";
      stdout.print(
          UnifiedDiff.of(o.before().summary().path(), mark + o.original(), mark + o.fixed()));
      if (!utf8)
        stderr.println(
            "cognito-lint: "
                + SafeText.path(o.before().summary().path())
                + ": the diff shows this "
                + o.encoding().charset().name()
                + " file's text in UTF-8, so patch cannot apply it to the file; --fix writes it in "
                + o.encoding().charset().name());
      problems += o.fixedCount();
      files++;
    }
    stdout.flush();
    stderr.println(
        "cognito-lint: --fix would fix "
            + problems
            + (problems == 1 ? " problem" : " problems")
            + " in "
            + files
            + (files == 1 ? " file" : " files"));
  }

  /**
   * --fix: per file, what was fixed or why it was not written, on standard error; whether any file
   * failed.
   */
  public static boolean fixed(List<FileFixer.Outcome> outcomes, PrintWriter stderr) {
    boolean failed = false;
    for (FileFixer.Outcome o : outcomes) {
      String path = SafeText.path(o.before().summary().path());
      if (o.error() != null) {
        stderr.println("cognito-lint: " + path + ": not fixed: " + o.error());
        failed = true;
      } else if (o.fixedCount() > 0) {
        stderr.println(
            "cognito-lint: "
                + path
                + ": fixed "
                + o.fixedCount()
                + (o.fixedCount() == 1 ? " problem (" : " problems (")
                + FileFixer.describe(o.counts())
                + ")");
      }
    }
    return failed;
  }
}
