import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, DefaultLexer, EmptyFileSystem, GrammarAST, inject,
    type AstNode, type LangiumCoreServices, type LangiumParser, type ParseResult,
} from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { fuzzInputArb, validCaseArb } from '../fuzz/lib/arbitraries.js';
import { checkDirectParser } from '../fuzz/lib/properties.js';
import { createCasusServices } from '../../src/language/casus-module.js';
import { CasusCoreModule, registerCasusServices } from '../../src/language/casus-core-module.js';
import { CasusGeneratedModule, CasusGeneratedSharedModule } from '../../src/language/generated/module.js';
import { compileGrammar } from '../../src/language/parser/ll1-grammar.js';
import { generateCase } from '../helpers/generate-case.js';
import { diffParseTrees } from '../helpers/parse-tree-diff.js';
import { CLEAN_CASE } from '../helpers/validate.js';

const { Casus } = createCasusServices(EmptyFileSystem);
const parser = Casus.parser.CasusParser;
const recovering: LangiumParser = parser.recoveringParser;

/** The direct parse of a text (undefined where it stops), beside Langium's parse of it. */
function bothParses(text: string): { direct: AstNode | undefined; langium: ParseResult } {
    return { direct: parser.parseDirectly(text)?.value, langium: recovering.parse(text) };
}

/** The direct parser takes `text` and builds exactly Langium's tree. */
function expectSameTree(text: string): void {
    const { direct, langium } = bothParses(text);
    expect(langium.parserErrors.map(e => e.message), 'Langium parses it without errors').toEqual([]);
    expect(direct, 'the direct parser takes it').toBeDefined();
    expect(diffParseTrees(direct!, langium.value)).toBeUndefined();
}

const SHARED_EXAMPLES = join(import.meta.dirname, '../fixtures/shared/examples');
const examples = readdirSync(SHARED_EXAMPLES).filter(f => f.endsWith('.casus')).map(f => [f, readFileSync(join(SHARED_EXAMPLES, f), 'utf8')]);

describe('the direct parser builds the very tree Langium builds', () => {
    test('the Casus grammar compiles to a direct parser', () => {
        expect(parser.unsupported).toBeUndefined();
    });

    test.each(examples)('example %s', (_, text) => expectSameTree(text));

    test('the clean case, and generated cases of 10 to 2,000 lines', () => {
        expectSameTree(CLEAN_CASE);
        for (const lines of [10, 100, 2000]) expectSameTree(generateCase(lines, lines).text);
    });

    test.each([
        ['the smallest case', 'casus "T" {}'],
        ['English keywords and every member', `case "T" {
  me Adviser "d" { interest "a" goal "b" vision "c" }
  organization { size large expertise "e" actor A "a" { interest "i" expertise "x" value "v" } }
  rules { size medium law L "Law" { provision "p" } rule R "r" }
  politics { size small stakeholder S { wants "w" interest "i" } }
  link A { helps "h" why "y" }
  tension A S "t"
  tension Adviser A
}`],
        ['comments everywhere', '/* a */ casus /* b */ "T" // c\n{ // d\n ik /* e */ Jan /* f */ { // g\n belang /* h */ "x" } /* i */ organisatie { /* j */ } // k\n} // l\n/* m */'],
        ['a comment as the only content of a body', 'casus "T" { organisatie { // nothing yet\n } }'],
        ['comments before the first and after the last token only', '// top\ncasus "T" {}\n// bottom'],
        ['CRLF, CR and a byte order mark', '\uFEFFcasus "T" {\r\n  ik Jan\r  organisatie {\r\n  }\r\n}'],
        ['Unicode names, escapes and multi-line texts', 'casus "Één \\"casus\\"" { ik Ærøskøbing_2 { belang "a\\\\b\nc" } organisatie { actor Gemeenteraad actor Éénloket } verbinding Éénloket { waarom "ω" } spanning Ærøskøbing_2 Gemeenteraad }'],
        ['names that begin with a keyword', 'casus "T" { regels { regel wetgeving wet wettekst "x" } organisatie { actor actorschap } }'],
        ['empty member bodies and sections in any order', 'casus "T" { verbinding X {} politiek {} ik Y {} regels { wet W {} } organisatie { actor X {} } }'],
    ])('%s', (_, text) => expectSameTree(text));
});

describe('with another lexer (the benchmark swaps in chevrotain\'s)', () => {
    test('the direct parser reads that lexer\'s tokens and builds the same tree', () => {
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), CasusGeneratedSharedModule);
        const withChevrotainLexer = inject(createDefaultCoreModule({ shared }), CasusGeneratedModule, CasusCoreModule, {
            parser: { Lexer: (services: LangiumCoreServices) => new DefaultLexer(services) },
        });
        registerCasusServices(shared, withChevrotainLexer, false);
        const other = withChevrotainLexer.parser.CasusParser;
        for (const text of [examples[0][1], 'casus "T" { /* a */ ik Jan // b\n { belang "x" } } // c', generateCase(300).text]) {
            const direct = other.parseDirectly(text);
            expect(direct).toBeDefined();
            expect(diffParseTrees(direct!.value, other.recoveringParser.parse(text).value)).toBeUndefined();
        }
        expect(other.parseDirectly('casus "T" { § }')).toBeUndefined();
    });
});

describe('texts with syntax errors go to Langium\'s parser', () => {
    test.each([
        ['a missing closing brace', 'casus "T" { ik Jan'],
        ['an unknown word', 'casus "T" { ik Jan onzin }'],
        ['a keyword as a name', 'casus "T" { organisatie { actor actor } }'],
        ['a text that is not closed', 'casus "T" { ik Jan "open\n}'],
        ['a stray character', 'casus "T" { ik Jan § }'],
        ['tokens after the case', 'casus "T" {} ik Jan'],
        ['an empty file', ''],
        ['a comment only', '// niets'],
    ])('%s: the direct parser stops, and the result is Langium\'s with its errors', (_, text) => {
        const { direct, langium } = bothParses(text);
        expect(direct).toBeUndefined();
        const result = parser.parse(text);
        expect(result.parserErrors.length + result.lexerErrors.length).toBeGreaterThan(0);
        expect(result.parserErrors.map(e => e.message)).toEqual(langium.parserErrors.map(e => e.message));
        expect(diffParseTrees(result.value, langium.value)).toBeUndefined();
    });

    test('a parse of one rule (`options.rule`) is Langium\'s', () => {
        const result = parser.parse('actor A { belang "b" }', { rule: 'Actor' });
        expect(result.parserErrors).toEqual([]);
        expect(result.value.$type).toBe('Actor');
    });

    test('a parse after a stopped one starts afresh', () => {
        parser.parse('casus "T" { organisatie { actor A } ik');
        expectSameTree('casus "T" { organisatie { actor A } }');
        expect(diffParseTrees(parser.parse('casus "T" { ik B }').value, recovering.parse('casus "T" { ik B }').value)).toBeUndefined();
    });
});

describe('a text that begins as the last stopped one did, up to past where it stopped', () => {
    test('goes straight to Langium\'s parser; a change at or before that point tries the direct parser again', () => {
        const own = createCasusServices(EmptyFileSystem).Casus.parser.CasusParser;
        const direct = vi.spyOn(own, 'parseDirectly');
        const broken = 'casus "T" { ik A onzin organisatie { actor B } }';
        expect(own.parse(broken).parserErrors.length).toBeGreaterThan(0);
        expect(direct).toHaveBeenCalledTimes(1);

        const editedLater = broken.replace('actor B', 'actor Bc');
        const result = own.parse(editedLater);
        expect(direct, 'the same start: not tried again').toHaveBeenCalledTimes(1);
        const langium = own.recoveringParser.parse(editedLater); // the same services' parser: the same token types
        expect(result.parserErrors.map(e => e.message)).toEqual(langium.parserErrors.map(e => e.message));
        expect(diffParseTrees(result.value, langium.value)).toBeUndefined();

        // The character after the token it stopped at decides where that token ends: a change there is tried again.
        own.parse(broken.replace('onzin ', 'onzinx '));
        expect(direct).toHaveBeenCalledTimes(2);
        const mended = editedLater.replace(' onzin', '');
        expect(own.parse(mended).parserErrors).toEqual([]);
        expect(direct).toHaveBeenCalledTimes(3);
        expect(diffParseTrees(own.parse(mended).value, own.recoveringParser.parse(mended).value)).toBeUndefined();
    });

    test('edits anywhere after a stop: every parse is Langium\'s (fast-check)', () => {
        const own = createCasusServices(EmptyFileSystem).Casus.parser.CasusParser;
        const direct = vi.spyOn(own, 'parseDirectly');
        let parses = 0;
        fc.assert(fc.property(fuzzInputArb(), fc.nat(), fc.constantFrom('', 'x', ' ', '}', '"', 'actor'), ({ text }, at, insert) => {
            own.parse(text);
            parses += 2;
            const position = text.length === 0 ? 0 : at % (text.length + 1);
            const edited = text.slice(0, position) + insert + text.slice(position + (insert === '' ? 1 : 0));
            const ours = own.parse(edited), langium = own.recoveringParser.parse(edited);
            expect(ours.parserErrors.map(e => e.message)).toEqual(langium.parserErrors.map(e => e.message));
            expect(diffParseTrees(ours.value, langium.value)).toBeUndefined();
        }), { numRuns: 300, seed: 13 });
        expect(parses - direct.mock.calls.length, 'parses that went straight to Langium\'s parser').toBeGreaterThan(30);
    });
});

describe('generated texts (fast-check)', () => {
    test('every valid generated case: taken directly, the same tree', () => {
        fc.assert(fc.property(validCaseArb, text => expectSameTree(text)), { numRuns: 150, seed: 11 });
    });

    test('mutated cases: taken directly exactly when Langium finds no syntax error, and then the same tree', () => {
        let direct = 0, stopped = 0;
        fc.assert(fc.property(fuzzInputArb(), ({ text }) => {
            if (checkDirectParser(Casus, text)) direct++;
            else stopped++;
        }), { numRuns: 400, seed: 12 });
        expect(direct).toBeGreaterThan(20);
        expect(stopped).toBeGreaterThan(20);
    });
});

describe('the tree comparison finds differences', () => {
    const text = 'casus "T" { ik Jan { belang "b" } organisatie { actor A } verbinding A }';
    const fresh = () => recovering.parse(text).value as AstNode & Record<string, unknown>;

    test('in a value, in the order of properties, in a container, in a reference and in the CST', () => {
        expect(diffParseTrees(fresh(), fresh())).toBeUndefined();
        expect(diffParseTrees(recovering.parse(text.replace('"b"', '"c"')).value, fresh())).toMatch(/text/);

        const reordered = fresh();
        const title = reordered.title;
        delete reordered.title;
        reordered.title = title;
        expect(diffParseTrees(reordered, fresh())).toMatch(/properties/);

        const moved = fresh() as unknown as { sections: Array<{ $container: unknown }> };
        moved.sections[1].$container = moved.sections[0];
        expect(diffParseTrees(moved as unknown as AstNode, fresh())).toMatch(/container/);

        const relinked = fresh() as unknown as { sections: Array<{ partner?: { $refNode: unknown } }> };
        const reference = relinked.sections[2].partner!;
        Object.defineProperty(reference, '$refNode', { value: (relinked as unknown as AstNode).$cstNode });
        expect(diffParseTrees(relinked as unknown as AstNode, fresh())).toMatch(/refNode/);

        const regrammared = fresh();
        const [first, second] = regrammared.$cstNode!.root.content;
        Object.defineProperty(first, 'grammarSource', { value: second.grammarSource });
        expect(diffParseTrees(regrammared, fresh())).toMatch(/grammar element/);
    });
});

describe('the grammar compiler', () => {
    test('a grammar it does not handle gives no direct parser, so every text goes to Langium\'s', () => {
        const action = { $type: 'Action', type: undefined } as unknown as GrammarAST.AbstractElement;
        const rule = { $type: 'ParserRule', name: 'R', entry: true, fragment: false, parameters: [], definition: action } as unknown as GrammarAST.ParserRule;
        const grammar = { $type: 'Grammar', rules: [rule] } as unknown as GrammarAST.Grammar;
        const context = { next: () => undefined, consume: () => undefined, subrule: () => undefined, mismatch: (): never => { throw new Error('mismatch'); } };
        expect(compileGrammar(grammar, {}, context)).toBeUndefined();
    });
});
