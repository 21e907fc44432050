import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../server/lsp-client.js';

// The built language server (`npm run build` first) in its own process, as VS Code runs it.

const CASE = 'casus "T" {\nik A { belang "Wij willen minder schulden" }\n}';

describe('the bundled language server: settings and formatting over LSP', () => {
    let client: LspTestClient;
    beforeAll(async () => { client = await LspTestClient.start('nl'); });
    afterAll(async () => { await client?.stop(); });

    test('workspace/didChangeConfiguration changes severities and the message language, and the findings are published again', async () => {
        const uri = 'file:///virtual/settings.casus';
        client.open(uri, CASE);
        const initial = await client.diagnosticsFor(uri, d => d.length > 0);
        expect(initial.find(d => d.code === 'assumed-we')?.severity).toBe(2);

        void client.connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { casus: { diagnostics: { severity: { 'assumed-we': 'error', 'empty-quadrant': 'off' } } } },
        });
        const changed = await client.diagnosticsFor(uri, d => d.find(x => x.code === 'assumed-we')?.severity === 1);
        expect(changed.map(d => d.code)).not.toContain('empty-quadrant');
        expect(String(changed.find(d => d.code === 'assumed-we')!.message)).toContain("Er is geen 'wij'");

        void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { casus: { language: 'en' } } });
        const english = await client.diagnosticsFor(uri, d => d.some(x => x.code === 'assumed-we' && String(x.message).includes("There is no 'we'")));
        expect(english.find(d => d.code === 'assumed-we')!.severity).toBe(2); // the severity setting was removed with it
    });

    test('textDocument/formatting and rangeFormatting return the canonical layout', async () => {
        const uri = 'file:///virtual/format.casus';
        client.open(uri, CASE);
        await client.diagnosticsFor(uri);
        const options = { tabSize: 4, insertSpaces: true };
        const edits = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
        const document = TextDocument.create(uri, 'casus', 1, CASE);
        expect(TextDocument.applyEdits(document, edits)).toBe('casus "T" {\n  ik A {\n    belang "Wij willen minder schulden"\n  }\n}\n');

        const ranged = await client.connection.sendRequest<TextEdit[]>('textDocument/rangeFormatting', {
            textDocument: { uri }, options, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
        });
        expect(TextDocument.applyEdits(document, ranged)).toBe(CASE); // line 0 is already canonical
    });
});
