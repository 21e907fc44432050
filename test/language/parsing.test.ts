import { EmptyFileSystem, inject } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createCasusServices, CasusLspModule } from '../../src/language/casus-module.js';
import { CasusCoreModule } from '../../src/language/casus-core-module.js';
import type { Case } from '../../src/language/generated/ast.js';
import { isActor, isOrganisatie, isRegels, isVerbinding, isSpanning, isIk, isPolitiek } from '../../src/language/generated/ast.js';
import { CasusGeneratedModule, CasusGeneratedSharedModule, CasusLanguageMetaData } from '../../src/language/generated/module.js';
import { CasusGrammar } from '../../src/language/generated/grammar.js';
import { KEYWORD_PAIRS } from '../../src/language/keywords.js';
import { GrammarAST, AstUtils } from 'langium';
import { codes, validate, CLEAN_CASE } from '../helpers/validate.js';

const services = createCasusServices(EmptyFileSystem).Casus;
const parse = parseHelper<Case>(services);

async function parsed(text: string): Promise<Case> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors.map(e => e.message)).toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    return document.parseResult.value;
}

describe('grammar', () => {
    test('is free of ambiguities (chevrotain checks it in development mode)', () => {
        // Production bundles skip these checks for start-up time; this test keeps them honest.
        const shared = inject(createDefaultSharedModule(EmptyFileSystem), CasusGeneratedSharedModule);
        const dev = inject(createDefaultModule({ shared }), CasusGeneratedModule, CasusCoreModule, CasusLspModule, {
            LanguageMetaData: () => ({ ...CasusLanguageMetaData, mode: 'development' as const }),
        });
        // Langium's (chevrotain) parser is the one that analyses the grammar; the direct parser hands it every text with an error.
        expect(() => dev.parser.CasusParser.recoveringParser).not.toThrow();
    });

    test('the keyword table lists exactly the grammar keywords', () => {
        const grammarKeywords = new Set(AstUtils.streamAllContents(CasusGrammar()).filter(GrammarAST.isKeyword).map(k => k.value)
            .filter(k => /^\p{L}+$/u.test(k)).toArray());
        const tableKeywords = new Set(Object.values(KEYWORD_PAIRS).flatMap(p => [p.nl, ...p.en]));
        expect([...tableKeywords].sort()).toEqual([...grammarKeywords].sort());
    });

    test('cross-references occur only in verbinding and spanning (CasusLinker visits just those)', () => {
        const rulesWithReferences = AstUtils.streamAllContents(CasusGrammar()).filter(GrammarAST.isCrossReference)
            .map(ref => AstUtils.getContainerOfType(ref, GrammarAST.isParserRule)?.name).toArray();
        expect([...new Set(rulesWithReferences)].sort()).toEqual(['Spanning', 'Verbinding']);
    });

    test('a complete Dutch case', async () => {
        const root = await parsed(CLEAN_CASE);
        expect(root.title).toBe('Schone casus');
        expect(root.sections.map(s => s.$type)).toEqual(['Ik', 'Organisatie', 'Regels', 'Politiek', 'Verbinding']);
    });

    test('English aliases parse to the same structure', async () => {
        const root = await parsed(`case "T" {
  me Adviser { interest "a" goal "b" vision "c" }
  organization { size large expertise "e" actor A { interest "i" expertise "x" value "v" } }
  rules { size medium law L "Law" { provision "p" } rule R "r" }
  politics { size small stakeholder S { wants "w" interest "i" } }
  link A { helps "h" why "y" }
  tension A S "t"
}`);
        const ik = root.sections.find(isIk)!;
        expect([ik.interests.length, ik.goals.length, ik.visions.length]).toEqual([1, 1, 1]);
        const org = root.sections.find(isOrganisatie)!;
        expect(org.sizes[0].value).toBe('large');
        expect(org.actors[0].values[0].text).toBe('v');
        expect(root.sections.find(isRegels)!.rules[0].name).toBe('R');
        expect(root.sections.find(isPolitiek)!.stakeholders[0].wants[0].text).toBe('w');
        const link = root.sections.find(isVerbinding)!;
        expect(link.partner.ref?.name).toBe('A');
        const tension = root.sections.find(isSpanning)!;
        expect([tension.first.ref?.name, tension.second.ref?.name, tension.text]).toEqual(['A', 'S', 't']);
    });

    test('"organisation" is accepted as well as "organization"', async () => {
        await parsed('case "T" { organisation { } }');
    });

    test('sections in any order, bodies empty or left out', async () => {
        const root = await parsed(`casus "T" {
  verbinding Huisartsen
  politiek { }
  organisatie { actor Huisartsen }
  regels { wet Zvw }
  ik Ik
}`);
        expect(root.sections.map(s => s.$type)).toEqual(['Verbinding', 'Politiek', 'Organisatie', 'Regels', 'Ik']);
        expect(root.sections.find(isOrganisatie)!.actors.filter(isActor)[0].interests).toEqual([]);
    });

    test('Unicode names: letters of any script, digits after the first character, underscores', async () => {
        const root = await parsed(`casus "T" { organisatie { actor Één_team actor Wmo2015 actor Gemeenteraad actor Zorgverzekeraar actor Müller actor Ελλάδα actor _intern } }`);
        expect(root.sections.find(isOrganisatie)!.actors.map(a => a.name)).toEqual(['Één_team', 'Wmo2015', 'Gemeenteraad', 'Zorgverzekeraar', 'Müller', 'Ελλάδα', '_intern']);
    });

    test('a name cannot start with a digit', async () => {
        const document = await parse('casus "T" { organisatie { actor 2Team } }');
        expect(document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length).toBeGreaterThan(0);
    });

    test('texts span lines and know the escapes \\" and \\\\', async () => {
        const root = await parsed('casus "T" { ik A { belang "een \\"echt\\" belang\nover twee regels met C:\\\\pad en \\n" } }');
        expect(root.sections.find(isIk)!.interests[0].text).toBe('een "echt" belang\nover twee regels met C:\\pad en \\n');
    });

    test('line and block comments anywhere', async () => {
        await parsed(`// kop
casus /* titel volgt */ "T" { // na de accolade
  /* blok
     over regels */
  ik A { belang "b" } // einde
}
// na het einde`);
    });

    test('a byte order mark and CRLF line endings', async () => {
        const root = await parsed('\uFEFFcasus "T" {\r\n  ik A {\r\n    belang "b"\r\n  }\r\n}\r\n');
        expect(root.sections.find(isIk)!.name).toBe('A');
    });

    test('CRLF positions agree with the editor', async () => {
        const diagnostics = await validate('casus "T" {\r\n  ik A {\r\n    belang "Wij"\r\n  }\r\n}\r\n');
        const we = diagnostics.find(d => d.code === 'assumed-we')!;
        expect(we.range).toEqual({ start: { line: 2, character: 12 }, end: { line: 2, character: 15 } });
    });

    test('a BOM does not shift columns', async () => {
        const diagnostics = await validate('\uFEFFcasus "T" { ik A { belang "Wij" } }');
        const we = diagnostics.find(d => d.code === 'assumed-we')!;
        expect(we.range.start.character).toBe(27);
    });

    test('keywords are not names, but names may contain keywords', async () => {
        const root = await parsed('casus "T" { organisatie { actor Wetgeving actor wetgevingsteam actor Actor } }');
        expect(root.sections.find(isOrganisatie)!.actors.map(a => a.name)).toEqual(['Wetgeving', 'wetgevingsteam', 'Actor']);
        expect(codes(await validate('casus "T" { organisatie { actor wet } }'))).toContain('syntax-error');
    });
});
