package dev.cognitolint.lsp;

import dev.cognitolint.rules.Plugins;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.launch.LSPLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cognito-lint lsp}: the language server on standard input and output. It writes the
 * process's real standard output, which nothing else reaches: the command line points
 * {@code System.out} at standard error before any subcommand runs.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = "Run the language server on standard input and output (for editors; see README, Editors).")
public final class LspCommand implements Callable<Integer> {

  @Option(names = "--plugin", paramLabel = "JAR", description = "Load the rules of a rule pack, as the lint command does; repeatable.")
  List<Path> plugins = new ArrayList<>();

  @Override
  public Integer call() throws Plugins.PluginException {
    CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    CognitoLintServer server = new CognitoLintServer(plugins, exitCode::complete);
    var launcher = LSPLauncher.createServerLauncher(server, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
    server.connect(launcher.getRemoteProxy());
    // The end of standard input without exit is the editor gone: exit code 1, as exit without shutdown.
    Future<Void> listening = launcher.startListening();
    Thread reader = new Thread(() -> {
      try {
        listening.get();
      } catch (InterruptedException | ExecutionException e) {
        // the stream failed: as its end
      }
      exitCode.complete(1);
    }, "cognito-lint stdin");
    reader.setDaemon(true);
    reader.start();
    return exitCode.join();
  }
}
