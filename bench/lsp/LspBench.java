import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server as an editor sees it: `cognito-lint lsp` in its own JVM, driven over its
 * standard input and output. Times didChange (and didSave, which lints without the debounce) to
 * the publishDiagnostics of that version over 200 edits after 50 warm-up edits, for each template
 * given, and the server's resident memory with 200 documents open. Run by bench/lsp.sh.
 */
public class LspBench implements LanguageClient {
  private final Map<String, CompletableFuture<PublishDiagnosticsParams>> waiting = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    List<String> server = List.of(args[0].split(" "));
    Process process = new ProcessBuilder(server).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    LspBench client = new LspBench();
    var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    LanguageServer lsp = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setProcessId((int) ProcessHandle.current().pid());
    lsp.initialize(init).get(60, TimeUnit.SECONDS);
    lsp.initialized(new InitializedParams());
    Path dir = Files.createTempDirectory("lsp-bench");
    for (int i = 1; i < args.length; i++) {
      Path template = Path.of(args[i]);
      String text = Files.readString(template);
      String uri = dir.resolve(i + "-" + template.getFileName()).toUri().toString();
      System.out.printf("%s (%,d bytes)%n", template, text.length());
      client.edits(lsp, uri, text, false);
      client.edits(lsp, uri, text, true);
    }
    String typical = Files.readString(Path.of(args[1]));
    for (int i = 0; i < 200; i++) {
      String uri = dir.resolve("open-" + i + ".yaml").toUri().toString();
      CompletableFuture<PublishDiagnosticsParams> published = client.expect(uri, 1);
      lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, typical)));
      published.get(60, TimeUnit.SECONDS);
    }
    System.out.printf("200 documents open: server RSS %s%n", rss(process.pid()));
    lsp.shutdown().get(60, TimeUnit.SECONDS);
    lsp.exit();
    System.out.println("server exit code " + process.waitFor());
  }

  private void edits(LanguageServer lsp, String uri, String text, boolean save) throws Exception {
    CompletableFuture<PublishDiagnosticsParams> first = expect(uri, 1);
    lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
    first.get(60, TimeUnit.SECONDS);
    List<Double> millis = new ArrayList<>();
    for (int version = 2; version <= 251; version++) {
      String edited = "# edit " + version + "\n" + text;
      CompletableFuture<PublishDiagnosticsParams> published = expect(uri, version);
      long start = System.nanoTime();
      lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
          List.of(new TextDocumentContentChangeEvent(edited))));
      if (save) lsp.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
      published.get(60, TimeUnit.SECONDS);
      if (version > 51) millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf("  %s -> publishDiagnostics, 200 edits: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        save ? "didChange + didSave" : "didChange (150 ms debounce)", millis.get(99), millis.get(189), millis.get(199));
  }

  private CompletableFuture<PublishDiagnosticsParams> expect(String uri, int version) {
    CompletableFuture<PublishDiagnosticsParams> f = new CompletableFuture<>();
    waiting.put(uri + "#" + version, f);
    return f;
  }

  private static String rss(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
        .findFirst().orElse("VmRSS: ?").replaceAll("VmRSS:\\s*", "");
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams p) {
    CompletableFuture<PublishDiagnosticsParams> f = waiting.remove(p.getUri() + "#" + p.getVersion());
    if (f != null) f.complete(p);
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void showMessage(MessageParams messageParams) {}

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams message) {
    System.err.println("server: " + message.getMessage());
  }
}
