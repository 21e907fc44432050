import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams, SemanticTokens, TextDocumentEdit } from 'vscode-languageserver-protocol';

const SERVER = join(import.meta.dirname, '../../out/language/main.cjs');

/**
 * The editing features through the built language server over JSON-RPC, as
 * VS Code's client reaches them: advertised in `initialize`, and quick fixes
 * as snippet edits when the client says it can apply them.
 */
describe('editing features in the bundled language server', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    let capabilities: InitializeResult['capabilities'];
    const published = new Map<string, Diagnostic[]>();

    beforeAll(async () => {
        if (!existsSync(SERVER)) throw new Error('The language server is not built: run `npm run build` first.');
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            published.set(params.uri, params.diagnostics);
        });
        connection.onRequest('workspace/configuration', () => []);
        connection.onRequest('client/registerCapability', () => null);
        connection.listen();
        const result = await connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid, rootUri: null, locale: 'nl',
            capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } },
        });
        capabilities = result.capabilities;
        await connection.sendNotification('initialized', {});
    });

    afterAll(async () => {
        try {
            await connection?.sendRequest('shutdown');
            await connection?.sendNotification('exit');
        } finally {
            connection?.dispose();
            server?.kill();
        }
    });

    test('advertises every editing feature', () => {
        expect(capabilities.completionProvider).toBeDefined();
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.definitionProvider).toBeTruthy();
        expect(capabilities.referencesProvider).toBeTruthy();
        expect(capabilities.renameProvider).toBeTruthy();
        expect(capabilities.documentHighlightProvider).toBeTruthy();
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toEqual(expect.arrayContaining(['class', 'function', 'variable', 'namespace']));
    });

    test('a quick fix arrives as a snippet edit with the cursor inside the quotes', async () => {
        const uri = 'file:///virtual/fix.casus';
        const text = 'casus "T" {\n  ik A {\n    visie "Eigen visie"\n  }\n}\n';
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'casus', version: 1, text } });
        let diagnostics: Diagnostic[] | undefined;
        for (let i = 0; i < 200 && !(diagnostics = published.get(uri)?.filter(d => d.code === 'unstated-interest'))?.length; i++) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        const finding = diagnostics![0];
        const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] },
        });
        expect(actions[0].title).toBe('Voeg belang "" toe aan A');
        const change = actions[0].edit?.documentChanges?.[0] as TextDocumentEdit;
        expect(change.textDocument).toEqual({ uri, version: 1 });
        // Inserted at the start of the `}` line: the editor adds no indentation of its own there.
        expect(change.edits).toEqual([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, snippet: { kind: 'snippet', value: '    belang "$1"\n' } }]);

        const tokens = await connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
        expect(tokens.data.length).toBe(5); // one token: the ik's name
    });
});
