package dev.cognitolint;

import dev.cognitolint.config.Config;
import dev.cognitolint.config.ConfigException;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.files.Limits;
import dev.cognitolint.model.BuildInfo;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Severity;
import dev.cognitolint.report.Report;
import dev.cognitolint.report.ReportFormat;
import dev.cognitolint.report.ReportFormats;
import dev.cognitolint.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * cognito-lint as a library: lint files, folders or text with the built-in rules, read the
 * findings, and write them in any of the command line's report formats.
 *
 * <pre>{@code
 * CognitoLint linter = CognitoLint.builder().rule("CL607", "off").build();
 * CognitoLint.Result result = linter.lint(List.of(Path.of("infra")));
 * for (Finding f : result.reported()) System.out.println(f.path() + ":" + f.span().line() + " " + f.message());
 * result.write("sarif", writer);
 * }</pre>
 *
 * <p>A linter is immutable and can lint from several threads at once. It reads no {@code
 * .cognito-lint.yaml}: its settings are those given to the {@link Builder}. Paths in findings and
 * reports are relative to the working directory, as on the command line.
 */
public final class CognitoLint {

  /**
   * The names of the report formats, as {@code --format} takes them: text, sarif, json, github,
   * gitlab, junit.
   */
  public static List<String> formats() {
    return ReportFormats.names();
  }

  private final LintRun run;

  private CognitoLint(LintRun run) {
    this.run = run;
  }

  /** A linter with every rule at its default settings. */
  public static CognitoLint create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Lints files and folders as the command line does: a folder is searched for {@code *.json},
   * {@code *.yaml}, {@code *.yml}, {@code *.template} and {@code *.tf} files, a file named here is
   * linted whatever its extension. A path that does not exist is listed in {@link Result#errors()}.
   */
  public Result lint(List<Path> paths) {
    LintRun.Request request =
        LintRun.Request.of(
            paths.stream().map(p -> new FileCollector.Argument(p.toString(), p)).toList());
    try {
      return new Result(run.run(request));
    } catch (LintRun.SetupException | ConfigException e) {
      throw new IllegalStateException(
          "a request without a baseline or configuration file cannot fail: " + e.getMessage(), e);
    }
  }

  /**
   * Lints a document given as text. {@code displayPath} names it in findings and reports; a name
   * ending in {@code .tf} is read as Terraform, any other as YAML or JSON.
   */
  public Result lintText(String displayPath, String text) {
    Linter.FileResult result;
    try {
      result = run.lintText(displayPath, text);
    } catch (ConfigException e) {
      throw new IllegalStateException(
          "a configuration made in code cannot fail: " + e.getMessage(), e);
    }
    List<Finding> findings = new ArrayList<>(result.findings());
    findings.sort(Finding.ORDER);
    return new Result(
        new Report(
            List.copyOf(findings),
            run.rules(),
            List.of(result.summary().path()),
            List.of(),
            BuildInfo.version()));
  }

  /** The outcome of one lint. */
  public static final class Result {
    private final Report report;

    private Result(Report report) {
      this.report = report;
    }

    /**
     * Every finding, suppressed ones included ({@link Finding#isSuppressed()}), sorted by file,
     * line, column and rule.
     */
    public List<Finding> findings() {
      return report.findings();
    }

    /** The findings that are not suppressed. */
    public List<Finding> reported() {
      return report.reported();
    }

    /** The files linted, as named in findings. */
    public List<String> files() {
      return report.files();
    }

    /** Paths that could not be linted (missing, unreadable folders), as messages. */
    public List<String> errors() {
      return report.errors();
    }

    /**
     * Whether a finding that is not suppressed is at {@code severity} or above: what makes the
     * command line exit 1.
     */
    public boolean hasFindingsAtLeast(Severity severity) {
      return reported().stream().anyMatch(f -> f.severity().atLeast(severity));
    }

    /**
     * Writes the report in the format of that name ({@link #formats()}), as {@code --format} does
     * without other options (SARIF with the category {@code cognito-lint}).
     *
     * @throws IllegalArgumentException for a name that is not a format
     */
    public void write(String format, Writer out) throws IOException {
      write(format, ReportOptions.DEFAULT, out);
    }

    /**
     * Writes the report in the format of that name with these options ({@code --show-suppressed},
     * {@code --sarif-category}, ...).
     */
    public void write(String format, ReportOptions options, Writer out) throws IOException {
      ReportFormat chosen =
          ReportFormats.named(format)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no report format '"
                              + format
                              + "'; the formats are "
                              + ReportFormats.names()));
      PrintWriter print = new PrintWriter(out);
      chosen.write(report, options, print);
      print.flush();
      if (print.checkError()) throw new IOException("cannot write the " + format + " report");
    }
  }

  /** Settings of a linter; the defaults are those of the command line without a configuration. */
  public static final class Builder {
    private final Map<String, String> ruleSettings = new LinkedHashMap<>();
    private final Set<String> httpHosts = new LinkedHashSet<>();
    private int maxRefreshTokenDays = 30;
    private Limits limits = Limits.DEFAULT;

    private Builder() {}

    /**
     * Sets a rule, by id or name: {@code on}, {@code off}, or a severity ({@code error}, {@code
     * warning}, {@code note}), as under {@code rules:} in {@code .cognito-lint.yaml}.
     */
    public Builder rule(String rule, String setting) {
      ruleSettings.put(rule, setting);
      return this;
    }

    /**
     * Hosts allowed over {@code http://} besides localhost, 127.0.0.1 and [::1] (the {@code
     * httpHosts} option).
     */
    public Builder httpHosts(String... hosts) {
      httpHosts.addAll(List.of(hosts));
      return this;
    }

    /** Refresh token lifetimes above this many days get a note (CL504; default 30). */
    public Builder maxRefreshTokenDays(int days) {
      if (days < 1 || days > 3650)
        throw new IllegalArgumentException("maxRefreshTokenDays: " + days + " is not 1 to 3650");
      maxRefreshTokenDays = days;
      return this;
    }

    /**
     * Input limits: largest file in bytes, deepest nesting, most nodes YAML aliases may expand to.
     */
    public Builder limits(long maxFileBytes, int maxDepth, long maxAliasNodes) {
      if (maxFileBytes < 1 || maxDepth < 1 || maxAliasNodes < 0)
        throw new IllegalArgumentException("limits must be positive");
      limits = new Limits(maxFileBytes, maxDepth, maxAliasNodes);
      return this;
    }

    /**
     * @throws IllegalArgumentException for an unknown rule or setting
     */
    public CognitoLint build() {
      Config config =
          new Config(
              List.of(),
              Map.of(),
              Set.copyOf(httpHosts),
              null,
              null,
              Map.of(),
              null,
              FileCollector.Filter.NONE);
      try {
        return new CognitoLint(
            LintRun.setUp(
                LintRun.Configurations.fixed(config),
                new LintRun.Options(
                    limits,
                    maxRefreshTokenDays,
                    null,
                    null,
                    List.of(),
                    List.copyOf(ruleSettings.entrySet()),
                    null,
                    false)));
      } catch (ConfigException | LintRun.SetupException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }
}
