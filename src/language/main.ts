import './polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCasusServices } from './casus-module.js';
import { toLocale } from './i18n/locale.js';

// The language server's process: started by the extension over IPC (or stdio by any other LSP client).
const connection = createConnection(ProposedFeatures.all);
const { shared, Casus } = createCasusServices({ connection, ...NodeFileSystem });

shared.lsp.LanguageServer.onInitialize(params => {
    Casus.workspace.CasusSettings.locale = toLocale(params.locale);
});

startLanguageServer(shared);
