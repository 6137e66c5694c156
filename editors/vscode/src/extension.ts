// Starts `java -jar <the jar in this extension> lsp` and hands it the YAML, JSON and Terraform files.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** bin/java of the setting, of JAVA_HOME, or the first java on PATH; undefined when there is none. */
export function findJava(setting: string, env: NodeJS.ProcessEnv): string | undefined {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  for (const home of [setting, env.JAVA_HOME]) {
    if (home) {
      const candidate = path.join(home, 'bin', exe);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, exe);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('cognito-lint');
  const java = findJava(config.get<string>('java.home', ''), process.env);
  if (!java) {
    void vscode.window.showErrorMessage(
      'cognito-lint needs Java 17 or newer: set "cognito-lint.java.home", set JAVA_HOME, or put java on PATH.');
    return;
  }
  const jar = context.asAbsolutePath(path.join('server', 'cognito-lint.jar'));
  const plugins = config.get<string[]>('plugins', []).flatMap((p) => ['--plugin', p]);
  const serverOptions: ServerOptions = {
    command: java,
    args: [...config.get<string[]>('java.options', []), '-jar', jar, 'lsp', ...plugins],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'terraform' },
      { scheme: 'file', pattern: '**/*.{tf,tofu,template}' },
    ],
    // The server asks for the cognito-lint section (workspace/configuration) when it starts and
    // again on each didChangeConfiguration this sends.
    synchronize: {
      configurationSection: 'cognito-lint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.cognito-lint.{yaml,yml}'),
    },
  };
  client = new LanguageClient('cognito-lint', 'cognito-lint', serverOptions, clientOptions);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await client?.stop();
  client = undefined;
  await start(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('cognito-lint.restart', () => restart(context)),
    // How the server is started: only a new server can take a change.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('cognito-lint.java') || e.affectsConfiguration('cognito-lint.plugins')) {
        void restart(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
