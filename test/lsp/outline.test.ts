import { EmptyFileSystem } from 'langium';
import { expectFoldings, expectSemanticToken, expectSymbols, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { createCasusServices } from '../../src/language/casus-module.js';

const { Casus } = createCasusServices(EmptyFileSystem);

const text = `casus "Schulden en school" {
  ik Adviseur { belang "Minder schulden" }
  organisatie {
    actor Wijkteam { belang "Minder doorverwijzingen" }
    actor Schuldhulp { belang "Termijn halen" }
  }
  regels {
    wet Wgs "Wet gemeentelijke schuldhulpverlening"
    regel Verzuim "Via de leerplichtambtenaar"
    wet AVG
  }
  politiek {
    stakeholder Wethouder { wil "Resultaat" }
  }
  verbinding Wijkteam { helpt "a" waarom "b" }
  spanning Wijkteam Schuldhulp "c"
}`;

const kindName = (kind: SymbolKind) => Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(s => [`${'  '.repeat(depth)}${s.name} (${kindName(s.kind)})`, ...outline(s.children ?? [], depth + 1)]);
}

function contains(outer: DocumentSymbol, inner: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
    const before = (a: typeof inner.start, b: typeof inner.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.range.start, inner.start) && before(inner.end, outer.range.end);
}

function nested(symbols: DocumentSymbol[]): boolean {
    return symbols.every(s => contains(s, s.selectionRange) && (s.children ?? []).every(c => contains(s, c.range)) && nested(s.children ?? []));
}

describe('document symbols', () => {
    test('group the elements by quadrant, in the server language', async () => {
        Casus.workspace.CasusSettings.locale = 'nl';
        try {
            await expectSymbols(Casus)({
                text,
                disposeAfterCheck: true,
                assert: symbols => {
                    expect(outline(symbols)).toEqual([
                        'Schulden en school (File)',
                        '  Adviseur (Variable)',
                        '  Interne organisatie (Namespace)',
                        '    Wijkteam (Class)',
                        '    Schuldhulp (Class)',
                        '  Wet- en regelgeving (Namespace)',
                        '    Wgs (Module)',
                        '    Verzuim (Constant)',
                        '    AVG (Module)',
                        '  Politieke omgeving (Namespace)',
                        '    Wethouder (Interface)',
                        '  verbinding Wijkteam (Event)',
                        '  spanning Wijkteam ↔ Schuldhulp (Operator)',
                    ]);
                    // Breadcrumbs need every range inside its parent's and every selection inside its own range.
                    expect(nested(symbols)).toBe(true);
                },
            });
        } finally {
            Casus.workspace.CasusSettings.locale = 'en';
        }
    });

    test('still give an outline while the text does not parse', async () => {
        await expectSymbols(Casus)({
            text: 'case "T" {\n  organisation {\n    actor YouthTeam {\n      interest "x"\n',
            disposeAfterCheck: true,
            assert: symbols => {
                expect(outline(symbols)).toEqual(['T (File)', '  Internal organisation (Namespace)', '    YouthTeam (Class)']);
                expect(symbols.every(s => s.name.length > 0)).toBe(true);
            },
        });
    });
});

describe('folding', () => {
    test('folds blocks of three lines or more, block comments and runs of line comments', async () => {
        const source = `<|// Een casus over schulden,
// met een lange toelichting
// over drie regels.
|>casus "T" {<|
  /* een blok-
     commentaar
  */
  organisatie {<|
    actor Wijkteam {<|
      belang "a"
    |>}
  |>}
  // kort
  ik Adviseur { belang "b" }
|>}`;
        await expectFoldings(Casus)({
            text: source,
            disposeAfterCheck: true,
            assert: (foldings, expected) => {
                const lines = (offset: number) => source.replace(/<\||\|>/g, '').slice(0, offset).split('\n').length - 1;
                const actual = foldings.map(f => `${f.startLine}-${f.endLine}${f.kind ? ' ' + f.kind : ''}`);
                expect(actual).toEqual([
                    `${lines(expected[0][0])}-${lines(expected[0][1]) - 1} comment`,
                    `${lines(expected[1][0])}-${lines(expected[1][1]) - 1}`,
                    // like Langium's own folding of comments, the closing line stays visible
                    '4-5 comment',
                    `${lines(expected[2][0])}-${lines(expected[2][1]) - 1}`,
                    `${lines(expected[3][0])}-${lines(expected[3][1]) - 1}`,
                ]);
            },
        });
    });
});

describe('semantic tokens', () => {
    test('the ik, actors, stakeholders and laws have distinct token types, at declaration and reference', async () => {
        const tokens = await highlightHelper(Casus)(`casus "T" {
  ik <|Adviseur|> { belang "b" }
  organisatie { actor <|Wijkteam|> { belang "a" } }
  politiek { stakeholder <|Wethouder|> { wil "w" } }
  regels { wet <|Wgs|> regel <|Protocol|> }
  verbinding <|Wethouder|> { helpt "h" waarom "w" }
  spanning <|Adviseur|> <|Wijkteam|> "s"
  spanning Adviseur Onbekend "s"
}`);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.class });
        // an unresolved name gets no token: the error says what is wrong with it
        expect(tokens.tokens.some(t => t.text === 'Onbekend')).toBe(false);
        const legend = Casus.lsp.SemanticTokenProvider!.tokenModifiers;
        const [declared, referenced] = tokens.tokens.filter(t => t.text === 'Adviseur');
        expect(declared.tokenModifiers).toBe(legend.readonly | legend.declaration);
        expect(referenced.tokenModifiers).toBe(legend.readonly);
    });
});
