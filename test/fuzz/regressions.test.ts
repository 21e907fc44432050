import { CstNodeBuilder, EmptyFileSystem } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkInput, createFuzzServices, type FuzzServices } from './lib/properties.js';
import { createCasusServices } from '../../src/language/casus-module.js';
import { formatCaseText } from '../../src/language/formatting/format-case.js';
import type { Case, Organisatie } from '../../src/language/generated/ast.js';
import { validate } from '../helpers/validate.js';

/**
 * Every failure the fuzzer found, as its shrunk input, run through the same
 * properties (test/fuzz/lib/properties.ts) in this process. The comment says
 * what was wrong and where it was fixed.
 */
let services: FuzzServices | undefined;
const fuzz = () => (services ??= createFuzzServices());

afterEach(() => {
    vi.restoreAllMocks();
});

describe('fuzz regressions', () => {
    test('a lone high surrogate at the end: the syntax error stays inside the document (casus-lexer.ts counted it as a pair)', async () => {
        await checkInput(fuzz(), '\ud800', [0, 1]);
        await checkInput(fuzz(), 'casus "T" { \ud800', [5]);
        // A lone high surrogate before an ordinary character: the error covers the surrogate only.
        const [error] = await validate('\ud800A');
        expect(error.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
    });

    test('a megabyte of "wij" in one belang: findings are kept (Langium overflowed the stack spreading 262,144 of them and dropped all)', async () => {
        const text = `casus "T" { ik A { belang "${'wij '.repeat(1 << 18)}" visie "v" } }`;
        await checkInput(fuzz(), text, [30]);
        const diagnostics = await validate(text);
        // The first 10,000 findings in reading order: three empty quadrants (on the title), then the first "wij"s.
        expect(diagnostics).toHaveLength(10_000);
        const we = diagnostics.filter(d => d.code === 'assumed-we');
        expect(we).toHaveLength(9_997);
        expect(we[0].range.start).toEqual({ line: 0, character: 27 });
    }, 60_000);

    test('many members in one section parse in a linear pass: no sibling search before every token (linear-hidden-nodes.ts)', () => {
        // The wrapper must only hand real comments to Langium's CstNodeBuilder:
        // an empty call looked the new element up among all its siblings.
        const spy = vi.spyOn(CstNodeBuilder.prototype, 'addHiddenNodes');
        const { Casus } = createCasusServices(EmptyFileSystem);
        const members = Array.from({ length: 2000 }, (_, i) => (i % 500 === 0 ? `// groep ${i}\nactor A${i}` : `actor A${i}`)).join(' ');
        const parsed = Casus.parser.LangiumParser.parse(`casus "T" { organisatie { ${members} } }`);
        expect(parsed.parserErrors).toEqual([]);
        expect(spy.mock.calls.every(([tokens]) => tokens.length > 0)).toBe(true);
        expect(spy).toHaveBeenCalledTimes(4);
        const organisatie = (parsed.value as Case).sections[0] as Organisatie;
        expect(organisatie.actors[500].$cstNode?.text).toBe('actor A500');
    });

    test('a lone \\r before a block comment with \\n inside: formatting is idempotent (layout.ts took the line ending from inside the comment)', async () => {
        const text = '\r/* meer\nregels */\ncase "" {\n\n}\n';
        await checkInput(fuzz(), text, [0]);
        const outcome = formatCaseText(fuzz().Casus, text);
        expect(outcome).toMatchObject({ kind: 'formatted', text: '/* meer\nregels */\rcase "" {}\r' });
    });

    test('32,768 actors on one line survive every property (the generous test timeout is the hang detector)', async () => {
        await checkInput(fuzz(), `casus "T" { organisatie { ${'actor A '.repeat(1 << 15)} } }`, [40]);
    }, 120_000);
});
