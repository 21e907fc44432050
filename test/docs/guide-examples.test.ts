import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/language/i18n/locale.js';
import { DiagnosticCodes } from '../../src/language/validation/diagnostic-codes.js';
import { actionsFor, Casus } from '../lsp/quick-fix-harness.js';
import { validate } from '../helpers/validate.js';

/**
 * The guides promise an analyst what Casus will say. Every ```casus block in
 * them carries a comment that this test holds them to:
 *
 *   <!-- expect: none -->                the example gives no finding at all
 *   <!-- expect: assumed-we -->          exactly these codes (comma-separated), nothing else
 *   <!-- quickfix: Vervang "…" door "…" -->  the light bulb offers this very title for the first finding
 *   <!-- quickfix: none -->              it offers nothing but "ignore" (or nothing, for a syntax error)
 *   <!-- diagram: NAME -->               drawn as docs/images/NAME.png by npm run docs:images
 *   <!-- fragment -->                    a piece of a case, not checked on its own
 *
 * "Casus zegt: *…*" / "Casus says: *…*" after an example must be the message
 * the example really gets, word for word, in the guide's language.
 */
const docs = join(import.meta.dirname, '../../docs');
const guides: Array<{ file: string; locale: Locale; says: string }> = [
    { file: 'handleiding.md', locale: 'nl', says: 'Casus zegt' },
    { file: 'guide.md', locale: 'en', says: 'Casus says' },
];

interface Example {
    line: number;
    text: string;
    markers: Map<string, string>;
    /** The Markdown after the block, up to the next block. */
    after: string;
}

/** The ```casus blocks of a Markdown text with the <!-- key: value --> comments right above each. */
function examplesIn(markdown: string): Example[] {
    const lines = markdown.split('\n');
    const examples: Example[] = [];
    for (let i = 0; i < lines.length; i++) {
        const open = /^(\s*)```casus\s*$/.exec(lines[i]);
        if (!open) continue;
        const indent = open[1].length;
        let end = i + 1;
        while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
        const markers = new Map<string, string>();
        for (let j = i - 1; j >= 0; j--) {
            const line = lines[j].trim();
            if (line === '') continue;
            const comment = /^<!--\s*([\w-]+)(?::\s*(.*?))?\s*-->$/.exec(line);
            if (!comment) break;
            markers.set(comment[1], comment[2] ?? '');
        }
        let next = end + 1;
        while (next < lines.length && !/^\s*```casus\s*$/.test(lines[next])) next++;
        examples.push({
            line: i + 1,
            text: lines.slice(i + 1, end).map(l => l.slice(Math.min(indent, /^\s*/.exec(l)![0].length))).join('\n') + '\n',
            markers,
            after: lines.slice(end + 1, next).join('\n'),
        });
        i = end;
    }
    return examples;
}

const expectedCodes = (example: Example): string[] => {
    const value = example.markers.get('expect') ?? '';
    return value === 'none' ? [] : value.split(',').map(code => code.trim()).filter(Boolean).sort();
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

afterAll(() => {
    Casus.workspace.CasusSettings.locale = 'en';
});

for (const guide of guides) {
    const path = join(docs, guide.file);
    const markdown = readFileSync(path, 'utf8');
    const examples = examplesIn(markdown);

    describe(`docs/${guide.file}`, () => {
        test('every casus block is checked (expect) or marked as a fragment', () => {
            expect(examples.length).toBeGreaterThan(20);
            const unmarked = examples.filter(e => !e.markers.has('expect') && !e.markers.has('fragment')).map(e => e.line);
            expect(unmarked, 'lines of unmarked ```casus blocks').toEqual([]);
        });

        for (const example of examples.filter(e => e.markers.has('expect'))) {
            const codes = expectedCodes(example);
            test(`line ${example.line}: gives ${codes.join(', ') || 'no finding'}`, async () => {
                const diagnostics = await validate(example.text, { locale: guide.locale });
                const found = [...new Set(diagnostics.map(d => String(d.code)))].sort();
                expect(found, diagnostics.map(d => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`).join('\n')).toEqual(codes);

                const said = new RegExp(`${guide.says}: \\*([^*]+)\\*`).exec(example.after);
                if (said) expect(diagnostics.map(d => oneLine(String(d.message)))).toContain(oneLine(said[1]));
            });

            const fix = example.markers.get('quickfix');
            if (fix !== undefined) {
                test(`line ${example.line}: the light bulb offers ${fix === 'none' ? 'no fix but "ignore"' : fix}`, async () => {
                    expect(codes.length, 'a quick-fix marker needs a finding').toBe(1);
                    Casus.workspace.CasusSettings.locale = guide.locale;
                    const { actions } = await actionsFor(example.text, codes[0]);
                    const titles = actions.map(a => a.title);
                    const fixes = titles.filter(title => !title.includes('casus-ignore'));
                    if (fix === 'none') {
                        expect(fixes).toEqual([]);
                        expect(titles.length).toBe(codes[0] === 'syntax-error' ? 0 : 1);
                    } else {
                        expect(titles).toContain(fix);
                        // The guide names the fix in its text, as the analyst will see it.
                        expect(oneLine(markdown)).toContain(`**${fix}**`);
                    }
                });
            }
        }

        test('every finding has its own section with a bad and a good example and what the light bulb offers', () => {
            for (const code of DiagnosticCodes) {
                const start = markdown.indexOf(`### \`${code}\``);
                expect(start, `a section ### \`${code}\``).toBeGreaterThan(0);
                const rest = markdown.slice(start + 4);
                const section = rest.slice(0, rest.search(/\n#{2,3} /));
                const inSection = examplesIn(section);
                expect(inSection.some(e => expectedCodes(e).includes(code) && e.markers.has('quickfix')), `${code}: a bad example with a quickfix marker`).toBe(true);
                expect(inSection.some(e => e.markers.get('expect') === 'none'), `${code}: a good example`).toBe(true);
                expect(inSection.some(e => new RegExp(`${guide.says}: \\*`).test(e.after)), `${code}: what Casus says`).toBe(true);
            }
        });

        test('every picture it shows is in docs/images, and every diagram has its picture', () => {
            const images = [...markdown.matchAll(/!\[[^\]]+\]\(images\/([^)]+)\)/g)].map(m => m[1]);
            expect(images.length).toBeGreaterThan(2);
            for (const image of images) expect(existsSync(join(docs, 'images', image)), image).toBe(true);
            for (const example of examples.filter(e => e.markers.has('diagram'))) {
                expect(example.markers.get('expect'), 'a drawn example is a clean one').toBe('none');
                expect(images).toContain(`${example.markers.get('diagram')}.png`);
            }
        });

        test('links to other files of the repository lead somewhere', () => {
            const links = [...markdown.matchAll(/\]\((?!https?:|#|images\/)([^)]+)\)/g)].map(m => m[1]);
            for (const link of links) expect(existsSync(join(docs, link)), link).toBe(true);
        });
    });
}

test('the pictures stay small: at most 450 KB together', () => {
    const folder = join(docs, 'images');
    const total = readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
    expect(total).toBeLessThanOrEqual(450 * 1024);
});
