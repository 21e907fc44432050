import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerNewCaseCommands } from './new-case-command.js';
import { registerPreview } from './preview/preview-manager.js';

/** The client options of both extension hosts: desktop (Node) and web (browser). */
export function casusClientOptions(): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'casus' }],
        outputChannelName: 'Casus',
        // The server re-validates when the casus.* settings change (severities, message language).
        synchronize: { configurationSection: 'casus' },
    };
}

/**
 * Everything the extension does, whichever host it runs in: registers the
 * preview and the commands, then starts the language client. Activation does
 * not wait for the server to start: findings arrive when it is ready, and the
 * editor is not held up meanwhile.
 */
export function activateCasus(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    registerPreview(context, client); // before start: the serializer must exist when a reload restores the preview
    registerNewCaseCommands(context);
    context.subscriptions.push({ dispose: () => void client.stop() });
    client.start().catch(error => {
        void vscode.window.showErrorMessage(vscode.l10n.t('The Casus language server could not start: {0}', error instanceof Error ? error.message : String(error)));
    });
}
