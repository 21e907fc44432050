import { startLanguageServer } from 'langium/lsp';
import type { FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { createCasusServices } from './casus-module.js';
import { registerCaseModelNotifier } from './lsp/case-model-notifier.js';
import { CasusConfiguration } from './workspace/casus-configuration.js';

/**
 * The Casus language server on a connection: the same in a Node process
 * (desktop VS Code, any LSP client) and in a web worker (vscode.dev). Only the
 * connection and the file system differ.
 */
export function startCasusLanguageServer(connection: Connection, fileSystemProvider: () => FileSystemProvider): void {
    const { shared, Casus } = createCasusServices({ connection, fileSystemProvider });

    // Display language, editor settings (casus.*) and the workspace's casus.json decide message language and severities.
    // showWarningMessage is a request: a client that does not support it answers with an error, which must not end the server.
    const configuration = new CasusConfiguration(shared, Casus, message => {
        Promise.resolve(connection.window.showWarningMessage(message)).catch(() => connection.console.warn(message));
    });
    shared.lsp.LanguageServer.onInitialize(params => configuration.initialize(params));
    shared.lsp.LanguageServer.onInitialized(() => {
        configuration.start().catch(error => console.error('casus: reading the settings failed:', error));
        // Langium's parser, for texts with syntax errors, analyses the grammar when it is built (~15 ms):
        // done now, while the server waits for its first document, not at the analyst's first typo.
        setTimeout(() => Casus.parser.CasusParser.recoveringParser, 0);
    });

    startLanguageServer(shared);
    // After the server's own handlers, so that a document's diagnostics go out before its preview model.
    registerCaseModelNotifier(shared, connection);
}
