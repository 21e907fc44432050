import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLexer, EmptyFileSystem, type LangiumCoreServices } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';
import { generateCase } from '../helpers/generate-case.js';

const services = createCasusServices(EmptyFileSystem).Casus;
const casusLexer = services.parser.Lexer;
// The grammar's terminals run by chevrotain: the specification the hand-written lexer must match.
const grammarLexer = new DefaultLexer(services as unknown as LangiumCoreServices);

const shape = (t: { image: string; tokenType: { name: string }; startOffset: number; endOffset?: number; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number }) =>
    `${t.tokenType.name}|${t.image}|${t.startOffset}-${t.endOffset}|${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}`;

function expectSameTokens(text: string): void {
    const ours = casusLexer.tokenize(text);
    const grammar = grammarLexer.tokenize(text);
    expect(ours.errors).toEqual([]);
    expect(grammar.errors).toEqual([]);
    expect(ours.tokens.map(shape)).toEqual(grammar.tokens.map(shape));
    expect(ours.hidden.map(shape)).toEqual(grammar.hidden.map(shape));
}

describe('the hand-written lexer gives exactly the grammar\'s tokens', () => {
    const examples = join(import.meta.dirname, '../fixtures/shared/examples');
    for (const file of readdirSync(examples)) {
        test(file, () => expectSameTokens(readFileSync(join(examples, file), 'utf8')));
    }

    test('a generated case of 2,000 lines', () => expectSameTokens(generateCase(2000).text));

    test('tricky texts: Unicode names, keywords inside names, escapes, CRLF, comments, multi-line texts', () => {
        expectSameTokens([
            'casus "a \\"b\\" c\\\\" { // x', '\r\n', 'ik Één_2 { belang "multi\nline\r\nstring" }\r',
            '/* block\n comment */ organisatie{actor wetgeving actor Wet actor wet2 actor Ελλάδα actor Müller}',
            'regels { wet A } politiek {stakeholder _x{wil""}} verbinding actor', '\t\v\f spanning a b "x"', '\u00a0\u2028\u3000}',
            'ik a\u0301b \ud835\udc00x', // a combining accent inside a name; a mathematical letter outside the BMP
        ].join(''));
    });

    test('unexpected characters become one error per run and lexing goes on', () => {
        const result = casusLexer.tokenize('casus @#$ "T" { ik A ¤ }');
        expect(result.errors.map(e => [e.offset, e.length])).toEqual([[6, 3], [21, 1]]);
        expect(result.tokens.map(t => t.image)).toEqual(['casus', '"T"', '{', 'ik', 'A', '}']);
    });

    test('an unclosed text is reported once and lexing resumes on the next line', () => {
        const result = casusLexer.tokenize('casus "T" {\n  ik A { belang "open\n  }\n}');
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]).toMatchObject({ line: 2, column: 17, length: 5 });
        expect(result.tokens.map(t => t.image)).toEqual(['casus', '"T"', '{', 'ik', 'A', '{', 'belang', '}', '}']);
    });

    test('an unclosed block comment is an error, not a hang', () => {
        expect(casusLexer.tokenize('casus "T" { /* open').errors).toHaveLength(1);
    });

    test('NUL bytes and lone surrogates are errors', () => {
        const result = casusLexer.tokenize('casus\u0000"T" \ud800 {}');
        expect(result.errors.length).toBe(2);
        expect(result.tokens.map(t => t.image)).toEqual(['casus', '"T"', '{', '}']);
    });
});
