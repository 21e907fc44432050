import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition, expectHighlight, parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCasusServices } from '../../src/language/casus-module.js';

const { Casus } = createCasusServices(EmptyFileSystem);

const text = `casus "Test" {
  ik <|Adviseur|> {
    belang "Minder wachttijd"
    visie "Eigen visie"
  }
  organisatie {
    actor <|Wijk<|>team|> { belang "Minder doorverwijzingen" }
  }
  politiek {
    stakeholder Wethouder { wil "Resultaat" }
  }
  verbinding <|Wijk<|>team|> {
    helpt "Meldt signalen"
    waarom "Minder uitval"
  }
  spanning <|Wijk<|>team|> <|Advi<|>seur|> "Botsende belangen"
}`;

describe('go to definition', () => {
    test('from a verbinding and a spanning to the declaration', async () => {
        const definition = expectGoToDefinition(Casus);
        await definition({ text, index: 1, rangeIndex: 1, disposeAfterCheck: true });
        await definition({ text, index: 2, rangeIndex: 1, disposeAfterCheck: true });
        // the ik, named as a party of a tension
        await definition({ text, index: 3, rangeIndex: 0, disposeAfterCheck: true });
    });
});

describe('find references', () => {
    test('finds every verbinding and spanning naming an actor, through the index despite the custom scoping', async () => {
        const references = expectFindReferences(Casus);
        const wijkteam = text.replace('<|Adviseur|>', 'Adviseur').replace('<|Advi<|>seur|>', 'Adviseur');
        await references({ text: wijkteam, includeDeclaration: true, disposeAfterCheck: true });
        // without the declaration: the two references only
        const withoutDeclaration = wijkteam.replace('actor <|Wijk<|>team|>', 'actor Wijk<|>team');
        await references({ text: withoutDeclaration, includeDeclaration: false, disposeAfterCheck: true });
    });

    test('finds the ik as a party of a tension', async () => {
        const references = expectFindReferences(Casus);
        const ik = text.replace(/<\|Wijk<\|>team\|>/g, 'Wijkteam').replace('<|Advi<|>seur|>', '<|Adviseur|>').replace('ik <|Adviseur|>', 'ik <|Advi<|>seur|>');
        await references({ text: ik, includeDeclaration: true, disposeAfterCheck: true });
    });
});

describe('document highlights', () => {
    test('highlights the declaration and every use of a name', async () => {
        const highlight = expectHighlight(Casus);
        await highlight({ text, index: 1, rangeIndex: [1, 2, 3], disposeAfterCheck: true });
        await highlight({ text, index: 3, rangeIndex: [0, 4], disposeAfterCheck: true });
    });
});

async function renameAt(source: string, name: string, newName: string): Promise<string> {
    const document = await parseDocument(Casus, source);
    try {
        const offset = source.indexOf(name) + 1;
        const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName };
        const edit = await Casus.lsp.RenameProvider!.rename(document, params);
        const edits: TextEdit[] = edit?.changes?.[document.uri.toString()] ?? [];
        return TextDocument.applyEdits(TextDocument.create('x', 'casus', 0, source), edits);
    } finally {
        await clearDocuments(Casus, [document]);
    }
}

const plain = text.replace(/<\|>|<\||\|>/g, '');

describe('rename', () => {
    test('renames the declaration and every reference, from the declaration or from a reference', async () => {
        const expected = plain.replace(/Wijkteam/g, 'Buurtteam');
        expect(await renameAt(plain, 'Wijkteam {', 'Buurtteam')).toBe(expected);
        expect(await renameAt(plain, 'Wijkteam Adviseur', 'Buurtteam')).toBe(expected);
        expect(await renameAt(plain, 'Adviseur "', 'Analist')).toBe(plain.replace(/Adviseur/g, 'Analist'));
    });

    test('accepts Unicode names', async () => {
        expect(await renameAt(plain, 'Wijkteam {', 'Één_team2')).toBe(plain.replace(/Wijkteam/g, 'Één_team2'));
    });

    test.each([
        ['2team', /geen geldige naam|not a valid name/],
        ['Wijk team', /not a valid name/],
        ['', /not a valid name/],
        ['"x"', /not a valid name/],
        ['actor', /keyword/],
        ['link', /keyword/],
        ['Wethouder', /already used/],
    ])('refuses %j', async (newName, message) => {
        await expect(renameAt(plain, 'Wijkteam {', newName)).rejects.toThrow(message);
        await expect(renameAt(plain, 'Wijkteam {', newName)).rejects.toBeInstanceOf(ResponseError);
    });

    test('refuses in Dutch with a Dutch server locale', async () => {
        Casus.workspace.CasusSettings.locale = 'nl';
        try {
            await expect(renameAt(plain, 'Wijkteam {', 'regels')).rejects.toThrow('"regels" is een sleutelwoord van Casus');
        } finally {
            Casus.workspace.CasusSettings.locale = 'en';
        }
    });
});
