import { EmptyFileSystem } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';

const { Casus } = createCasusServices(EmptyFileSystem);
const expectFormat = expectFormatting(Casus);

const MESSY = [
    'casus "T" {',          // 0
    'ik   A   {',           // 1
    '      belang    "a"',  // 2
    '   doel "b"   visie "v"', // 3
    '}',                    // 4
    '  organisatie {  actor B  }', // 5
    '}',                    // 6
].join('\n');

describe('range formatting (Format Selection)', () => {
    test('only the selected line changes', async () => {
        await expectFormat({
            before: MESSY,
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } },
            after: MESSY.replace('      belang    "a"', '    belang "a"'),
            disposeAfterCheck: true,
        });
    });

    test('a selection of whole lines (ending at column 0 of the next line) leaves that next line alone', async () => {
        await expectFormat({
            before: MESSY,
            range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
            after: MESSY.replace('      belang    "a"', '    belang "a"'),
            disposeAfterCheck: true,
        });
    });

    test('a selection that starts mid-line still fixes that line\'s indentation; lines after it stay', async () => {
        await expectFormat({
            before: MESSY,
            range: { start: { line: 3, character: 9 }, end: { line: 3, character: 12 } },
            after: MESSY.replace('   doel "b"   visie "v"', '    doel "b"\n    visie "v"'),
            disposeAfterCheck: true,
        });
    });

    test('several lines, up to a section: each gets the canonical layout', async () => {
        await expectFormat({
            before: MESSY,
            range: { start: { line: 1, character: 0 }, end: { line: 4, character: 1 } },
            after: [
                'casus "T" {',
                '  ik A {',
                '    belang "a"',
                '    doel "b"',
                '    visie "v"',
                '  }',
                '  organisatie {  actor B  }',
                '}',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });

    test('the whole text as range is the same as formatting the document', async () => {
        await expectFormat({
            before: MESSY,
            range: { start: { line: 0, character: 0 }, end: { line: 6, character: 1 } },
            after: 'casus "T" {\n  ik A {\n    belang "a"\n    doel "b"\n    visie "v"\n  }\n\n  organisatie {\n    actor B\n  }\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('a text with syntax errors is left alone, also in a range', async () => {
        const broken = 'casus "T" {\n   ik   A {  belang \n}';
        await expectFormat({ before: broken, after: broken, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } }, disposeAfterCheck: true });
    });
});
