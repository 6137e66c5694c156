package dev.cognitolint.maven;

import dev.cognitolint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's app client configurations as {@code cognito-lint} does on the command line,
 * prints the findings in the build log, writes the reports asked for, and fails the build on a
 * finding at or above the fail level.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  /** Files and folders to lint (default: the project's folder). */
  @Parameter
  List<File> paths = new ArrayList<>();

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** {@code error}, {@code warning}, {@code note} or {@code none} (default: the configuration's failLevel, else error). */
  @Parameter(property = "cognito-lint.failLevel")
  String failLevel;

  /** A configuration file for every file (default: each file's {@code .cognito-lint.yaml} files). */
  @Parameter(property = "cognito-lint.configFile")
  File configFile;

  /** Reports to write besides the findings in the build log. */
  @Parameter
  List<Report> reports = new ArrayList<>();

  /** Report only findings that are not in this baseline. */
  @Parameter(property = "cognito-lint.baseline")
  File baseline;

  /** Ignore suppression comments and Metadata in the linted files. */
  @Parameter(property = "cognito-lint.noInlineSuppressions", defaultValue = "false")
  boolean noInlineSuppressions;

  @Parameter(property = "cognito-lint.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("cognito-lint: skipped");
      return;
    }
    List<String> common = new ArrayList<>();
    if (configFile != null) add(common, "--config", configFile.getPath());
    if (baseline != null) add(common, "--baseline", baseline.getPath());
    if (noInlineSuppressions) common.add("--no-inline-suppressions");
    List<String> targets = new ArrayList<>(List.of("--"));
    (paths.isEmpty() ? List.of(basedir) : paths).forEach(p -> targets.add(p.getPath()));

    // One run: the findings for the log on standard output, every report written with --report.
    List<String> args = new ArrayList<>(common);
    if (failLevel != null) add(args, "--fail-level", failLevel);
    for (Report report : reports) {
      if (report.format == null || report.output == null) {
        throw new MojoExecutionException("cognito-lint: each report needs a format and an output");
      }
      File folder = report.output.getAbsoluteFile().getParentFile();
      if (!folder.isDirectory() && !folder.mkdirs()) throw new MojoExecutionException("cognito-lint: cannot make " + folder);
      add(args, "--report", report.format + "=" + report.output.getPath());
    }
    Run text = run(args, targets);
    text.out().lines().forEach(this::log);
    if (text.code() == 2) throw new MojoExecutionException(text.err().strip());
    text.err().lines().forEach(getLog()::warn);
    reports.forEach(report -> getLog().info("cognito-lint: wrote " + report.output));
    if (text.code() == 1) {
      throw new MojoFailureException("cognito-lint found problems at or above the fail level (see above)");
    }
  }

  private record Run(int code, String out, String err) {}

  private static void add(List<String> args, String option, String value) {
    args.add(option);
    args.add(value);
  }

  private static Run run(List<String> options, List<String> targets) {
    List<String> args = new ArrayList<>(options);
    args.addAll(targets);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A text report line at the log level of its severity. */
  private void log(String line) {
    if (line.contains(": error: ")) getLog().error(line);
    else if (line.contains(": warning: ")) getLog().warn(line);
    else getLog().info(line);
  }
}
