import { describe, expect, test } from 'vitest';
import { actionsFor, Casus, checkFix } from './quick-fix-harness.js';

const TYPED = 'Minder wachttijd voor gezinnen';

const clean = `casus "Test" {
  ik Adviseur {
    belang "Minder schulden"
    visie "Partners doen mee als het hen zelf iets oplevert"
  }

  organisatie {
    actor Wijkteam {
      belang "Minder doorverwijzingen"
    }
  }

  regels {
    wet Jeugdwet "Jeugdwet"
  }

  politiek {
    stakeholder Wethouder { wil "Resultaat" }
  }

  verbinding Wijkteam {
    helpt "Meldt signalen"
    waarom "Minder uitval"
  }
}
`;

describe('quick fixes: add the missing text', () => {
    test('unstated-interest on an actor: belang "" in its block, cursor inside the quotes', async () => {
        const text = clean.replace('      belang "Minder doorverwijzingen"\n', '');
        await checkFix({
            text, code: 'unstated-interest', title: /belang ""/, fills: { 1: TYPED },
            expected: clean.replace('      belang "Minder doorverwijzingen"\n', '      belang ""\n'),
        });
    });

    test('unstated-interest on an actor without a body: gives it one', async () => {
        const text = clean.replace('    actor Wijkteam {\n      belang "Minder doorverwijzingen"\n    }\n', '    actor Wijkteam "Sociaal wijkteam"\n');
        await checkFix({
            text, code: 'unstated-interest', title: /belang ""/, fills: { 1: TYPED },
            expected: clean.replace('    actor Wijkteam {\n      belang "Minder doorverwijzingen"\n    }\n', '    actor Wijkteam "Sociaal wijkteam" {\n      belang ""\n    }\n'),
        });
    });

    test('unstated-interest on a stakeholder with a one-line block: wil "" (preferred) or belang ""', async () => {
        const text = clean.replace('stakeholder Wethouder { wil "Resultaat" }', 'stakeholder Wethouder { }');
        const { actions } = await actionsFor(text, 'unstated-interest');
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ['Add wil "" to Wethouder', true],
            ['Add belang "" to Wethouder', false],
            ['Ignore this finding here (// casus-ignore unstated-interest)', false],
        ]);
        await checkFix({
            text, code: 'unstated-interest', title: /wil ""/, fills: { 1: TYPED },
            expected: clean.replace('stakeholder Wethouder { wil "Resultaat" }', 'stakeholder Wethouder {\n      wil ""\n    }'),
        });
    });

    test('unstated-interest on the ik, in an English file: interest ""', async () => {
        const text = 'case "T" {\n\tme Adviser {\n\t\tvision "Own view"\n\t}\n}\n';
        await checkFix({
            text, code: 'unstated-interest', title: /interest ""/, fills: { 1: TYPED },
            expected: 'case "T" {\n\tme Adviser {\n\t\tvision "Own view"\n\t\tinterest ""\n\t}\n}\n',
        });
    });

    test('missing-vision: visie "" in the ik', async () => {
        const text = clean.replace('    visie "Partners doen mee als het hen zelf iets oplevert"\n', '');
        await checkFix({
            text, code: 'missing-vision', title: /visie ""/, fills: { 1: TYPED },
            expected: clean.replace('    visie "Partners doen mee als het hen zelf iets oplevert"\n', '    visie ""\n'),
        });
    });

    test('missing-vision with a placeholder vision: no second visie (that would not parse)', async () => {
        const text = clean.replace('visie "Partners doen mee als het hen zelf iets oplevert"', 'visie "TODO"');
        const { actions } = await actionsFor(text, 'missing-vision');
        expect(actions.map(a => a.title)).toEqual(['Ignore this finding here (// casus-ignore missing-vision)']);
    });

    test('link-without-why and link-without-help: waarom "" and helpt ""', async () => {
        await checkFix({
            text: clean.replace('    waarom "Minder uitval"\n', ''), code: 'link-without-why', title: /waarom ""/, fills: { 1: TYPED },
            expected: clean.replace('    waarom "Minder uitval"\n', '    waarom ""\n'),
        });
        await checkFix({
            text: clean.replace('    helpt "Meldt signalen"\n', ''), code: 'link-without-help', title: /helpt ""/, fills: { 1: TYPED },
            expected: clean.replace('    helpt "Meldt signalen"\n    waarom "Minder uitval"\n', '    waarom "Minder uitval"\n    helpt ""\n'),
        });
    });

    test('keeps CRLF line endings', async () => {
        const text = clean.replace('    waarom "Minder uitval"\n', '').replace(/\n/g, '\r\n');
        await checkFix({
            text, code: 'link-without-why', title: /waarom ""/, fills: { 1: TYPED },
            expected: clean.replace('    waarom "Minder uitval"\n', '    waarom ""\n').replace(/\n/g, '\r\n'),
        });
    });
});

describe('quick fixes: structure', () => {
    test('missing-ik: an ik block with belang and visie right after the case opens', async () => {
        const text = clean.replace('  ik Adviseur {\n    belang "Minder schulden"\n    visie "Partners doen mee als het hen zelf iets oplevert"\n  }\n', '');
        await checkFix({
            text, code: 'missing-ik', title: /ik-persoon/, fills: { 1: 'Adviseur', 2: TYPED, 3: 'Eigen visie op het probleem' },
            expected: text.replace('casus "Test" {\n', 'casus "Test" {\n  ik Analist {\n    belang ""\n    visie ""\n  }\n'),
        });
    });

    test('missing-ik in an English one-line case', async () => {
        const text = 'case "T" { organisation { actor A { interest "x" } } }';
        await checkFix({
            text, code: 'missing-ik', title: /me Name/, fills: { 2: TYPED, 3: 'Own view' },
            expected: 'case "T" {\n  me Analyst {\n    interest ""\n    vision ""\n  }\n   organisation { actor A { interest "x" } } }',
        });
    });

    test('unresolved-reference: create the actor in the existing organisatie', async () => {
        const text = clean.replace('verbinding Wijkteam', 'verbinding Schuldhulp');
        const { actions } = await actionsFor(text, 'unresolved-reference');
        expect(actions.map(a => a.title).slice(0, 2)).toEqual(['Create actor Schuldhulp in organisatie', 'Create stakeholder Schuldhulp in politiek']);
        await checkFix({
            text, code: 'unresolved-reference', title: /actor Schuldhulp/, fills: { 1: TYPED },
            expected: text.replace('      belang "Minder doorverwijzingen"\n    }\n', '      belang "Minder doorverwijzingen"\n    }\n    actor Schuldhulp {\n      belang ""\n    }\n'),
        });
    });

    test('unresolved-reference: create the stakeholder, adding the politiek section above the connections', async () => {
        const text = clean.replace('  politiek {\n    stakeholder Wethouder { wil "Resultaat" }\n  }\n\n', '').replace('verbinding Wijkteam', 'verbinding Raad');
        await checkFix({
            text, code: 'unresolved-reference', title: /stakeholder Raad in politiek/, fills: { 1: TYPED },
            expected: text.replace('  verbinding Raad', '  politiek {\n    stakeholder Raad {\n      wil ""\n    }\n  }\n\n  verbinding Raad'),
            alsoRemoves: ['empty-quadrant'],
        });
    });

    test('unresolved-reference in a spanning, English file without organisation: creates the section at the end', async () => {
        const text = 'case "T" {\n  me Adviser { interest "x" vision "y" }\n  tension Adviser Providers "Budget versus quality"\n}\n';
        await checkFix({
            text, code: 'unresolved-reference', title: /actor Providers in organisation/, fills: { 1: TYPED },
            expected: 'case "T" {\n  me Adviser { interest "x" vision "y" }\n  organisation {\n    actor Providers {\n      interest ""\n    }\n  }\n\n  tension Adviser Providers "Budget versus quality"\n}\n',
            alsoRemoves: ['empty-quadrant'],
        });
    });

    test('duplicate-name: renames the later one to the first free number', async () => {
        const text = clean.replace('wet Jeugdwet "Jeugdwet"', 'wet Jeugdwet "Jeugdwet"\n    regel Wijkteam2 "x"\n    regel Wijkteam "y"');
        await checkFix({
            text, code: 'duplicate-name', title: /Wijkteam3/,
            expected: text.replace('regel Wijkteam "y"', 'regel Wijkteam3 "y"'),
        });
    });

    test('assumed-we: the word becomes the name of the element the text belongs to', async () => {
        const text = clean.replace('belang "Minder doorverwijzingen"', 'belang "Wij willen minder doorverwijzingen"');
        await checkFix({
            text, code: 'assumed-we', title: /Replace "Wij" with "Wijkteam"/,
            expected: clean.replace('belang "Minder doorverwijzingen"', 'belang "Wijkteam willen minder doorverwijzingen"'),
        });
        const phrase = clean.replace('waarom "Minder uitval"', 'waarom "Het gezamenlijk belang: minder uitval"');
        await checkFix({
            text: phrase, code: 'assumed-we', title: /belang van Wijkteam/,
            expected: clean.replace('waarom "Minder uitval"', 'waarom "Het belang van Wijkteam: minder uitval"'),
            alsoRemoves: ['vertical-argument'],
        });
    });

    test('assumed-we in a spanning has no owner: only the ignore comment', async () => {
        const text = clean.replace('  }\n}\n', '  }\n  spanning Wijkteam Wethouder "Wij willen allemaal rust"\n}\n');
        const { actions } = await actionsFor(text, 'assumed-we');
        expect(actions.map(a => a.title)).toEqual(['Ignore this finding here (// casus-ignore assumed-we)']);
    });
});

describe('quick fixes: casus-ignore', () => {
    test('inserts the comment above the line, with its indentation', async () => {
        const text = clean.replace('stakeholder Wethouder { wil "Resultaat" }', 'stakeholder Iedereen { wil "Resultaat" }');
        await checkFix({
            text, code: 'we-as-actor', title: /casus-ignore we-as-actor/,
            expected: text.replace('    stakeholder Iedereen', '    // casus-ignore we-as-actor\n    stakeholder Iedereen'),
        });
    });

    test('adds the code to an ignore comment already on the line above', async () => {
        const text = clean.replace('    stakeholder Wethouder { wil "Resultaat" }', '    // casus-ignore we-as-actor\n    stakeholder Iedereen { wil "Wij willen resultaat" }');
        await checkFix({
            text, code: 'assumed-we', title: /casus-ignore assumed-we/,
            expected: text.replace('// casus-ignore we-as-actor', '// casus-ignore we-as-actor assumed-we'),
        });
    });

    test('is not offered inside a text that spans lines, nor for syntax errors', async () => {
        const text = clean.replace('belang "Minder doorverwijzingen"', 'belang "Minder doorverwijzingen,\n        wij willen rust"');
        const { actions } = await actionsFor(text, 'assumed-we');
        expect(actions.map(a => a.title)).toEqual(['Replace "wij" with "Wijkteam"']);
        const broken = await actionsFor(clean.replace('organisatie {', 'organisatie {{'), 'syntax-error');
        expect(broken.actions).toEqual([]);
    });

    test('on a missing quadrant, above the case title', async () => {
        const text = clean.replace('  regels {\n    wet Jeugdwet "Jeugdwet"\n  }\n\n', '');
        await checkFix({
            text, code: 'empty-quadrant', title: /casus-ignore empty-quadrant/,
            expected: '// casus-ignore empty-quadrant\n' + text,
        });
    });
});

describe('quick fixes: titles in the editor language', () => {
    test('Dutch titles with a Dutch server locale, English keywords in an English file', async () => {
        Casus.workspace.CasusSettings.locale = 'nl';
        try {
            const { actions } = await actionsFor('case "T" {\n  me A { vision "v" }\n}\n', 'unstated-interest');
            expect(actions.map(a => a.title)).toEqual(['Voeg interest "" toe aan A', 'Negeer deze melding hier (// casus-ignore unstated-interest)']);
        } finally {
            Casus.workspace.CasusSettings.locale = 'en';
        }
    });
});
