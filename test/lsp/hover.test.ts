import { EmptyFileSystem } from 'langium';
import { expectHover, parseDocument } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';

const { Casus } = createCasusServices(EmptyFileSystem);
const hover = expectHover(Casus);

afterEach(() => {
    Casus.workspace.CasusSettings.locale = 'en';
});

const text = `casus "Test" {
  <|>ik Adviseur "Beleidsadviseur" {
    belang "Minder wachttijd"
    visie "Ik verbind op eigen belang"
  }
  organisatie {
    actor <|>Wijkteam "Sociaal wijkteam" {
      <|>belang "Minder *doorverwijzingen*"
      waarde "Eén gezin, één plan"
    }
    actor Schuldhulp
  }
  politiek {
    stakeholder Wethouder { wil "Resultaat" }
  }
  <|>verbinding Wij<|>kteam {
    helpt "Het wijkteam meldt signalen"
    waarom "Minder uitval"
  }
  spanning Adviseur Schuld<|>hulp "x"
}`;

describe('hover', () => {
    test('on verbinding: what it means and the worksheet question, in Dutch', async () => {
        Casus.workspace.CasusSettings.locale = 'nl';
        await hover({ text, index: 3, hover: /Hoe helpt deze partner jouw doel — en waarom zou die partner dat willen\?/, disposeAfterCheck: true });
        await hover({ text, index: 3, hover: /^\*\*verbinding\*\* — Een verbinding met een partner/, disposeAfterCheck: true });
        await hover({ text, index: 3, hover: /Ook te schrijven als `link`/, disposeAfterCheck: true });
    });

    test('on a keyword, in English with the English server locale', async () => {
        await hover({ text, index: 3, hover: /How does this partner help your goal — and why would that partner want to\?/, disposeAfterCheck: true });
        await hover({ text, index: 0, hover: /The ik-persoon: you, the analyst/, disposeAfterCheck: true });
    });

    test('the question follows the part: belang in an actor asks about the internal organisation', async () => {
        Casus.workspace.CasusSettings.locale = 'nl';
        await hover({ text, index: 2, hover: /Wie zitten er in je interne organisatie en wat zijn hun belangen\?/, disposeAfterCheck: true });
        await hover({ text, index: 0, hover: /Wat zijn jouw belangrijkste belangen, en wat is jouw visie op het governance-probleem\?/, disposeAfterCheck: true });
    });

    test('on a declared name: kind, quadrant, description, interests (escaped) and findings', async () => {
        Casus.workspace.CasusSettings.locale = 'nl';
        const document = await parseDocument(Casus, text.replace(/<\|>/g, ''), { validation: true });
        const offset = document.textDocument.getText().indexOf('Wijkteam "');
        const result = await Casus.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        const value = (result?.contents as { value: string }).value;
        expect(value).toContain('**actor Wijkteam** — kwadrant Interne organisatie (expertise)');
        expect(value).toContain('Sociaal wijkteam');
        expect(value).toContain('**Belangen**\n- Minder \\*doorverwijzingen\\*');
        expect(value).toContain('**Waarden**\n- Eén gezin, één plan');
        expect(value).not.toContain('Bevindingen');

        const other = document.textDocument.getText().indexOf('Schuldhulp\n');
        const second = await Casus.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(other) });
        const secondValue = (second?.contents as { value: string }).value;
        expect(secondValue).toContain('Nog geen belang benoemd.');
        expect(secondValue).toMatch(/\*\*Bevindingen\*\*\n- `unstated-interest` Actor Schuldhulp heeft geen benoemd belang/);
    });

    test('on a referenced name: the element it refers to', async () => {
        await hover({ text, index: 4, hover: /^\*\*actor Wijkteam\*\* — quadrant Internal organisation/, disposeAfterCheck: true });
        await hover({ text, index: 5, hover: /^\*\*actor Schuldhulp\*\*/, disposeAfterCheck: true });
    });

    test('on the ik and a stakeholder', async () => {
        const t = text.replace('<|>ik Adviseur', 'ik <|>Adviseur').replace('stakeholder Wethouder', 'stakeholder <|>Wethouder');
        await hover({ text: t, index: 0, hover: /^\*\*ik-persoon \(me\) Adviseur\*\* — in the centre; quadrant Vision \(goal\)[\s\S]*\*\*Interests\*\*\n- Minder wachttijd[\s\S]*\*\*Vision\*\*/, disposeAfterCheck: true });
        await hover({ text: t, index: 3, hover: /^\*\*stakeholder Wethouder\*\* — quadrant Political environment \(position\)[\s\S]*\*\*Wants\*\*\n- Resultaat/, disposeAfterCheck: true });
    });

    test('nothing on texts, braces and white space', async () => {
        for (const t of ['casus "T<|>est" { }', 'casus "Test" <|>{ }', 'casus "Test" {  <|>  }']) {
            await hover({ text: t, index: 0, hover: undefined, disposeAfterCheck: true });
        }
    });

    test('a placeholder interest is no stated interest, in the hover as in the finding', async () => {
        const placeholder = 'casus "T" {\n  ik A { belang "x" }\n  organisatie {\n    actor <|>Team { belang "?" }\n  }\n}';
        await hover({ text: placeholder, index: 0, hover: /No interest stated yet/i, disposeAfterCheck: true });
        const stated = placeholder.replace('belang "?"', 'belang "Minder wachtlijsten"');
        await hover({ text: stated, index: 0, hover: /^(?![\s\S]*No interest stated yet)[\s\S]*Minder wachtlijsten/i, disposeAfterCheck: true });
    });
});

