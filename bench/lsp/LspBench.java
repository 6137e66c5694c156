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
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server as an editor sees it: `cognito-lint lsp` in its own JVM, driven over its
 * standard input and output. Times didChange to the publishDiagnostics of that version over 200
 * edits after 20 warm-up edits, for each template
 * given, the time from starting a server to its first diagnostics, and the server's resident
 * memory with 200 documents open. Run by bench/lsp.sh.
 */
public class LspBench implements LanguageClient {
  private final Map<String, CompletableFuture<PublishDiagnosticsParams>> waiting = new ConcurrentHashMap<>();

  /**
   * {@code SERVER TYPICAL BIG}: everything; {@code --start TYPICAL SERVER...}: only the start of
   * each server command, 5 rounds interleaved.
   */
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("lsp-bench");
    if (args[0].equals("--start")) {
      String typical = Files.readString(Path.of(args[1]));
      List<List<double[]>> starts = new ArrayList<>();
      for (int i = 2; i < args.length; i++) starts.add(new ArrayList<>());
      for (int round = 0; round < 5; round++) {
        for (int i = 2; i < args.length; i++) starts.get(i - 2).add(start(List.of(args[i].split(" ")), dir, typical));
      }
      for (int i = 2; i < args.length; i++) printStarts(args[i], starts.get(i - 2));
      return;
    }
    List<String> server = List.of(args[0].split(" "));
    String typical = Files.readString(Path.of(args[1]));
    List<double[]> starts = new ArrayList<>();
    for (int i = 0; i < 5; i++) starts.add(start(server, dir, typical));
    printStarts("", starts);

    LspBench client = new LspBench();
    Process process = client.start(server);
    LanguageServer lsp = client.lsp;
    for (int i = 1; i < args.length; i++) {
      Path template = Path.of(args[i]);
      String text = Files.readString(template);
      String uri = dir.resolve(i + "-" + template.getFileName()).toUri().toString();
      System.out.printf("%s (%,d bytes)%n", template.getFileName(), text.length());
      client.edits(lsp, uri, text);
    }
    for (int i = 0; i < 200; i++) {
      String uri = dir.resolve("open-" + i + ".yaml").toUri().toString();
      CompletableFuture<PublishDiagnosticsParams> published = client.expect(uri, 1);
      lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, typical)));
      published.get(60, TimeUnit.SECONDS);
    }
    System.out.printf("200 documents open: server RSS %s%n", rss(process.pid()));
    client.stop(process);
  }

  /**
   * From starting the server process to the first diagnostics of a document: wall time and the
   * server's CPU time (user + system, which load inflates far less), in milliseconds.
   */
  private static double[] start(List<String> server, Path dir, String typical) throws Exception {
    long start = System.nanoTime();
    LspBench client = new LspBench();
    Process process = client.start(server);
    String uri = dir.resolve("start.yaml").toUri().toString();
    CompletableFuture<PublishDiagnosticsParams> published = client.expect(uri, 1);
    client.lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, typical)));
    published.get(60, TimeUnit.SECONDS);
    double wall = (System.nanoTime() - start) / 1e6;
    String[] stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat")).replaceFirst(".*\\) ", "").split(" ");
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the command's name), in ticks of 10 ms
    double cpu = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10.0;
    client.stop(process);
    return new double[] {wall, cpu};
  }

  private static void printStarts(String server, List<double[]> starts) {
    List<Double> wall = new ArrayList<>(starts.stream().map(s -> s[0]).toList());
    List<Double> cpu = new ArrayList<>(starts.stream().map(s -> s[1]).toList());
    Collections.sort(wall);
    Collections.sort(cpu);
    System.out.printf("start (process start, initialize, didOpen) -> first publishDiagnostics, 5 servers: wall median %.0f ms (min %.0f, max %.0f); server CPU median %.0f ms (min %.0f, max %.0f)%s%n",
        wall.get(2), wall.get(0), wall.get(4), cpu.get(2), cpu.get(0), cpu.get(4), server.isEmpty() ? "" : " (" + server + ")");
  }

  private LanguageServer lsp;

  /** Starts the server and initializes it as a client without capabilities would. */
  private Process start(List<String> server) throws Exception {
    Process process = new ProcessBuilder(server).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    var launcher = LSPLauncher.createClientLauncher(this, process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    lsp = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setProcessId((int) ProcessHandle.current().pid());
    lsp.initialize(init).get(60, TimeUnit.SECONDS);
    lsp.initialized(new InitializedParams());
    return process;
  }

  private void stop(Process process) throws Exception {
    lsp.shutdown().get(60, TimeUnit.SECONDS);
    lsp.exit();
    int code = process.waitFor();
    if (code != 0) throw new IllegalStateException("server exit code " + code);
  }

  /**
   * didChange of the whole text (a comment line added) to the publishDiagnostics of that version,
   * 200 edits after 20 warm-up ones, each sent once the previous one's diagnostics came. The time
   * includes the server's 150 ms debounce, a timer that starts when the change arrives; less it,
   * what is left is transport, lint and publish.
   */
  private void edits(LanguageServer lsp, String uri, String text) throws Exception {
    CompletableFuture<PublishDiagnosticsParams> first = expect(uri, 1);
    lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
    first.get(600, TimeUnit.SECONDS);
    List<Double> millis = new ArrayList<>();
    for (int version = 2; version <= 221; version++) {
      String edited = "# edit " + version + "\n" + text;
      CompletableFuture<PublishDiagnosticsParams> published = expect(uri, version);
      long start = System.nanoTime();
      lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
          List.of(new TextDocumentContentChangeEvent(edited))));
      published.get(600, TimeUnit.SECONDS);
      if (version > 21) millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf("  didChange -> publishDiagnostics, 200 edits: p50 %.1f ms, p95 %.1f ms, max %.1f ms; less the 150 ms debounce: p50 %.1f ms, p95 %.1f ms%n",
        millis.get(99), millis.get(189), millis.get(199), millis.get(99) - 150, millis.get(189) - 150);
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
