import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';
import { formatCaseText } from '../../src/language/formatting/format-case.js';
import { KEYWORD_PAIRS } from '../../src/language/keywords.js';
import { expectSameMeaning } from './same-meaning.js';

const EXAMPLES = join(import.meta.dirname, '../fixtures/shared/examples');
const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.casus')).sort()
    .map(name => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));

const { Casus } = createCasusServices(EmptyFileSystem);

/** Strings, comments, braces and words: the tokens of a case, for rebuilding it with other white space. */
const TOKEN = /"(?:\\[\s\S]|[^"\\])*"|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*|[{}]|[^\s{}"/]+/g;
const tokensOf = (text: string) => text.match(TOKEN) ?? [];

/** Joins tokens with the given gaps; a line comment always gets the line break it needs. */
function rebuild(tokens: readonly string[], gap: (index: number) => string, eol = '\n'): string {
    let text = '';
    tokens.forEach((token, i) => {
        let separator = i === 0 ? '' : gap(i);
        if (i > 0 && tokens[i - 1].startsWith('//') && !/[\r\n]/.test(separator)) separator += '\n';
        text += separator.replace(/\r?\n/g, eol) + token;
    });
    return text;
}

function format(text: string): string {
    const outcome = formatCaseText(Casus, text);
    if (outcome.kind !== 'formatted') throw new Error(`not formatted (${outcome.kind}):\n${text}`);
    return outcome.text;
}

/** Formats, and checks what must always hold: same meaning, idempotent, and the layout's own invariants. */
async function checkFormatting(text: string): Promise<string> {
    const formatted = format(text);
    expect(format(formatted), 'idempotent').toBe(formatted);
    await expectSameMeaning(text.replace(/^\ufeff/, ''), formatted.replace(/^\ufeff/, ''));
    const layout = formatted.replace(/^\ufeff/, '').replace(TOKEN, token => /^[{}]|^[^"/]/.test(token) ? token : 'X');
    const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    expect(layout.endsWith(eol) && !layout.endsWith(eol + eol), 'one final line ending').toBe(true);
    for (const line of layout.split(eol).slice(0, -1)) {
        expect(line, 'no stray line ending, tab or trailing space').not.toMatch(/[\r\n\t]|\s$/);
        expect(/^ */.exec(line)![0].length % 2, 'two-space indentation').toBe(0);
    }
    return formatted;
}

const toEnglish = (tokens: readonly string[]) => tokens.map(token => {
    const pair = (KEYWORD_PAIRS as Record<string, { en: readonly string[] } | undefined>)[token];
    return pair ? pair.en[0] : token;
});

describe.each(examples)('$name', ({ text }) => {
    test('formats to a fixed point with the same meaning', async () => {
        await checkFormatting(text);
    });

    test('everything on one line formats to the same layout as the example itself (after formatting)', async () => {
        const oneLine = rebuild(tokensOf(text), () => ' ');
        const formatted = await checkFormatting(oneLine);
        expect(format(rebuild(tokensOf(format(text)), () => ' '))).toBe(formatted);
        // Leaving out the comments, the one-line version is exactly the canonical layout of the example without its blank lines.
        const withoutComments = (t: string) => t.split('\n').filter(line => !/^\s*\/\//.test(line)).join('\n');
        expect(withoutComments(formatted).replace(/\n\n+/g, '\n')).toBe(withoutComments(format(text)).replace(/\n\n+/g, '\n'));
    });

    test('with English keywords', async () => {
        const english = rebuild(toEnglish(tokensOf(text)), () => ' ');
        const formatted = await checkFormatting(english);
        expect(formatted).toMatch(/^case /m);
    });

    const gaps = fc.constantFrom(' ', '  ', '\t', '\n', '\n\n\n', ' \t \n  ', '\r\n', '\n\t\t', '   \n\n');
    const comments = fc.constantFrom('', '', '', ' /* b */ ', '/*x*/', ' // regel\n', '\n// eigen regel\n', '\n/* over\n twee */\n', '// tegen\n', '\n// casus-ignore assumed-we unstated-interest\n');

    test('random white space and comments between any two tokens, LF or CRLF, with or without BOM', async () => {
        const tokens = tokensOf(text);
        await fc.assert(fc.asyncProperty(
            fc.array(fc.tuple(gaps, comments, gaps), { minLength: tokens.length, maxLength: tokens.length }),
            fc.boolean(), fc.boolean(), fc.boolean(),
            async (between, crlf, bom, english) => {
                const messy = (bom ? '\ufeff' : '') + rebuild(english ? toEnglish(tokens) : tokens, i => between[i].join(''), crlf ? '\r\n' : '\n');
                const formatted = await checkFormatting(messy);
                if (crlf) expect(formatted.replace(/"(?:\\[\s\S]|[^"\\])*"/g, '')).not.toMatch(/[^\r]\n/);
                expect(formatted.startsWith('\ufeff')).toBe(bom);
            }), { numRuns: 25, seed: 20261123 });
    });
});
