import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateCasus, casusClientOptions } from './activate.js';

let client: LanguageClient | undefined;

/** VS Code for the Web (vscode.dev, github.dev): the language server runs in a web worker. */
export function activate(context: vscode.ExtensionContext): void {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'out', 'language', 'worker.js');
    const worker = new Worker(serverMain.toString(true));
    client = new LanguageClient('casus', vscode.l10n.t('Casus Language Server'), worker, casusClientOptions());
    activateCasus(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
