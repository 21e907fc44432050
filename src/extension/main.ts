import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateCasus, casusClientOptions } from './activate.js';
import { installTestHook } from './test-hook.js';

let client: LanguageClient | undefined;

/** Desktop VS Code: the language server runs in its own Node process, spoken to over IPC. */
export function activate(context: vscode.ExtensionContext): void {
    installTestHook(context);
    const serverModule = context.asAbsolutePath(path.join('out', 'language', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    client = new LanguageClient('casus', vscode.l10n.t('Casus Language Server'), serverOptions, casusClientOptions());
    activateCasus(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
