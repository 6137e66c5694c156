package dev.cognitolint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server through an lsp4j client over piped streams: the whole sequence of an editing session.
 */
@Timeout(120)
class LanguageServerTest {

  static final String CFN =
      """
      Resources:
        WebClient:
          Type: AWS::Cognito::UserPoolClient
          Properties:
            UserPoolId: us-east-1_EXAMPLE1
            AllowedOAuthFlowsUserPoolClient: true
            AllowedOAuthFlows: [code]
            AllowedOAuthScopes: [openid]
            PreventUserExistenceErrors: ENABLED
            CallbackURLs:
              - http://app.example.com/callback
      """;

  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toUri().toString();
  }

  private static Diagnostic only(PublishDiagnosticsParams p, String rule) {
    List<Diagnostic> found =
        p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals(rule)).toList();
    assertEquals(1, found.size(), rule + " in " + p.getDiagnostics());
    return found.get(0);
  }

  private static boolean has(PublishDiagnosticsParams p, String rule) {
    return p.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals(rule));
  }

  private static List<CodeAction> actions(
      LspSession s, String uri, Range range, List<String> only) {
    CodeActionContext context = new CodeActionContext(List.of());
    context.setOnly(only);
    return s
        .server
        .getTextDocumentService()
        .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context))
        .join()
        .stream()
        .map(e -> e.getRight())
        .toList();
  }

  private static Range range(int line, int start, int end) {
    return new Range(new Position(line, start), new Position(line, end));
  }

  private static ClientCapabilities editorCapabilities() {
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
    edits.setDocumentChanges(true);
    workspace.setWorkspaceEdit(edits);
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setShowDocument(new ShowDocumentCapabilities(true));
    ClientCapabilities caps = new ClientCapabilities();
    caps.setWorkspace(workspace);
    caps.setWindow(window);
    return caps;
  }

  @Test
  void cloudFormationYamlFromOpenToExit() throws Exception {
    String uri = write("template.yaml", CFN);
    try (LspSession s = new LspSession()) {
      InitializeResult init = s.initialize(null, editorCapabilities());
      assertEquals("utf-16", init.getCapabilities().getPositionEncoding());
      s.open(uri, "yaml", CFN);

      PublishDiagnosticsParams first = s.diagnostics(uri, 1);
      Diagnostic http = only(first, "CL201");
      assertEquals(range(10, 10, 41), http.getRange());
      assertEquals(DiagnosticSeverity.Error, http.getSeverity());
      assertEquals("cognito-lint", http.getSource());
      assertTrue(
          http.getCodeDescription().getHref().endsWith("/rules/CL201.md"),
          http.getCodeDescription().getHref());
      assertTrue(
          http.getMessage()
              .getLeft()
              .startsWith("CallbackURLs[0]: 'http://app.example.com/callback' uses http"));
      assertEquals(DiagnosticSeverity.Information, only(first, "CL606").getSeverity());

      Hover hover =
          s.server
              .getTextDocumentService()
              .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(10, 20)))
              .join();
      assertEquals("markdown", hover.getContents().getRight().getKind());
      assertTrue(
          hover.getContents().getRight().getValue().startsWith("# CL201"),
          hover.getContents().getRight().getValue());
      assertNull(
          s.server
              .getTextDocumentService()
              .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 5)))
              .join());

      CodeAction suppress =
          actions(s, uri, http.getRange(), null).stream()
              .filter(a -> a.getTitle().equals("Suppress CL201 here"))
              .findFirst()
              .orElseThrow();
      assertEquals("quickfix", suppress.getKind());
      int v2 = s.apply(suppress.getEdit(), LineIndex.Encoding.UTF16);
      assertEquals(
          "        # cognito-lint: disable=CL201 -- reason", s.text(uri).lines().toList().get(10));
      // The reason is left for the editor to select, so that typing replaces it.
      s.server
          .getWorkspaceService()
          .executeCommand(
              new org.eclipse.lsp4j.ExecuteCommandParams(
                  suppress.getCommand().getCommand(), suppress.getCommand().getArguments()))
          .join();
      assertEquals(range(10, 41, 47), s.shown.poll(10, TimeUnit.SECONDS).getSelection());

      PublishDiagnosticsParams second = s.diagnostics(uri, v2);
      assertFalse(has(second, "CL201"), second.toString());
      assertTrue(has(second, "CL606"));

      Files.writeString(dir.resolve(".cognito-lint.yaml"), "rules:\n  CL606: off\n");
      s.server
          .getWorkspaceService()
          .didChangeWatchedFiles(
              new DidChangeWatchedFilesParams(
                  List.of(
                      new FileEvent(
                          dir.resolve(".cognito-lint.yaml").toUri().toString(),
                          FileChangeType.Created))));
      PublishDiagnosticsParams third = s.diagnostics(uri, p -> !has(p, "CL606"));
      assertEquals(v2, third.getVersion());
      assertEquals(List.of(), third.getDiagnostics());

      int v3 = s.change(uri, CFN);
      assertTrue(has(s.diagnostics(uri, v3), "CL201"));
      s.server
          .getTextDocumentService()
          .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
      assertEquals(List.of(), s.diagnostics(uri, p -> true).getDiagnostics());

      s.server.shutdown().join();
      s.server.exit();
      assertEquals(0, s.exitCode.get(10, TimeUnit.SECONDS));
    }
  }

  /**
   * A linter that gives every CL103 finding a hand-made safe fix: the value in its quotes becomes
   * ALLOW_REFRESH_TOKEN_AUTH.
   */
  /** The "Suppress CLnnn here" action among a finding's actions (its fixes come first). */
  private static CodeAction suppression(List<CodeAction> actions) {
    return actions.stream()
        .filter(a -> a.getTitle().startsWith("Suppress "))
        .findFirst()
        .orElseThrow(() -> new AssertionError(actions));
  }

  private static final String REQUEST =
      """
      {
        "UserPoolId": "us-east-1_EXAMPLE1",
        "ClientName": "mobile",
        "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN"],
        "PreventUserExistenceErrors": "ENABLED",
        "WriteAttributes": ["name"]
      }
      """;

  @Test
  void apiJsonGetsItsFixesAndNoSuppressionComment() throws Exception {
    String uri = write("create-request.json", REQUEST);
    try (LspSession s = new LspSession()) {
      s.initialize();
      s.open(uri, "json", REQUEST);
      Diagnostic unknown = only(s.diagnostics(uri, 1), "CL103");
      assertEquals(range(3, 47, 68), unknown.getRange());

      List<CodeAction> quick = actions(s, uri, unknown.getRange(), List.of("quickfix"));
      assertEquals(
          List.of("Replace 'ALLOW_REFRESH_TOKEN' with 'ALLOW_REFRESH_TOKEN_AUTH'"),
          quick.stream().map(CodeAction::getTitle).toList(),
          "a JSON request has no comments and no Metadata: no suppression is offered");
      assertTrue(quick.get(0).getIsPreferred());
      assertEquals(List.of(), actions(s, uri, range(0, 0, 0), List.of("quickfix")));

      List<CodeAction> fixAll = actions(s, uri, range(0, 0, 0), List.of("source.fixAll"));
      assertEquals(
          List.of("source.fixAll.cognito-lint"), fixAll.stream().map(CodeAction::getKind).toList());
      int v2 = s.apply(fixAll.get(0).getEdit(), LineIndex.Encoding.UTF16);
      assertTrue(
          s.text(uri).contains("[\"ALLOW_USER_SRP_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\"]"),
          s.text(uri));
      PublishDiagnosticsParams fixed = s.diagnostics(uri, v2);
      assertFalse(has(fixed, "CL103"), fixed.toString());
      assertFalse(has(fixed, "CL402"), fixed.toString());
    }
  }

  private static final String TERRAFORM =
      """
      resource "aws_cognito_user_pool_client" "web" {
        name                                 = "web"
        user_pool_id                         = "us-east-1_EXAMPLE1"
        allowed_oauth_flows_user_pool_client = true
        allowed_oauth_flows                  = ["code"]
        allowed_oauth_scopes                 = ["openid"]
        supported_identity_providers         = ["COGNITO"]
        prevent_user_existence_errors        = "ENABLED"
        write_attributes                     = ["name"]
        callback_urls = [
          "http://app.example.com/cb",
        ]
      }
      """;

  @Test
  void terraformSuppressionIsAHashComment() throws Exception {
    String uri = write("main.tf", TERRAFORM);
    try (LspSession s = new LspSession()) {
      s.initialize();
      s.open(uri, "terraform", TERRAFORM);
      Diagnostic http = only(s.diagnostics(uri, 1), "CL201");
      assertEquals(range(10, 4, 31), http.getRange());
      CodeAction suppress = suppression(actions(s, uri, http.getRange(), null));
      assertEquals("Suppress CL201 here", suppress.getTitle());
      assertNull(suppress.getCommand(), "the client cannot select: no command");
      int v2 = s.apply(suppress.getEdit(), LineIndex.Encoding.UTF16);
      assertEquals(
          "    # cognito-lint: disable=CL201 -- reason", s.text(uri).lines().toList().get(10));
      assertEquals(List.of(), s.diagnostics(uri, v2).getDiagnostics());
    }
  }

  private static final String CFN_JSON =
      """
      {
        "Resources": {
          "WebClient": {
            "Type": "AWS::Cognito::UserPoolClient",
            "Properties": {
              "UserPoolId": "us-east-1_EXAMPLE1",
              "AllowedOAuthFlowsUserPoolClient": true,
              "AllowedOAuthFlows": ["code"],
              "AllowedOAuthScopes": ["openid"],
              "PreventUserExistenceErrors": "ENABLED",
              "WriteAttributes": ["name"],
              "CallbackURLs": ["http://app.example.com/cb"]
            }
          }
        }
      }
      """;

  @Test
  void cloudFormationJsonSuppressesInTheResourcesMetadata() throws Exception {
    String uri = write("stack.template.json", CFN_JSON);
    try (LspSession s = new LspSession()) {
      s.initialize();
      s.open(uri, "json", CFN_JSON);
      Diagnostic http = only(s.diagnostics(uri, 1), "CL201");
      CodeAction suppress = suppression(actions(s, uri, http.getRange(), null));
      int v2 = s.apply(suppress.getEdit(), LineIndex.Encoding.UTF16);
      assertTrue(
          s.text(uri)
              .contains(
                  "\"WebClient\": {\"Metadata\": {\"cognito-lint\": {\"ignore\": [{\"id\": \"CL201\", \"reason\": \"reason\"}]}}, "),
          s.text(uri));
      assertEquals(List.of(), s.diagnostics(uri, v2).getDiagnostics());
      // A second rule goes into the same list.
      assertEquals(
          List.of(), actions(s, uri, http.getRange(), null), "suppressed: nothing more to offer");
    }
  }

  /** An astral character before the flagged value on its line, and one on a line before it. */
  private static final String ASTRAL =
      """
      # \uD83D\uDE00 the emoji client
      Resources:
        WebClient:
          Type: AWS::Cognito::UserPoolClient
          Properties:
            UserPoolId: us-east-1_EXAMPLE1
            ClientName: "\uD83D\uDE00"
            AllowedOAuthFlowsUserPoolClient: true
            AllowedOAuthFlows: [code]
            AllowedOAuthScopes: [openid]
            PreventUserExistenceErrors: ENABLED
            WriteAttributes: [name]
            CallbackURLs: ["https://\u00e9\uD83D\uDE00.example.com/", "http://x.example.com/cb"]
      """;

  @Test
  void positionsInEveryEncoding() throws Exception {
    // The first URL, 23 code points, is 24 UTF-16 units and 27 UTF-8 bytes; the flagged one follows
    // it and ', '.
    int[][] expected = {{48, 73}, {49, 74}, {52, 77}};
    String[] kinds = {"utf-32", "utf-16", "utf-8"};
    for (int i = 0; i < kinds.length; i++) {
      String uri = write("astral-" + i + ".yaml", ASTRAL);
      try (LspSession s = new LspSession()) {
        List<String> offered = kinds[i].equals("utf-16") ? null : List.of(kinds[i], "utf-16");
        assertEquals(
            kinds[i],
            s.initialize(offered, new ClientCapabilities())
                .getCapabilities()
                .getPositionEncoding());
        s.open(uri, "yaml", ASTRAL);
        Diagnostic http = only(s.diagnostics(uri, 1), "CL201");
        assertEquals(range(12, expected[i][0], expected[i][1]), http.getRange(), kinds[i]);
        Hover hover =
            s.server
                .getTextDocumentService()
                .hover(
                    new HoverParams(
                        new TextDocumentIdentifier(uri), new Position(12, expected[i][0] + 1)))
                .join();
        assertTrue(hover.getContents().getRight().getValue().startsWith("# CL201"), kinds[i]);
      }
    }
  }

  @Test
  void aResultForAnOlderVersionIsNeverPublished() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ConfiguredLinter real = new ConfiguredLinter(List.of());
    DocumentLinter slowFirst =
        (file, name, text) -> {
          if (text.contains("first")) {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return real.lint(file, name, text);
        };
    String uri = write("template.yaml", "# first\n" + CFN);
    try (LspSession s = new LspSession(slowFirst, CognitoLintServer.DEFAULT_LINT_TIME)) {
      s.initialize();
      s.open(uri, "yaml", "# first\n" + CFN);
      int v2 = s.change(uri, "# second\n" + CFN);
      PublishDiagnosticsParams second = s.diagnostics(uri, p -> true);
      assertEquals(v2, second.getVersion());
      assertEquals(new Position(11, 10), only(second, "CL201").getRange().getStart());
      release.countDown();
      assertNull(
          s.published.poll(500, TimeUnit.MILLISECONDS),
          "the first version's result came after the second's");
    }
  }

  @Test
  void typingIsDebouncedIntoOneLint() throws Exception {
    String uri = write("template.yaml", CFN);
    ConfiguredLinter real = new ConfiguredLinter(List.of());
    List<String> linted = new CopyOnWriteArrayList<>();
    DocumentLinter counting =
        (file, name, text) -> {
          linted.add(text);
          return real.lint(file, name, text);
        };
    // A debounce much longer than sending 20 changes takes, even on a loaded machine, so that the
    // count below depends on the debounce and not on the machine's speed.
    try (LspSession s =
        new LspSession(counting, CognitoLintServer.DEFAULT_LINT_TIME, Duration.ofSeconds(3))) {
      s.initialize();
      s.open(uri, "yaml", CFN);
      s.diagnostics(uri, 1);
      int last =
          IntStream.range(0, 20)
              .map(i -> s.change(uri, "#" + "x".repeat(i) + "\n" + CFN))
              .max()
              .getAsInt();
      assertEquals(last, s.diagnostics(uri, p -> true).getVersion());
      assertEquals(List.of(CFN, "#" + "x".repeat(19) + "\n" + CFN), linted);
    }
  }

  @Test
  void aFindingAboutTwoPlacesHasRelatedInformationWhenTheEditorTakesIt() throws Exception {
    String template =
        CFN.replace(
            "        - http://app.example.com/callback\n",
            """
                    - https://app.example.com/callback
                  DefaultRedirectURI: https://app.example.com/home
            """);
    String uri = write("template.yaml", template);
    ClientCapabilities takesRelated = new ClientCapabilities();
    TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
    textDocument.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));
    takesRelated.setTextDocument(textDocument);
    for (ClientCapabilities caps : List.of(takesRelated, new ClientCapabilities())) {
      try (LspSession s = new LspSession()) {
        s.initialize(null, caps);
        s.open(uri, "yaml", template);
        Diagnostic notListed = only(s.diagnostics(uri, 1), "CL204");
        assertEquals(range(11, 26, 54), notListed.getRange());
        if (caps == takesRelated) {
          DiagnosticRelatedInformation callbacks = notListed.getRelatedInformation().get(0);
          assertEquals(1, notListed.getRelatedInformation().size());
          // The list's value: from its first item to where the next setting starts.
          assertEquals(
              new Location(uri, new Range(new Position(10, 8), new Position(11, 6))),
              callbacks.getLocation());
          assertEquals(
              "CallbackURLs, which do not include 'https://app.example.com/home'",
              callbacks.getMessage());
        } else {
          assertNull(notListed.getRelatedInformation());
        }
      }
    }
  }

  @Test
  void theEditorsMinimumSeverityHidesWhatIsBelowIt() throws Exception {
    String uri = write("template.yaml", CFN);
    ClientCapabilities pulls = new ClientCapabilities();
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    workspace.setConfiguration(true);
    pulls.setWorkspace(workspace);
    try (LspSession s = new LspSession()) {
      s.settings = settings("{\"minimumSeverity\": \"warning\"}");
      s.initialize(null, pulls);
      s.open(uri, "yaml", CFN);
      PublishDiagnosticsParams shown = s.diagnostics(uri, p -> !has(p, "CL606"));
      assertTrue(has(shown, "CL201"), shown.toString());
      assertEquals(
          "cognito-lint", s.settingsAsked.get(0).getItems().get(0).getSection(), "asked once");

      // On a change the server asks again; what the client pushes with it is not read.
      s.settings = settings("{\"minimumSeverity\": \"note\"}");
      changeSettings(s, "{\"cognito-lint\": {\"minimumSeverity\": \"error\"}}");
      assertTrue(has(s.diagnostics(uri, p -> has(p, "CL606")), "CL201"));
      assertEquals(2, s.settingsAsked.size());
    }
  }

  @Test
  void withoutWorkspaceConfigurationTheSettingsComeWithTheChange() throws Exception {
    String uri = write("template.yaml", CFN);
    try (LspSession s = new LspSession()) {
      s.initialize();
      s.open(uri, "yaml", CFN);
      assertTrue(has(s.diagnostics(uri, 1), "CL606"));
      changeSettings(s, "{\"cognito-lint\": {\"minimumSeverity\": \"ERROR\"}}");
      PublishDiagnosticsParams errorsOnly = s.diagnostics(uri, p -> !has(p, "CL606"));
      assertEquals(
          List.of("CL201"),
          errorsOnly.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());

      // A value that is no severity shows everything again, and says why in the log.
      changeSettings(s, "{\"cognito-lint\": {\"minimumSeverity\": \"high\"}}");
      assertTrue(has(s.diagnostics(uri, p -> has(p, "CL606")), "CL201"));
      assertTrue(
          s.logged.stream()
              .anyMatch(
                  m ->
                      m.getMessage()
                          .startsWith("cognito-lint.minimumSeverity: 'high' is not error,")),
          s.logged.toString());
      assertEquals(List.of(), s.settingsAsked, "the client cannot answer workspace/configuration");
    }
  }

  private static JsonElement settings(String json) {
    return JsonParser.parseString(json);
  }

  /** Sends didChangeConfiguration with these settings. */
  private static void changeSettings(LspSession s, String json) {
    s.server
        .getWorkspaceService()
        .didChangeConfiguration(new DidChangeConfigurationParams(settings(json)));
  }

  @Test
  void aFailingOrSlowLintIsADiagnosticAndTheServerGoesOn() throws Exception {
    DocumentLinter failing =
        (file, name, text) -> {
          if (text.contains("slow")) {
            try {
              Thread.sleep(5_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          throw new IllegalStateException("broken");
        };
    String uri = write("template.yaml", CFN);
    try (LspSession s = new LspSession(failing, Duration.ofMillis(300))) {
      s.initialize();
      s.open(uri, "yaml", CFN);
      Diagnostic failed = only(s.diagnostics(uri, 1), "CL008");
      assertTrue(
          failed.getMessage().getLeft().contains("IllegalStateException: broken"),
          failed.getMessage().getLeft());
      int v2 = s.change(uri, "# slow\n" + CFN);
      Diagnostic slow = only(s.diagnostics(uri, v2), "CL008");
      assertTrue(
          slow.getMessage()
              .getLeft()
              .startsWith("cognito-lint stopped linting this document after 0 s"),
          slow.getMessage().getLeft());
      assertTrue(s.logged.stream().anyMatch(m -> m.getMessage().contains("broken")));
    }
  }

  @Test
  void aBrokenConfigurationGetsDiagnosticsOnItselfAndTheDefaultsApply() throws Exception {
    String uri = write("template.yaml", CFN);
    Path config = dir.resolve(".cognito-lint.yaml");
    Files.writeString(config, "rules:\n  CL606: sometimes\n");
    try (LspSession s = new LspSession()) {
      s.initialize();
      s.open(uri, "yaml", CFN);
      PublishDiagnosticsParams onConfig = s.diagnostics(config.toUri().toString(), p -> true);
      Diagnostic problem = onConfig.getDiagnostics().get(0);
      assertEquals(range(1, 9, 9), problem.getRange());
      assertTrue(
          problem
              .getMessage()
              .getLeft()
              .startsWith("rules.CL606: does not have a value in the enumeration"),
          problem.toString());
      assertTrue(has(s.diagnostics(uri, 1), "CL606"));
      // Fixed, without any file event: the modification time is checked before each lint.
      Files.writeString(config, "rules:\n  CL606: off\n");
      Files.setLastModifiedTime(
          config, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
      int v2 = s.change(uri, CFN + "# edited\n");
      assertFalse(has(s.diagnostics(uri, v2), "CL606"));
      assertEquals(List.of(), s.diagnostics(config.toUri().toString(), p -> true).getDiagnostics());
    }
  }

  @Test
  void filesWithoutAppClientsGetNoDiagnosticsButASyntaxErrorDoes() throws Exception {
    String plain = write("workflow.yaml", "on: push\njobs: {}\n");
    String broken = write("broken.yaml", "Resources: [\n");
    String markdown = write("README.md", "Resources: [\n");
    try (LspSession s = new LspSession()) {
      s.initialize();
      s.open(plain, "yaml", "on: push\njobs: {}\n");
      s.open(markdown, "markdown", "Resources: [\n");
      s.open(broken, "yaml", "Resources: [\n");
      PublishDiagnosticsParams p = s.published.poll(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
      assertEquals(broken, p.getUri(), "the first published is the broken file's");
      assertEquals("CL001", p.getDiagnostics().get(0).getCode().getLeft());
      assertNull(s.published.poll(300, TimeUnit.MILLISECONDS));
    }
  }

  @Test
  void twoHundredDocuments() throws Exception {
    try (LspSession s = new LspSession()) {
      s.initialize();
      for (int i = 0; i < 200; i++) s.open(write("t" + i + ".yaml", CFN), "yaml", CFN);
      for (int i = 0; i < 200; i++) {
        PublishDiagnosticsParams p =
            s.published.poll(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(has(p, "CL201"), String.valueOf(p));
      }
    }
  }

  @Test
  void exitWithoutShutdownIsCode1() throws Exception {
    try (LspSession s = new LspSession()) {
      s.initialize();
      s.server.exit();
      assertEquals(1, s.exitCode.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void theServerExitsWhenItsEditorDies() throws Exception {
    Process editor = new ProcessBuilder("sleep", "60").start();
    try (LspSession s = new LspSession()) {
      org.eclipse.lsp4j.InitializeParams params = new org.eclipse.lsp4j.InitializeParams();
      params.setProcessId((int) editor.pid());
      params.setCapabilities(new ClientCapabilities());
      s.server.initialize(params).join();
      assertFalse(s.exitCode.isDone());
      editor.destroy();
      assertEquals(1, s.exitCode.get(10, TimeUnit.SECONDS));
    } finally {
      editor.destroyForcibly();
    }
  }
}
