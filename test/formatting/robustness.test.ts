import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { expect, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';
import { formatCaseText } from '../../src/language/formatting/format-case.js';
import { nonWhiteSpace } from './same-meaning.js';

const { Casus } = createCasusServices(EmptyFileSystem);

// Pieces of cases, broken or not: the formatter must never throw, never change
// anything but white space, and be idempotent whenever it formats.
const piece = fc.constantFrom(
    'casus', 'case', '"T"', '{', '}', 'ik', 'me', 'A', 'B', 'belang', '"a b"', '"x\ny"', 'organisatie', 'actor', 'omvang', 'groot',
    'regels', 'wet', 'regel', 'politiek', 'stakeholder', 'wil', 'verbinding', 'helpt', 'waarom', 'spanning', '// c', '/* d */',
    '/* e\n f */', ' ', '\n', '\r\n', '\t', '"', '\\', '/', '*', '@', 'ë', '\ufeff', '"\\"', '/*',
);

test('arbitrary sequences of case pieces: no throw, only white space changes, idempotent', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(' ', '\n', ''), (pieces, glue) => {
        const text = pieces.join(glue);
        const outcome = formatCaseText(Casus, text);
        if (outcome.kind !== 'formatted') return;
        expect(nonWhiteSpace(outcome.text)).toBe(nonWhiteSpace(text));
        const again = formatCaseText(Casus, outcome.text);
        expect(again).toMatchObject({ kind: 'formatted', text: outcome.text });
    }), { numRuns: 300, seed: 4242 });
});

test('well-formed random cases always format', () => {
    const member = fc.constantFrom('belang "b"', 'doel "d"', 'visie "v"', '// c\n', '/* c */');
    const section = fc.oneof(
        fc.array(member, { maxLength: 4 }).map(ms => `ik Ik { ${ms.join(' ')} }`),
        fc.array(fc.constantFrom('omvang klein', 'expertise "e"', 'actor X', 'actor Y { waarde "w" }', '// c\n'), { maxLength: 4 }).map(ms => `organisatie { ${ms.join(' ')} }`),
        fc.constantFrom('spanning Ik X "t"', 'verbinding X { helpt "h" }', 'politiek {}', 'regels { wet W { bepaling "p" } regel R }'),
    );
    fc.assert(fc.property(fc.array(section, { maxLength: 6 }), fc.constantFrom(' ', '\n', '\n\n\t'), (sections, glue) => {
        const text = `casus "R" {${glue}${sections.join(glue)}${glue}}`;
        const outcome = formatCaseText(Casus, text);
        expect(outcome.kind).toBe('formatted');
        if (outcome.kind !== 'formatted') return;
        expect(nonWhiteSpace(outcome.text)).toBe(nonWhiteSpace(text));
        expect(formatCaseText(Casus, outcome.text)).toMatchObject({ text: outcome.text });
    }), { numRuns: 200, seed: 99 });
});

test('a large case with thousands of comments formats (in linear passes; the test timeout guards against a hang)', () => {
    const members = Array.from({ length: 3000 }, (_, i) => `// over actor ${i}\n actor A${i} { belang "b${i}" } /* ${i} */`).join('\n');
    const text = `casus "Groot" { organisatie { ${members} } }`;
    const outcome = formatCaseText(Casus, text);
    expect(outcome.kind).toBe('formatted');
    // Header lines, four lines per actor (the first comment stays behind `organisatie {`), closing lines, final line ending.
    if (outcome.kind === 'formatted') expect(outcome.text.split('\n')).toHaveLength(2 + 3000 * 4 - 1 + 2 + 1);
});
