import { EmptyFileSystem } from 'langium';
import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { InsertTextFormat } from 'vscode-languageserver';
import { createCasusServices } from '../../src/language/casus-module.js';
import { plainSnippet } from '../../src/language/lsp/snippet.js';

const { Casus } = createCasusServices(EmptyFileSystem);
const complete = expectCompletion(Casus);

async function itemsAt(text: string): Promise<CompletionItem[]> {
    let result: CompletionList = { isIncomplete: false, items: [] };
    await complete({ text, index: 0, assert: list => { result = list; }, disposeAfterCheck: true });
    return result.items;
}

const labels = (items: CompletionItem[], kind?: number) => items.filter(i => kind === undefined || i.kind === kind).map(i => i.label);

const dutchCase = `casus "Test" {
  ik Adviseur { belang "Minder wachttijd" }
  organisatie {
    actor Wijkteam { belang "Minder doorverwijzingen" }
  }
  politiek {
    stakeholder Wethouder { wil "Resultaat" }
  }
  regels {
    wet Jeugdwet "Jeugdwet"
  }
  <|>
}`;

describe('completion', () => {
    test('offers only Dutch keywords in a file that starts with casus', async () => {
        const items = await itemsAt(dutchCase);
        const words = labels(items);
        expect(words).toEqual(expect.arrayContaining(['verbinding', 'spanning']));
        expect(words).not.toContain('link');
        expect(words).not.toContain('tension');
    });

    test('documents each keyword with its meaning and worksheet question, in the server language', async () => {
        Casus.workspace.CasusSettings.locale = 'nl';
        try {
            const items = await itemsAt(dutchCase);
            const link = items.find(i => i.label === 'verbinding' && i.kind === 14);
            expect((link?.documentation as { value: string }).value).toContain('Hoe helpt deze partner jouw doel — en waarom zou die partner dat willen?');
        } finally {
            Casus.workspace.CasusSettings.locale = 'en';
        }
    });

    test('offers only English keywords in a file that starts with case', async () => {
        const items = await itemsAt('case "T" {\n  me Adviser { interest "x" }\n  <|>\n}');
        const words = labels(items);
        expect(words).toEqual(expect.arrayContaining(['link', 'tension', 'organisation', 'rules', 'politics']));
        expect(words).not.toContain('verbinding');
        expect(words).not.toContain('regels');
    });

    test('offers both case keywords in an empty file, each with a new-case snippet', async () => {
        const items = await itemsAt('<|>');
        expect(labels(items, 14 /* Keyword */).sort()).toEqual(['case', 'casus']);
        const snippets = items.filter(i => i.insertTextFormat === InsertTextFormat.Snippet);
        expect(snippets.map(s => s.label).sort()).toEqual(['case', 'casus']);
    });

    test('offers the actors and stakeholders after verbinding', async () => {
        const items = await itemsAt(dutchCase.replace('<|>', 'verbinding <|>'));
        expect(labels(items, 18 /* Reference */).sort()).toEqual(['Wethouder', 'Wijkteam']);
        expect(labels(items)).not.toContain('Adviseur');
        expect(labels(items)).not.toContain('Jeugdwet');
    });

    test('offers the ik, actors and stakeholders after spanning; the second party is someone else', async () => {
        const first = await itemsAt(dutchCase.replace('<|>', 'spanning <|>'));
        expect(labels(first, 18).sort()).toEqual(['Adviseur', 'Wethouder', 'Wijkteam']);
        const second = await itemsAt(dutchCase.replace('<|>', 'spanning Wijkteam <|>'));
        expect(labels(second, 18).sort()).toEqual(['Adviseur', 'Wethouder']);
    });

    test('describes each name by its kind and quadrant', async () => {
        const items = await itemsAt(dutchCase.replace('<|>', 'spanning <|>'));
        expect(items.find(i => i.label === 'Wijkteam')?.labelDetails?.description).toBe('actor · quadrant Internal organisation (expertise)');
        expect(items.find(i => i.label === 'Adviseur')?.detail).toBe('ik-persoon (me)');
    });

    test('offers the sizes in the file\'s keyword language after omvang', async () => {
        const nl = await itemsAt('casus "T" {\n  organisatie {\n    omvang <|>\n  }\n}');
        expect(labels(nl).sort()).toEqual(['groot', 'klein', 'middel']);
        const en = await itemsAt('case "T" {\n  organisation {\n    size <|>\n  }\n}');
        expect(labels(en).sort()).toEqual(['large', 'medium', 'small']);
    });

    test('offers the catalogue of laws after wet, inserting name and official title', async () => {
        const items = await itemsAt('casus "T" {\n  regels {\n    wet <|>\n  }\n}');
        const wmo = items.find(i => i.label === 'Wmo2015');
        expect(wmo?.textEdit?.newText).toBe('Wmo2015 "Wet maatschappelijke ondersteuning 2015"');
        const titles = items.map(i => i.labelDetails?.description ?? '');
        for (const title of ['Wet maatschappelijke ondersteuning', 'Jeugdwet', 'Participatiewet', 'Wet gemeentelijke schuldhulpverlening',
            'Leerplichtwet 1969', 'Wet passend onderwijs', 'Zorgverzekeringswet', 'Wet langdurige zorg', 'Wet publieke gezondheid',
            'Wet verplichte geestelijke gezondheidszorg', 'Wet zorg en dwang', 'Gemeentewet', 'Algemene verordening gegevensbescherming']) {
            expect(titles.some(t => t.startsWith(title)), title).toBe(true);
        }
    });

    test('inserts only the name of a law that already has a title', async () => {
        const items = await itemsAt('casus "T" {\n  regels {\n    wet Jeu<|> "Jeugdwet"\n  }\n}');
        expect(items.find(i => i.label === 'Jeugdwet')?.textEdit?.newText).toBe('Jeugdwet');
    });

    test('offers snippets for actor, stakeholder, law and connection in the file\'s language', async () => {
        const inOrganisation = await itemsAt('casus "T" {\n  organisatie {\n    <|>\n  }\n}');
        const actor = inOrganisation.find(i => i.label === 'actor' && i.insertTextFormat === InsertTextFormat.Snippet);
        expect(plainSnippet(String(actor?.textEdit?.newText)).text).toBe('actor Naam "omschrijving" {\n\tbelang ""\n}');

        const inPolitics = await itemsAt('case "T" {\n  politics {\n    <|>\n  }\n}');
        const stakeholder = inPolitics.find(i => i.label === 'stakeholder' && i.insertTextFormat === InsertTextFormat.Snippet);
        expect(plainSnippet(String(stakeholder?.textEdit?.newText)).text).toBe('stakeholder Name "description" {\n\twants ""\n}');

        const inRules = await itemsAt('casus "T" {\n  regels {\n    <|>\n  }\n}');
        const law = inRules.find(i => i.label === 'wet' && i.insertTextFormat === InsertTextFormat.Snippet);
        expect(plainSnippet(String(law?.textEdit?.newText)).text).toBe('wet Naam "" {\n\tbepaling ""\n}');

        const link = (await itemsAt(dutchCase)).find(i => i.label === 'verbinding' && i.insertTextFormat === InsertTextFormat.Snippet);
        expect(link?.textEdit?.newText).toBe('verbinding ${1|Wijkteam,Wethouder|} {\n\thelpt "$2"\n\twaarom "$3"\n}');
    });

    test('a new-case snippet parses as a case', async () => {
        const items = await itemsAt('<|>');
        const snippet = items.find(i => i.label === 'casus' && i.insertTextFormat === InsertTextFormat.Snippet);
        const text = plainSnippet(String(snippet?.textEdit?.newText)).text;
        const document = await Casus.shared.workspace.LangiumDocumentFactory.fromString(text, { scheme: 'file', path: '/snippet.casus' } as never);
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    test('accepting a partner after verbinding writes the whole block as a snippet, in the file\'s keyword language', async () => {
        const items = await itemsAt(dutchCase.replace('<|>', 'verbinding <|>'));
        const wijkteam = items.find(i => i.label === 'Wijkteam')!;
        expect(wijkteam.insertTextFormat).toBe(InsertTextFormat.Snippet);
        const inserted = (wijkteam.textEdit as { newText: string } | undefined)?.newText ?? wijkteam.insertText;
        expect(plainSnippet(inserted!).text).toBe('Wijkteam {\n\thelpt ""\n\twaarom ""\n}');
        const english = await itemsAt('case "T" {\n  me A { interest "x" }\n  politics { stakeholder Council { wants "y" } }\n  link <|>\n}');
        const council = english.find(i => i.label === 'Council')!;
        expect(plainSnippet(((council.textEdit as { newText: string } | undefined)?.newText ?? council.insertText)!).text).toBe('Council {\n\thelps ""\n\twhy ""\n}');
    });

    test('completing the name of a verbinding that has its block inserts only the name', async () => {
        const items = await itemsAt(dutchCase.replace('<|>', 'verbinding W<|> {\n    helpt "x"\n  }'));
        const wijkteam = items.find(i => i.label === 'Wijkteam')!;
        expect((wijkteam.textEdit as { newText: string } | undefined)?.newText ?? wijkteam.insertText).toBe('Wijkteam');
    });

    test('no partner is offered after verbinding or spanning typed inside a block, where the grammar allows neither', async () => {
        const inOrganisation = dutchCase.replace('actor Wijkteam { belang "Minder doorverwijzingen" }', 'actor Wijkteam { belang "Minder doorverwijzingen" }\n    verbinding <|>').replace('<|>\n}', '\n}');
        expect(labels(await itemsAt(inOrganisation))).toEqual([]);
        const inActor = dutchCase.replace('{ belang "Minder doorverwijzingen" }', '{ spanning <|> }').replace(/\n {2}<\|>\n/, '\n');
        expect(labels(await itemsAt(inActor))).not.toContain('Wethouder');
    });
});

