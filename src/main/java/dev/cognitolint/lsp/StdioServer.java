package dev.cognitolint.lsp;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.launch.LSPLauncher;

/**
 * The language server on standard input and output ({@code cognito-lint lsp}). It writes the
 * process's real standard output, which nothing else reaches: the command line points {@code
 * System.out} at standard error before any subcommand runs.
 */
public final class StdioServer {
  private StdioServer() {}

  /**
   * Serves until the editor says exit or goes away; returns the exit code.
   *
   * @throws IllegalArgumentException when a plugin cannot be loaded
   */
  public static int run(List<Path> plugins) {
    CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    CognitoLintServer server = new CognitoLintServer(plugins, exitCode::complete);
    var launcher =
        LSPLauncher.createServerLauncher(
            server,
            new FileInputStream(FileDescriptor.in),
            new FileOutputStream(FileDescriptor.out));
    server.connect(launcher.getRemoteProxy());
    // The end of standard input without exit is the editor gone: exit code 1, as exit without
    // shutdown.
    Future<Void> listening = launcher.startListening();
    Thread reader =
        new Thread(
            () -> {
              try {
                listening.get();
              } catch (InterruptedException | ExecutionException e) {
                // the stream failed: as its end
              }
              exitCode.complete(1);
            },
            "cognito-lint stdin");
    reader.setDaemon(true);
    reader.start();
    return exitCode.join();
  }
}
