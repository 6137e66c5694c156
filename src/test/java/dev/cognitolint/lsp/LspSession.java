package dev.cognitolint.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A server and an lsp4j client talking JSON-RPC over piped streams, as an editor and the server do.
 */
final class LspSession implements LanguageClient, AutoCloseable {
  /**
   * How long to wait for what the server should send: long, since it only bounds how long a test
   * takes to fail, and a loaded machine can take seconds for a first lint.
   */
  static final Duration WAIT = Duration.ofSeconds(60);

  final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  final List<MessageParams> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
  final BlockingQueue<ShowDocumentParams> shown = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  final LanguageServer server;
  private final Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Integer> versions = new java.util.concurrent.ConcurrentHashMap<>();

  /** The section the server asks for with workspace/configuration; null for none. */
  volatile Object settings;

  final List<ConfigurationParams> settingsAsked = new java.util.concurrent.CopyOnWriteArrayList<>();

  LspSession(DocumentLinter linter, Duration lintTime) {
    this(linter, lintTime, CognitoLintServer.DEBOUNCE);
  }

  LspSession(DocumentLinter linter, Duration lintTime, Duration debounce) {
    try {
      // NIO pipes: java.io's piped streams fail once the thread that last wrote has ended.
      Pipe toServer = Pipe.open();
      Pipe toClient = Pipe.open();
      InputStream serverIn = Channels.newInputStream(toServer.source());
      OutputStream clientOut = Channels.newOutputStream(toServer.sink());
      InputStream clientIn = Channels.newInputStream(toClient.source());
      OutputStream serverOut = Channels.newOutputStream(toClient.sink());
      CognitoLintServer impl =
          new CognitoLintServer(linter, lintTime, debounce, exitCode::complete);
      var serverLauncher = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
      impl.connect(serverLauncher.getRemoteProxy());
      serverLauncher.startListening();
      var clientLauncher = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
      clientLauncher.startListening();
      server = clientLauncher.getRemoteProxy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LspSession() {
    this(new ConfiguredLinter(List.of()), CognitoLintServer.DEFAULT_LINT_TIME);
  }

  InitializeResult initialize(List<String> positionEncodings, ClientCapabilities caps) {
    InitializeParams params = new InitializeParams();
    if (positionEncodings != null) {
      GeneralClientCapabilities general = new GeneralClientCapabilities();
      general.setPositionEncodings(positionEncodings);
      caps.setGeneral(general);
    }
    params.setCapabilities(caps);
    InitializeResult result = server.initialize(params).join();
    server.initialized(new InitializedParams());
    return result;
  }

  InitializeResult initialize() {
    return initialize(null, new ClientCapabilities());
  }

  void open(String uri, String language, String text) {
    texts.put(uri, text);
    versions.put(uri, 1);
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
  }

  /** Sends the whole new text; returns its version. */
  int change(String uri, String text) {
    int version = versions.merge(uri, 1, Integer::sum);
    texts.put(uri, text);
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    return version;
  }

  String text(String uri) {
    return texts.get(uri);
  }

  /**
   * Applies an edit as an editor does (edits from the end, so that earlier positions stay), then
   * sends the new text.
   */
  int apply(WorkspaceEdit edit, LineIndex.Encoding encoding) {
    String uri;
    List<TextEdit> edits = new ArrayList<>();
    if (edit.getDocumentChanges() != null) {
      TextDocumentEdit docEdit = edit.getDocumentChanges().get(0).getLeft();
      uri = docEdit.getTextDocument().getUri();
      docEdit.getEdits().forEach(e -> edits.add(e.getLeft()));
    } else {
      var entry = edit.getChanges().entrySet().iterator().next();
      uri = entry.getKey();
      edits.addAll(entry.getValue());
    }
    String text = texts.get(uri);
    LineIndex index = new LineIndex(text, encoding);
    StringBuilder out = new StringBuilder(text);
    edits.stream()
        .sorted(
            Comparator.comparingInt((TextEdit e) -> index.offset(e.getRange().getStart()))
                .reversed())
        .forEach(
            e ->
                out.replace(
                    index.offset(e.getRange().getStart()),
                    index.offset(e.getRange().getEnd()),
                    e.getNewText()));
    return change(uri, out.toString());
  }

  /**
   * The next diagnostics published for uri that match, skipping others of uri (those of other
   * documents are kept).
   */
  PublishDiagnosticsParams diagnostics(String uri, Predicate<PublishDiagnosticsParams> matching) {
    long end = System.nanoTime() + WAIT.toNanos();
    List<PublishDiagnosticsParams> others = new ArrayList<>();
    try {
      while (System.nanoTime() < end) {
        PublishDiagnosticsParams p = published.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (p == null) continue;
        if (!p.getUri().equals(uri)) {
          others.add(p);
        } else if (matching.test(p)) {
          List<PublishDiagnosticsParams> rest = new ArrayList<>(others);
          published.drainTo(rest);
          published.addAll(rest);
          return p;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertNotNull(null, "no matching diagnostics for " + uri);
    return null;
  }

  PublishDiagnosticsParams diagnostics(String uri, int version) {
    return diagnostics(uri, p -> p.getVersion() != null && p.getVersion() == version);
  }

  @Override
  public void close() {
    if (exitCode.isDone()) return;
    try {
      server.shutdown().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      server.exit();
    } catch (Exception e) {
      throw new AssertionError("the server did not shut down", e);
    }
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
    published.add(diagnostics);
  }

  @Override
  public void showMessage(MessageParams messageParams) {}

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(
      ShowMessageRequestParams requestParams) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
    shown.add(params);
    return CompletableFuture.completedFuture(new ShowDocumentResult(true));
  }

  @Override
  public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
    settingsAsked.add(params);
    List<Object> values = new ArrayList<>();
    params.getItems().forEach(item -> values.add(settings));
    return CompletableFuture.completedFuture(values);
  }

  @Override
  public void logMessage(MessageParams message) {
    logged.add(message);
  }

  @Override
  public CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }
}
