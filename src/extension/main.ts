import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPreview } from './preview/preview-manager.js';
import { installTestHook } from './test-hook.js';

let client: LanguageClient | undefined;

/** Starts the Casus language server in its own process and connects it to every `.casus` editor. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    installTestHook(context);
    const serverModule = context.asAbsolutePath(path.join('out', 'language', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'casus' }],
        outputChannelName: 'Casus',
        // The server re-validates when the casus.* settings change (severities, message language).
        synchronize: { configurationSection: 'casus' },
    };
    client = new LanguageClient('casus', vscode.l10n.t('Casus Language Server'), serverOptions, clientOptions);
    registerPreview(context, client); // before start: the serializer must exist when a reload restores the preview
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
