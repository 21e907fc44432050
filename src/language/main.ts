import './polyfills.js';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startCasusLanguageServer } from './start-server.js';

// The language server's process: started by the extension over IPC (or stdio by any other LSP client).
startCasusLanguageServer(createConnection(ProposedFeatures.all), NodeFileSystem.fileSystemProvider);
