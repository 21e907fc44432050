import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';

const { Casus } = createCasusServices(EmptyFileSystem);
const EXAMPLES = join(import.meta.dirname, '../fixtures/shared/examples');

/** Broken texts an editor sees while someone types: every example cut off at many points, and a few oddities. */
function brokenTexts(): string[] {
    const texts: string[] = ['', '"', '{', 'casus', 'case "', 'casus "T" { verbinding', 'casus "T" { spanning A', '\uFEFFcasus "T" {\r\n}', '/* open comment'];
    for (const file of readdirSync(EXAMPLES).filter(f => f.endsWith('.casus'))) {
        const text = readFileSync(join(EXAMPLES, file), 'utf8');
        for (let cut = 0; cut < text.length; cut += 97) texts.push(text.slice(0, cut));
        texts.push(text.replace(/\{/g, ''), text.replace(/\}/g, ''), text.replace(/"/g, ''));
    }
    return texts;
}

describe('editing features never crash on broken text', () => {
    test('completion, hover, symbols, folding, tokens, highlights, rename checks and quick fixes at many positions', async () => {
        const lsp = Casus.lsp;
        let requests = 0;
        for (const text of brokenTexts()) {
            const document = await parseDocument(Casus, text, { validation: true });
            const textDocument = { uri: document.uri.toString() };
            try {
                await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
                await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
                await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
                for (const diagnostic of document.diagnostics ?? []) {
                    await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
                }
                for (let offset = 0; offset <= text.length; offset += 13) {
                    const position = document.textDocument.positionAt(offset);
                    await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
                    await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
                    await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position });
                    await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
                    requests++;
                }
            } finally {
                await clearDocuments(Casus, [document]);
            }
        }
        expect(requests).toBeGreaterThan(500);
    });
});
