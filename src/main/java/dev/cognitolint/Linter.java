package dev.cognitolint;

import dev.cognitolint.input.ClientFinder;
import dev.cognitolint.input.Document;
import dev.cognitolint.input.InputException;
import dev.cognitolint.input.Limits;
import dev.cognitolint.input.SourceReader;
import dev.cognitolint.input.YamlReader;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.schema.SchemaCheck;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lints files: read, find the app clients, check their structure, run the rules. */
public final class Linter {

  /** What one file held, for verbose output. */
  public record FileSummary(String path, String format, int clients) {}

  /** The outcome of linting one file. */
  public record FileResult(FileSummary summary, List<Finding> findings) {}

  private final Limits limits;
  private final List<Rule> rules;
  private final SchemaCheck schemaCheck = new SchemaCheck();

  public Linter(Limits limits, List<Rule> rules) {
    this.limits = limits;
    this.rules = List.copyOf(rules);
  }

  public FileResult lintFile(Path path, String displayPath) {
    try {
      return lint(new SourceReader(limits).read(path, displayPath));
    } catch (InputException e) {
      return unreadable(displayPath, e);
    }
  }

  public FileResult lintStream(InputStream in, String displayPath) {
    try {
      return lint(new SourceReader(limits).read(in, displayPath));
    } catch (InputException e) {
      return unreadable(displayPath, e);
    }
  }

  /** The app clients of a file, for --current; its problems are the caller's to report. */
  public List<AppClient> clients(Path path, String displayPath) throws InputException {
    List<AppClient> clients = new ArrayList<>();
    for (Document doc : new YamlReader(limits).read(new SourceReader(limits).read(path, displayPath))) {
      clients.addAll(ClientFinder.find(doc).clients());
    }
    return clients;
  }

  /** Lints text already read. */
  public FileResult lint(SourceFile source) {
    List<Finding> findings = new ArrayList<>();
    List<Document> documents;
    try {
      documents = new YamlReader(limits).read(source);
    } catch (InputException e) {
      return unreadable(source.path(), e);
    }
    List<String> formats = new ArrayList<>();
    int clientCount = 0;
    for (Document doc : documents) {
      doc.problems().forEach(p -> findings.add(inputFinding(source.path(), p)));
      ClientFinder.Found found = ClientFinder.find(doc);
      found.problems().forEach(p -> findings.add(inputFinding(source.path(), p)));
      if (found.format() != null) formats.add(found.format());
      for (AppClient client : found.clients()) {
        clientCount++;
        check(client, findings);
      }
    }
    findings.sort(Finding.ORDER);
    String format = formats.isEmpty() ? null : String.join(", ", formats.stream().distinct().toList());
    return new FileResult(new FileSummary(source.path(), format, clientCount), findings);
  }

  private void check(AppClient client, List<Finding> findings) {
    for (SchemaCheck.Violation v : schemaCheck.check(client)) {
      ClientFindings sink = new ClientFindings(client, v.rule().meta(), findings);
      if (v.atKey()) sink.atKey(v.pointer(), v.message());
      else sink.at(v.pointer(), v.message());
    }
    for (Rule rule : rules) {
      rule.check(client, new ClientFindings(client, rule.meta(), findings));
    }
  }

  private static Finding inputFinding(String path, Document.Problem p) {
    return new Finding(p.rule().meta(), p.rule().meta().severity(), p.message(), path, p.span(), p.pointer());
  }

  private static FileResult unreadable(String path, InputException e) {
    Finding finding = new Finding(e.rule().meta(), e.rule().meta().severity(), e.getMessage(), path, e.span(), "");
    return new FileResult(new FileSummary(path, null, 0), List.of(finding));
  }

  /** Turns a rule's reports on one client into findings with file positions. */
  private record ClientFindings(AppClient client, RuleMeta rule, List<Finding> out) implements Findings {
    @Override
    public void at(String pointer, String message) {
      add(client.locations().value(pointer), pointer, message);
    }

    @Override
    public void atKey(String pointer, String message) {
      add(client.locations().key(pointer), pointer, message);
    }

    @Override
    public void atClient(String message) {
      add(client.anchor(), "", message);
    }

    private void add(Span span, String pointer, String message) {
      out.add(new Finding(rule, rule.severity(), message, client.source().path(), span, client.name() + pointer));
    }
  }
}
