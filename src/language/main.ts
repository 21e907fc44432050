import './polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCasusServices } from './casus-module.js';
import { registerCaseModelNotifier } from './lsp/case-model-notifier.js';
import { CasusConfiguration } from './workspace/casus-configuration.js';

// The language server's process: started by the extension over IPC (or stdio by any other LSP client).
const connection = createConnection(ProposedFeatures.all);
const { shared, Casus } = createCasusServices({ connection, ...NodeFileSystem });

// Display language, editor settings (casus.*) and the workspace's casus.json decide message language and severities.
const configuration = new CasusConfiguration(shared, Casus, message => void connection.window.showWarningMessage(message));
shared.lsp.LanguageServer.onInitialize(params => configuration.initialize(params));
shared.lsp.LanguageServer.onInitialized(() => {
    configuration.start().catch(error => console.error('casus: reading the settings failed:', error));
});

registerCaseModelNotifier(shared, connection); // feeds the preview
startLanguageServer(shared);
