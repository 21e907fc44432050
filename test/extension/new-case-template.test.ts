import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { fileNameFor, newCaseTemplate, quoted, templateLanguageFor } from '../../src/extension/new-case-template.js';
import { createCasusServices } from '../../src/language/casus-module.js';
import { formatCaseText } from '../../src/language/formatting/format-case.js';
import { isCase } from '../../src/language/generated/ast.js';
import type { KeywordLanguage } from '../../src/language/keywords.js';
import { lspMessagesFor, type WorksheetPart } from '../../src/language/lsp/lsp-messages.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';
import { summary, validate } from '../helpers/validate.js';

/** The title the real parser reads from a text. */
async function parsedTitle(text: string): Promise<string | undefined> {
    const { shared } = createCasusServices(EmptyFileSystem);
    const [document] = await buildCaseDocuments(shared, [{ uri: URI.file('/test/title.casus'), text }]);
    const root = document.parseResult.value;
    return isCase(root) ? root.title : undefined;
}

const languages: KeywordLanguage[] = ['nl', 'en'];
const parts: WorksheetPart[] = ['organisatie', 'regels', 'politiek', 'visie', 'verbinding', 'casus'];

describe('the new-case template', () => {
    for (const language of languages) {
        test(`${language}: parses and gives only the findings that say what to fill in`, async () => {
            const text = newCaseTemplate('Wachtlijsten jeugdzorg', language);
            const found = summary(await validate(text)).map(line => line.replace(/^\d+:\d+ /, '')).sort();
            expect(found).toEqual(['empty-quadrant', 'empty-quadrant', 'empty-quadrant', 'missing-vision', 'unstated-interest']);
        });

        test(`${language}: asks the worksheet's question of every part, in ${language}`, () => {
            const text = newCaseTemplate('X', language);
            for (const part of parts) expect(text).toContain(lspMessagesFor(language).question(part));
        });

        test(`${language}: is laid out as casus format lays it out`, () => {
            const { Casus } = createCasusServices(EmptyFileSystem);
            const text = newCaseTemplate('Wachtlijsten jeugdzorg', language);
            expect(formatCaseText(Casus, text)).toMatchObject({ kind: 'formatted', edits: [] });
        });

        test(`${language}: CRLF line endings parse the same`, async () => {
            const text = newCaseTemplate('X', language, '\r\n');
            expect(text).not.toMatch(/[^\r]\n/);
            expect((await validate(text)).map(d => String(d.code)).sort()).toEqual((await validate(newCaseTemplate('X', language))).map(d => String(d.code)).sort());
        });
    }

    test('Dutch keywords for Dutch, English keywords for English', () => {
        expect(newCaseTemplate('T', 'nl')).toMatch(/^casus "T" \{$/m);
        expect(newCaseTemplate('T', 'nl')).toMatch(/^ {2}ik Analist \{$/m);
        expect(newCaseTemplate('T', 'nl')).toMatch(/^ {2}politiek \{\}$/m);
        expect(newCaseTemplate('T', 'en')).toMatch(/^case "T" \{$/m);
        expect(newCaseTemplate('T', 'en')).toMatch(/^ {2}me Analyst \{$/m);
        expect(newCaseTemplate('T', 'en')).toMatch(/^ {2}politics \{\}$/m);
        expect(newCaseTemplate('T', 'en')).not.toMatch(/^\s*(casus|ik|organisatie|regels|politiek|belang|visie)\b/m);
    });

    test('any title comes back unchanged from the parser (quotes, backslashes), on one line', async () => {
        for (const title of ['Schulden & school', 'De "wijkaanpak"', 'C:\\map\\casus', 'Één\ntwee', '  ']) {
            const expected = title.trim() === '' ? 'Titel van de casus' : title.replace(/\n/g, ' ');
            expect(await parsedTitle(newCaseTemplate(title, 'nl'))).toBe(expected);
            expect((await validate(newCaseTemplate(title, 'nl'))).some(d => d.code === 'syntax-error')).toBe(false);
        }
    });

    test('quoted escapes what the language escapes', () => {
        expect(quoted('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    });
});

describe('the template language follows the display language', () => {
    test.each([
        ['nl', 'nl'], ['nl-BE', 'nl'], ['NL', 'nl'], ['en', 'en'], ['en-US', 'en'], ['de', 'en'], ['nle', 'en'], ['', 'en'],
    ])('%s → %s', (display, expected) => {
        expect(templateLanguageFor(display)).toBe(expected);
    });
});

describe('file names from titles', () => {
    test.each([
        ['Wachtlijsten jeugdzorg', 'wachtlijsten-jeugdzorg.casus'],
        ['Één loket: schulden & school!', 'een-loket-schulden-school.casus'],
        ['../../etc/passwd', 'etc-passwd.casus'],
        ['???', 'casus.casus'],
        ['x'.repeat(100), `${'x'.repeat(60)}.casus`],
    ])('%s → %s', (title, expected) => {
        expect(fileNameFor(title)).toBe(expected);
    });
});

describe('the example cases shipped with the extension', () => {
    const expected = [
        'missing-vision', 'assumed-we', 'unstated-interest', 'we-as-actor', 'assumed-we',
        'unstated-interest', 'vertical-argument', 'link-without-why',
    ];
    for (const file of ['voorbeeld.casus', 'example.casus']) {
        test(`${file} shows the pitfalls of the model (the walkthrough points at them)`, async () => {
            const text = readFileSync(join(import.meta.dirname, '../../media/examples', file), 'utf8');
            expect((await validate(text)).map(d => String(d.code))).toEqual(expected);
        });
    }
});
