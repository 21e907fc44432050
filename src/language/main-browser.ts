import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startCasusLanguageServer } from './start-server.js';

// The language server in a web worker, for VS Code for the Web (vscode.dev, github.dev).
// The open documents arrive over LSP; there is no file system to read casus.json from here.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0]; // the worker scope (no WebWorker lib in this tsconfig)

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startCasusLanguageServer(connection, EmptyFileSystem.fileSystemProvider);
