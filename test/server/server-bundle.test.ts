import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LspTestClient } from './lsp-client.js';

const EXAMPLES = join(import.meta.dirname, '../fixtures/shared/examples');

describe('the bundled language server on Node 20', () => {
    let client: LspTestClient;

    beforeAll(async () => {
        client = await LspTestClient.start('nl');
    });

    afterAll(async () => {
        await client?.stop();
    });

    test('publishes the specified findings for an opened example, in the client locale', async () => {
        const file = join(EXAMPLES, 'proeftuin-populatiemanagement.casus');
        const uri = pathToFileURL(file).href;
        client.open(uri, readFileSync(file, 'utf8'));
        const diagnostics = await client.diagnosticsFor(uri);
        expect(diagnostics.map(d => `${d.range.start.line + 1} ${String(d.code)}`)).toEqual([
            '6 missing-vision', '7 assumed-we', '11 unstated-interest', '15 we-as-actor', '16 assumed-we',
            '25 unstated-interest', '32 vertical-argument', '35 link-without-why',
        ]);
        expect(diagnostics.find(d => d.code === 'assumed-we')!.message).toContain("Er is geen 'wij'");
    });

    test('follows edits: a finding appears and goes as the user types', async () => {
        const uri = 'file:///virtual/typing.casus';
        const clean = readFileSync(join(EXAMPLES, 'schulden-en-school.casus'), 'utf8');
        client.open(uri, clean);
        expect(await client.diagnosticsFor(uri)).toEqual([]);
        client.change(uri, clean.replace('belang "De caseload', 'belang "Wij willen de caseload'), 2);
        const typed = await client.diagnosticsFor(uri, d => d.length > 0);
        expect(typed.map(d => d.code)).toEqual(['assumed-we']);
        client.change(uri, clean, 3);
        expect(await client.diagnosticsFor(uri, d => d.length === 0)).toEqual([]);
    });
});
