package dev.cognitolint;

import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.dialects.ClientFinder;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.InputRule;
import dev.cognitolint.files.Limits;
import dev.cognitolint.files.SourceReader;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Scenarios;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Subject;
import dev.cognitolint.model.Suppression;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Fixer;
import dev.cognitolint.rules.PluginChecks;
import dev.cognitolint.rules.PluginRule;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.schema.SchemaCheck;
import dev.cognitolint.suppress.SuppressionComments;
import dev.cognitolint.suppress.Suppressor;
import dev.cognitolint.suppress.UnusedSuppressions;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.HclReader;
import dev.cognitolint.syntax.JestSnapshotReader;
import dev.cognitolint.syntax.Syntax;
import dev.cognitolint.syntax.YamlReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lints files: read, find the app clients, check their structure, run the rules. */
public final class Linter {

  /**
   * What one file held, for verbose output.
   *
   * @param notUnderstood why the file, though read, was none of the linter's (a Jest snapshot
   *     without template), for a file named on the command line; null otherwise
   */
  public record FileSummary(String path, String format, int clients, String notUnderstood) {
    FileSummary(String path, String format, int clients) {
      this(path, format, clients, null);
    }
  }

  /**
   * The outcome of linting one file.
   *
   * @param source the file's text (null when it could not be read)
   * @param ignoredSuppressions the suppressions written in the file that {@code
   *     --no-inline-suppressions} ignored, as {@code path:line:col: ...} lines
   */
  public record FileResult(
      FileSummary summary,
      List<Finding> findings,
      SourceFile source,
      List<String> ignoredSuppressions) {
    public FileResult(FileSummary summary, List<Finding> findings, SourceFile source) {
      this(summary, findings, source, List.of());
    }

    public FileResult(FileSummary summary, List<Finding> findings) {
      this(summary, findings, null, List.of());
    }
  }

  /** An enabled rule and its metadata, read once: Rule.meta() reads annotations. */
  private record EnabledRule(Rule rule, RuleMeta meta) {}

  private final Limits limits;
  private final List<EnabledRule> rules;
  private final RuleSettings settings;
  private final Suppressor suppressor;
  private final SchemaCheck schemaCheck;
  private final Duration pluginTimePerFile;

  /** A linter with every rule on at its default severity. */
  public Linter(Limits limits, List<Rule> rules) {
    this(limits, rules, new RuleSettings(BuiltinRules.all(rules)));
  }

  public Linter(Limits limits, List<Rule> rules, RuleSettings settings) {
    this(limits, rules, settings, PluginChecks.DEFAULT_TIME_PER_FILE, Map.of());
  }

  /**
   * @param pluginTimePerFile how long each plugin rule may take on one file (see {@link
   *     PluginChecks})
   * @param knownValues enum values newer than the AWS model that CL103 accepts, by member
   */
  public Linter(
      Limits limits,
      List<Rule> rules,
      RuleSettings settings,
      Duration pluginTimePerFile,
      Map<String, Set<String>> knownValues) {
    this.limits = limits;
    this.pluginTimePerFile = pluginTimePerFile;
    this.schemaCheck = new SchemaCheck(knownValues);
    this.settings = settings;
    this.rules =
        rules.stream()
            .map(r -> new EnabledRule(r, r.meta()))
            .filter(r -> settings.enabled(r.meta().id()))
            .toList();
    this.suppressor = new Suppressor(settings);
  }

  public FileResult lintFile(Path path, String displayPath) {
    try {
      return lint(new SourceReader(limits).read(path, displayPath));
    } catch (InputException e) {
      return unreadable(displayPath, e);
    }
  }

  /**
   * @param displayPath "-", or the --stdin-filename, which then decides the syntax as a file's name
   *     does
   */
  public FileResult lintStream(InputStream in, String displayPath) {
    return lintStream(in, displayPath, null);
  }

  /**
   * Lints text read from {@code in} as the file at {@code file} (an editor's buffer), or as no file
   * when it is null.
   */
  public FileResult lintStream(InputStream in, String displayPath, Path file) {
    try {
      return lint(new SourceReader(limits).read(in, displayPath).at(file));
    } catch (InputException e) {
      return unreadable(displayPath, e);
    }
  }

  /** The app clients of a file, for --current; its problems are the caller's to report. */
  public List<AppClient> clients(Path path, String displayPath) throws InputException {
    List<AppClient> clients = new ArrayList<>();
    for (Document doc : documents(new SourceReader(limits).read(path, displayPath))) {
      clients.addAll(ClientFinder.find(doc).clients());
    }
    return clients;
  }

  /**
   * Lints text already read; a failure of the linter itself is a CL008 finding, never an exception.
   */
  public FileResult lint(SourceFile source) {
    try {
      return lintOrFail(source);
    } catch (RuntimeException | StackOverflowError e) {
      RuleMeta failure = InputRule.RULE_FAILURE.meta();
      Finding finding =
          new Finding(
              failure,
              failure.severity(),
              "cognito-lint failed on this file (" + e + "); please report it with this file",
              source.path(),
              Span.START,
              "");
      return new FileResult(
          new FileSummary(source.path(), null, 0), configured(List.of(finding)), source);
    }
  }

  private FileResult lintOrFail(SourceFile source) {
    FindingCaps.FileFindings findings =
        new FindingCaps.FileFindings(source.path(), settings::enabled);
    List<Document> documents;
    try {
      documents = documents(source);
    } catch (InputException e) {
      FileResult unreadable = unreadable(source.path(), e);
      return new FileResult(unreadable.summary(), unreadable.findings(), source);
    }
    List<String> formats = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    int clientCount = 0;
    PluginChecks pluginChecks = new PluginChecks(pluginTimePerFile);
    for (Document doc : documents) {
      doc.problems().forEach(p -> findings.add(inputFinding(source.path(), p)));
      suppressions.addAll(SuppressionComments.find(doc));
      ClientFinder.Found found = ClientFinder.find(doc);
      found.problems().forEach(p -> findings.add(inputFinding(source.path(), p)));
      suppressions.addAll(found.suppressions());
      if (settings.inlineSuppressions()) findings.resourceSuppressions(found.suppressions());
      if (found.format() != null) formats.add(found.format());
      for (AppClient client : found.clients()) {
        clientCount++;
        check(client, findings, pluginChecks);
      }
    }
    List<String> ignored = List.of();
    if (!settings.inlineSuppressions()) {
      ignored = suppressions.stream().map(s -> ignored(source.path(), s)).toList();
      suppressions.clear();
    }
    // Configured twice: before, so that disabled rules use no suppression; after, for CL006 and
    // CL007 themselves.
    List<Finding> suppressed =
        new ArrayList<>(
            suppressor.apply(
                source.path(), atSource(source.path(), configured(findings)), suppressions));
    suppressed.addAll(
        findings
            .overflow()); // after the suppressions: the file's comments cannot hide what it did not
    // report
    List<Finding> result =
        new ArrayList<>(UnusedSuppressions.withFixes(source, configured(suppressed)));
    result.sort(Finding.ORDER);
    String format =
        formats.isEmpty() ? null : String.join(", ", formats.stream().distinct().toList());
    String notUnderstood =
        format == null && Syntax.of(source.path(), source.text()) == Syntax.JEST_SNAPSHOT
            ? "no entry of this Jest snapshot holds a CloudFormation template"
            : null;
    return new FileResult(
        new FileSummary(source.path(), format, clientCount, notUnderstood),
        result,
        source,
        ignored);
  }

  private List<Document> documents(SourceFile source) throws InputException {
    return switch (Syntax.of(source.path(), source.text())) {
      case HCL -> List.of(new HclReader(limits).read(source));
      case JEST_SNAPSHOT -> new JestSnapshotReader(limits).read(source);
      case YAML -> new YamlReader(limits).read(source);
    };
  }

  /**
   * The findings, those a plan's clients have in the configuration they are declared in (see
   * dialects/PlanSources) saying so and without a fix: neither the generated plan nor the source,
   * which may write the value otherwise (a variable), takes one.
   */
  private static List<Finding> atSource(String path, List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      out.add(
          f.path().equals(path)
              ? f
              : new Finding(
                  f.rule(),
                  f.severity(),
                  f.message() + " (as planned in " + path + ")",
                  f.path(),
                  f.span(),
                  f.location(),
                  f.suppression(),
                  f.subject(),
                  null));
    }
    return out;
  }

  private static String ignored(String path, Suppression s) {
    return path
        + ":"
        + s.span().line()
        + ":"
        + s.span().column()
        + ": suppression of "
        + String.join(", ", s.rules())
        + (s.resource() == null ? "" : " in the Metadata of " + s.resource())
        + " ignored (--no-inline-suppressions)";
  }

  /**
   * Checks each scenario of the client (see {@link Scenarios}) with the built-in rules; a client
   * without choices is its only scenario. Plugin rules check the client as written, once, its
   * choices unknown values to them.
   */
  private void check(AppClient client, List<Finding> findings, PluginChecks pluginChecks) {
    List<Scenarios.Scenario> scenarios = Scenarios.of(client);
    if (scenarios.size() == 1) {
      checkBuiltIn(scenarios.get(0).client(), findings);
    } else {
      List<List<Finding>> each = new ArrayList<>();
      for (Scenarios.Scenario scenario : scenarios) {
        List<Finding> found = new ArrayList<>();
        checkBuiltIn(scenario.client(), found);
        each.add(found);
      }
      ScenarioFindings.merge(scenarios, each).forEach(findings::add);
    }
    for (EnabledRule enabled : rules) {
      if (enabled.rule() instanceof PluginRule plugin) {
        checkPlugin(plugin, client, findings, pluginChecks);
      }
    }
  }

  private void checkBuiltIn(AppClient client, List<Finding> findings) {
    guarded(
        "the structure check (CL1xx)",
        client,
        findings,
        () -> {
          for (SchemaCheck.Violation v : schemaCheck.check(client)) {
            ClientFindings sink =
                new ClientFindings(client, v.rule().meta(), findings, (c, p) -> v.fix());
            if (v.atKey()) sink.atKey(v.pointer(), v.message());
            else sink.at(v.pointer(), v.message());
          }
        });
    for (EnabledRule enabled : rules) {
      if (enabled.rule() instanceof PluginRule) continue;
      guarded(
          "rule " + enabled.meta().id() + " " + enabled.meta().name(),
          client,
          findings,
          () ->
              enabled
                  .rule()
                  .check(
                      client,
                      new ClientFindings(
                          client,
                          enabled.meta(),
                          findings,
                          enabled.rule() instanceof Fixer fixer ? fixer : null)));
    }
  }

  /**
   * Runs one check of a client; if it fails, that is a CL008 finding and the other checks still
   * run.
   */
  private static void guarded(
      String what, AppClient client, List<Finding> findings, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException | StackOverflowError e) {
      new ClientFindings(client, InputRule.RULE_FAILURE.meta(), findings)
          .atClient(what + " failed on this client (" + e + "); please report it with this file");
    }
  }

  /**
   * Plugin rules run bounded in time, and any failure of theirs is a CL008 finding naming the
   * plugin.
   */
  private static void checkPlugin(
      PluginRule plugin, AppClient client, List<Finding> findings, PluginChecks pluginChecks) {
    pluginChecks
        .run(plugin, client, new ClientFindings(client, plugin.meta(), findings))
        .ifPresent(
            failure ->
                new ClientFindings(client, InputRule.RULE_FAILURE.meta(), findings)
                    .atClient(failure));
  }

  private static Finding inputFinding(String path, Document.Problem p) {
    return new Finding(
        p.rule().meta(), p.rule().meta().severity(), p.message(), path, p.span(), p.pointer());
  }

  private FileResult unreadable(String path, InputException e) {
    Finding finding =
        new Finding(
            e.rule().meta(), e.rule().meta().severity(), e.getMessage(), path, e.span(), "");
    return new FileResult(new FileSummary(path, null, 0), configured(List.of(finding)), null);
  }

  /** A run's findings in report order, within the run's cap (see {@link FindingCaps}). */
  public static List<Finding> withinRunCap(List<Finding> findings) {
    return FindingCaps.perRun(findings);
  }

  /** The findings of enabled rules, at their configured severities. */
  private List<Finding> configured(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!settings.enabled(f.rule().id())) continue;
      out.add(settings.severity(f.rule().id()).map(f::withSeverity).orElse(f));
    }
    return out;
  }

  /** Turns a rule's reports on one client into findings with file positions, and their fixes. */
  private record ClientFindings(AppClient client, RuleMeta rule, List<Finding> out, Fixer fixer)
      implements Findings {
    ClientFindings(AppClient client, RuleMeta rule, List<Finding> out) {
      this(client, rule, out, null);
    }

    @Override
    public void at(String pointer, String message, List<Related> related) {
      add(
          client.locations().value(pointer),
          pointer,
          message,
          related.stream()
              .map(r -> new Finding.Related(client.locations().value(r.pointer()), r.message()))
              .toList());
    }

    @Override
    public void atKey(String pointer, String message) {
      add(client.locations().key(pointer), pointer, message, List.of());
    }

    @Override
    public void atClient(String message) {
      add(client.anchor(), "", message, List.of());
    }

    private void add(Span span, String pointer, String message, List<Finding.Related> related) {
      Fix fix = fixer == null ? null : fixer.fix(client, pointer);
      if (fix != null && client.generated() != null) {
        message += " (" + client.generated().fixBelongs() + ")";
        fix = null;
      }
      out.add(
          new Finding(
              rule,
              rule.severity(),
              message,
              client.source().path(),
              span,
              client.name() + pointer,
              null,
              Subject.of(client, pointer),
              fix,
              related));
    }
  }
}
