package dev.cognitolint.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.cognitolint.files.FileCollector;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.report.RuleDocs;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: lints open documents as they change and publishes what it finds, with quick
 * fixes, suppressions and the rule docs on hover.
 *
 * <p>Notifications arrive one at a time on lsp4j's reader thread; lints run on a pool of two
 * threads, each document's lint waiting {@link #DEBOUNCE} after its last change. A lint's result is
 * published only while its version is still the document's newest, under the document's lock, so
 * that neither an older version nor a closed document ever gets diagnostics.
 */
public final class CognitoLintServer
    implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {
  static final Duration DEBOUNCE = Duration.ofMillis(150);
  static final Duration DEFAULT_LINT_TIME = Duration.ofSeconds(30);
  private static final Set<String> LANGUAGES =
      Set.of("yaml", "json", "terraform", "hcl", "opentofu");
  private static final Pattern CONFIG_PROBLEM = Pattern.compile("(?s).*?:([0-9]+):([0-9]+): (.*)");

  private final DocumentLinter linter;
  private final Runnable reloadConfig;
  private final Duration lintTime;
  private final Duration debounce;
  private final IntConsumer exit;
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();

  /** Configuration files that have diagnostics of their own, by URI. */
  private final Set<String> brokenConfigs = ConcurrentHashMap.newKeySet();

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(daemon("cognito-lint debounce"));
  private final ExecutorService lints =
      Executors.newFixedThreadPool(2, daemon("cognito-lint lint"));
  private LanguageClient client;
  private LineIndex.Encoding encoding = LineIndex.Encoding.UTF16;
  private CodeActions codeActions = new CodeActions(new CodeActions.Client(false, false));
  private boolean watchesFiles;
  private boolean relatedInformation;
  private boolean pullsSettings;
  private volatile EditorSettings settings = EditorSettings.DEFAULT;
  private volatile boolean shutdown;

  /**
   * @param exit called with the process's exit code on {@code exit} (0 after {@code shutdown}, else
   *     1) and when the editor's process ends (1)
   */
  public CognitoLintServer(List<java.nio.file.Path> plugins, IntConsumer exit) {
    this(new ConfiguredLinter(plugins), DEFAULT_LINT_TIME, DEBOUNCE, exit);
  }

  CognitoLintServer(DocumentLinter linter, Duration lintTime, Duration debounce, IntConsumer exit) {
    this.linter = linter;
    this.reloadConfig =
        linter instanceof ConfiguredLinter configured ? configured::reload : () -> {};
    this.lintTime = lintTime;
    this.debounce = debounce;
    this.exit = exit;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ClientCapabilities caps =
        params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
    encoding =
        LineIndex.Encoding.negotiate(
            caps.getGeneral() == null ? null : caps.getGeneral().getPositionEncodings());
    boolean versioned =
        caps.getWorkspace() != null
            && caps.getWorkspace().getWorkspaceEdit() != null
            && Boolean.TRUE.equals(caps.getWorkspace().getWorkspaceEdit().getDocumentChanges());
    boolean showDocument =
        caps.getWindow() != null
            && caps.getWindow().getShowDocument() != null
            && caps.getWindow().getShowDocument().isSupport();
    codeActions = new CodeActions(new CodeActions.Client(versioned, showDocument));
    watchesFiles =
        caps.getWorkspace() != null
            && caps.getWorkspace().getDidChangeWatchedFiles() != null
            && Boolean.TRUE.equals(
                caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    pullsSettings =
        caps.getWorkspace() != null && Boolean.TRUE.equals(caps.getWorkspace().getConfiguration());
    relatedInformation =
        caps.getTextDocument() != null
            && caps.getTextDocument().getPublishDiagnostics() != null
            && Boolean.TRUE.equals(
                caps.getTextDocument().getPublishDiagnostics().getRelatedInformation());
    if (params.getProcessId() != null) {
      ProcessHandle.of(params.getProcessId())
          .ifPresent(editor -> editor.onExit().thenRun(() -> exit.accept(1)));
    }

    ServerCapabilities server = new ServerCapabilities();
    server.setPositionEncoding(encoding.kind);
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    server.setTextDocumentSync(sync);
    server.setHoverProvider(true);
    server.setCodeActionProvider(
        new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
    server.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.SELECT_REASON)));
    return CompletableFuture.completedFuture(
        new InitializeResult(
            server, new ServerInfo("cognito-lint", dev.cognitolint.model.BuildInfo.version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    if (pullsSettings) pullSettings();
    if (!watchesFiles)
      return; // then a configuration's modification time is checked before each lint
    var watchers = List.of(new FileSystemWatcher(Either.forLeft("**/.cognito-lint.{yaml,yml}")));
    client.registerCapability(
        new RegistrationParams(
            List.of(
                new Registration(
                    "cognito-lint-config",
                    "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers)))));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    // Without interrupts: a lint thread interrupted while it writes a notification closes the
    // output channel, and the reply to shutdown could never be sent. Lints still running finish
    // (each is bounded in time) and publish nothing.
    timer.shutdown();
    lints.shutdown();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exit.accept(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return this;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return this;
  }

  // --- documents

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    Path file = file(item.getUri());
    String name = file != null ? file.toString() : "-";
    if (!LANGUAGES.contains(item.getLanguageId())
        && FileCollector.EXTENSIONS.stream().noneMatch(name::endsWith)) return;
    OpenDocument doc =
        new OpenDocument(item.getUri(), file, name, item.getVersion(), item.getText());
    documents.put(item.getUri(), doc);
    schedule(doc, Duration.ZERO);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    OpenDocument doc = documents.get(params.getTextDocument().getUri());
    if (doc == null) return;
    synchronized (doc) {
      String text = doc.text;
      for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
        if (change.getRange() == null) {
          text = change.getText();
        } else {
          LineIndex index = new LineIndex(text, encoding);
          int start = index.offset(change.getRange().getStart());
          int end = Math.max(start, index.offset(change.getRange().getEnd()));
          text = text.substring(0, start) + change.getText() + text.substring(end);
        }
      }
      doc.text = text;
      doc.version = params.getTextDocument().getVersion();
    }
    schedule(doc, debounce);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    OpenDocument doc = documents.get(params.getTextDocument().getUri());
    if (doc != null) schedule(doc, Duration.ZERO);
    Path file = file(params.getTextDocument().getUri());
    if (file != null && isConfig(file)) relintAll();
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    OpenDocument doc = documents.remove(params.getTextDocument().getUri());
    if (doc == null) return;
    synchronized (doc) {
      if (doc.pending != null) doc.pending.cancel(false);
      if (doc.published)
        client.publishDiagnostics(new PublishDiagnosticsParams(doc.uri, List.of()));
    }
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    if (params.getChanges().stream()
        .map(c -> file(c.getUri()))
        .anyMatch(f -> f != null && isConfig(f))) relintAll();
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    if (pullsSettings) {
      pullSettings();
    } else {
      Object section =
          params.getSettings() instanceof JsonObject all ? all.get(EditorSettings.SECTION) : null;
      useSettings(section);
    }
  }

  /** Asks for the editor's settings; what it answers applies to the next lints. */
  private void pullSettings() {
    ConfigurationItem item = new ConfigurationItem();
    item.setSection(EditorSettings.SECTION);
    client
        .configuration(new ConfigurationParams(List.of(item)))
        .whenComplete(
            (values, failure) -> {
              if (failure != null) {
                log(MessageType.Warning, "workspace/configuration failed: " + failure);
              } else if (!values.isEmpty()) {
                useSettings(values.get(0));
              }
            });
  }

  private void useSettings(Object section) {
    EditorSettings newSettings =
        EditorSettings.of(section, problem -> log(MessageType.Warning, problem));
    if (newSettings.equals(settings)) return;
    settings = newSettings;
    lintAll();
  }

  private static boolean isConfig(Path file) {
    return dev.cognitolint.config.ConfigResolver.FILE_NAMES.contains(
        String.valueOf(file.getFileName()));
  }

  private void relintAll() {
    reloadConfig.run();
    lintAll();
  }

  private void lintAll() {
    documents.values().forEach(doc -> schedule(doc, Duration.ZERO));
  }

  // --- linting

  private void schedule(OpenDocument doc, Duration delay) {
    if (shutdown) return;
    synchronized (doc) {
      if (doc.pending != null) doc.pending.cancel(false);
      int version = doc.version;
      String text = doc.text;
      doc.pending =
          timer.schedule(() -> lint(doc, version, text), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void lint(OpenDocument doc, int version, String text) {
    if (shutdown) return;
    CompletableFuture.supplyAsync(() -> linter.lint(doc.file, doc.displayPath, text), lints)
        .orTimeout(lintTime.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (outcome, failure) -> {
              LineIndex index = new LineIndex(text, encoding);
              if (failure == null) {
                publish(
                    doc,
                    version,
                    index,
                    // A plan's findings located in its .tf files are not this document's.
                    settings.shown(
                        outcome.result().findings().stream()
                            .filter(f -> !f.isSuppressed())
                            .filter(f -> f.path().equals(outcome.result().summary().path()))
                            .toList()),
                    List.of());
                configDiagnostics(outcome);
                return;
              }
              Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
              String message =
                  cause instanceof TimeoutException
                      ? "cognito-lint stopped linting this document after "
                          + lintTime.toSeconds()
                          + " s; please report it with this document"
                      : "cognito-lint failed on this document ("
                          + cause
                          + "); please report it with this document";
              log(MessageType.Error, doc.uri + ": " + message);
              publish(
                  doc,
                  version,
                  index,
                  List.of(),
                  List.of(Diagnostics.problem("CL008", new Position(0, 0), message)));
            });
  }

  private void publish(
      OpenDocument doc,
      int version,
      LineIndex index,
      List<Finding> findings,
      List<Diagnostic> extra) {
    List<Diagnostic> diagnostics =
        new ArrayList<>(Diagnostics.of(findings, index, doc.uri, relatedInformation));
    diagnostics.addAll(extra);
    synchronized (doc) {
      if (shutdown || documents.get(doc.uri) != doc || doc.version != version) return;
      doc.linted =
          new OpenDocument.Linted(
              version, index, findings, diagnostics.subList(0, findings.size()));
      if (diagnostics.isEmpty() && !doc.published) return;
      client.publishDiagnostics(new PublishDiagnosticsParams(doc.uri, diagnostics, version));
      doc.published = !diagnostics.isEmpty();
    }
  }

  /**
   * A configuration that cannot be used gets a diagnostic of its own; once it can, that is cleared.
   */
  private void configDiagnostics(DocumentLinter.Outcome outcome) {
    if (outcome.configFile() == null) return;
    String uri = outcome.configFile().toUri().toString();
    if (outcome.configProblem() == null) {
      if (brokenConfigs.remove(uri))
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
      return;
    }
    brokenConfigs.add(uri);
    Matcher m = CONFIG_PROBLEM.matcher(outcome.configProblem());
    Position at =
        m.matches()
            ? new Position(Integer.parseInt(m.group(1)) - 1, Integer.parseInt(m.group(2)) - 1)
            : new Position(0, 0);
    String message = m.matches() ? m.group(3) : outcome.configProblem();
    client.publishDiagnostics(
        new PublishDiagnosticsParams(
            uri,
            List.of(
                Diagnostics.problem(
                    "config", at, message + " (the defaults apply until it is fixed)"))));
    log(MessageType.Warning, outcome.configProblem());
  }

  /** The newest lint of a document, if it is of the document's newest text. */
  private Optional<OpenDocument.Linted> current(String uri) {
    OpenDocument doc = documents.get(uri);
    if (doc == null) return Optional.empty();
    synchronized (doc) {
      return doc.linted != null && doc.linted.version() == doc.version
          ? Optional.of(doc.linted)
          : Optional.empty();
    }
  }

  // --- requests

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return CompletableFutures.computeAsync(
        cancel ->
            current(params.getTextDocument().getUri())
                .map(
                    linted -> {
                      Set<RuleMeta> rules = new LinkedHashSet<>();
                      for (int i = 0; i < linted.findings().size(); i++) {
                        cancel.checkCanceled();
                        Range range = linted.diagnostics().get(i).getRange();
                        if (contains(range, params.getPosition()))
                          rules.add(linted.findings().get(i).rule());
                      }
                      List<String> docs =
                          rules.stream()
                              .map(
                                  r ->
                                      RuleDocs.markdown(r)
                                          .orElse(
                                              "**"
                                                  + r.id()
                                                  + " "
                                                  + r.name()
                                                  + "**\n\n"
                                                  + r.summary()))
                              .toList();
                      return docs.isEmpty()
                          ? null
                          : new Hover(
                              new MarkupContent(
                                  MarkupKind.MARKDOWN, String.join("\n\n---\n\n", docs)));
                    })
                .orElse(null));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return CompletableFutures.computeAsync(
        cancel -> {
          String uri = params.getTextDocument().getUri();
          OpenDocument doc = documents.get(uri);
          Optional<OpenDocument.Linted> linted = current(uri);
          if (doc == null || linted.isEmpty()) return List.of();
          List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
          boolean quickFixes =
              only == null || only.stream().anyMatch(k -> CodeActionKind.QuickFix.startsWith(k));
          boolean fixAll =
              only != null && only.stream().anyMatch(k -> CodeActions.FIX_ALL.startsWith(k));
          cancel.checkCanceled();
          return codeActions
              .of(linted.get(), uri, doc.displayPath, params.getRange(), quickFixes, fixAll)
              .stream()
              .map(Either::<Command, CodeAction>forRight)
              .toList();
        });
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    if (CodeActions.SELECT_REASON.equals(params.getCommand())
        && params.getArguments().size() == 2) {
      Gson gson = new Gson();
      ShowDocumentParams show =
          new ShowDocumentParams(
              gson.fromJson((JsonElement) params.getArguments().get(0), String.class));
      show.setSelection(gson.fromJson((JsonElement) params.getArguments().get(1), Range.class));
      show.setTakeFocus(true);
      return client.showDocument(show).thenApply(result -> null);
    }
    return CompletableFuture.completedFuture(null);
  }

  private static boolean contains(Range range, Position p) {
    boolean afterStart =
        p.getLine() > range.getStart().getLine()
            || p.getLine() == range.getStart().getLine()
                && p.getCharacter() >= range.getStart().getCharacter();
    boolean beforeEnd =
        p.getLine() < range.getEnd().getLine()
            || p.getLine() == range.getEnd().getLine()
                && p.getCharacter() <= range.getEnd().getCharacter();
    return afterStart && beforeEnd;
  }

  private void log(MessageType type, String message) {
    if (client != null) client.logMessage(new MessageParams(type, message));
  }

  private static Path file(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }
}
