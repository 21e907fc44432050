import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { CASE_RULES } from '../../src/language/validation/case-rules.js';
import { createCasusServices } from '../../src/language/casus-module.js';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { CLEAN_CASE, codes, covered, validate } from '../helpers/validate.js';

/** The clean case with one text replaced. */
const withText = (from: string, to: string) => {
    expect(CLEAN_CASE).toContain(from);
    return CLEAN_CASE.replace(from, to);
};

describe('validation wiring', () => {
    test('every rule is registered on the case root (the document validator runs only root checks)', () => {
        const { Casus } = createCasusServices(EmptyFileSystem);
        const registry = Casus.validation.ValidationRegistry;
        const withChecks = Casus.shared.AstReflection.getAllTypes().filter(type => registry.getChecks(type).toArray().length > 0);
        expect(withChecks).toEqual(['Case']);
        expect(registry.getChecks('Case').toArray()).toHaveLength(CASE_RULES.length);
    });

    test('every rule exported from validation/rules/ is registered, once', async () => {
        const folder = join(import.meta.dirname, '../../src/language/validation/rules');
        const exported: Array<[string, unknown]> = [];
        for (const file of readdirSync(folder).filter(f => f.endsWith('.ts'))) {
            for (const [name, value] of Object.entries(await import(pathToFileURL(join(folder, file)).href) as Record<string, unknown>)) {
                if (typeof value === 'function' && name.startsWith('check')) exported.push([`${file}: ${name}`, value]);
            }
        }
        expect(exported.length).toBeGreaterThan(5);
        const registered = CASE_RULES.map(rule => rule.check);
        expect(exported.filter(([, check]) => !registered.includes(check as never)).map(([name]) => name)).toEqual([]);
        expect(new Set(registered).size).toBe(registered.length);
    });

    test('a rule that throws loses only its own findings', async () => {
        const rule = CASE_RULES.find(r => r.name === 'assumed-we')!;
        const original = rule.check;
        const errors: unknown[] = [];
        const logged = vi.spyOn(console, 'error').mockImplementation((...data) => { errors.push(data); });
        try {
            (rule as { check: typeof original }).check = () => { throw new Error('a bug'); };
            const text = CLEAN_CASE.replace('"Een beheersbare caseload"', '"Wij willen een beheersbare caseload"').replace(/visie "[^"]*"/, 'visie "?"');
            const found = codes(await validate(text));
            expect(found).toContain('missing-vision');
            expect(found).not.toContain('assumed-we');
            expect(String(errors[0])).toMatch(/the rule assumed-we failed/);
        } finally {
            (rule as { check: typeof original }).check = original;
            logged.mockRestore();
        }
    });
});

describe('a clean case', () => {
    test('has no findings', async () => {
        expect(await validate(CLEAN_CASE)).toEqual([]);
    });
});

describe('assumed-we', () => {
    const belang = '"Een beheersbare caseload"';

    for (const [text, found] of [
        ['Wij willen minder wachttijd', 'Wij'],
        ['Dit is ons plan', 'ons'],
        ['Voor onze wijk', 'onze'],
        ['Zorgen voor onszelf', 'onszelf'],
        ['we', 'we'],
        ['Het gezamenlijk belang telt', 'gezamenlijk belang'],
        ['Het gezamenlijke doel', 'gezamenlijke doel'],
        ['Een gemeenschappelijk belang', 'gemeenschappelijk belang'],
        ['Omdat iedereen wil dat het lukt', 'iedereen wil'],
        ['Our plan', 'Our'],
        ['A common interest', 'common interest'],
        ['The shared goal', 'shared goal'],
        ['Let us begin', 'us'],
        ['WIJ ZIJN HET', 'WIJ'],
        ['(wij)', 'wij'],
        ['Geld-wij', 'wij'],
    ] as const) {
        test(`"${text}" → "${found}"`, async () => {
            const source = withText(belang, `"${text}"`);
            const diagnostics = (await validate(source)).filter(d => d.code === 'assumed-we');
            expect(diagnostics.map(d => covered(source, d))).toEqual([found]);
            expect(diagnostics[0].severity).toBe(DiagnosticSeverity.Warning);
        });
    }

    for (const nearMiss of ['wezen', 'Onsnap', 'webinar', 'status', 'Weert', 'Wewerka', 'Wijkteam', 'wijziging', 'onsje', 'ourselvesness', 'musical', 'gezamenlijkheid', 'Bonsai', 'Iedereen krijgt hulp', 'Een belang van het wijkteam']) {
        test(`quiet on "${nearMiss}"`, async () => {
            expect(codes(await validate(withText(belang, `"${nearMiss}"`)))).toEqual([]);
        });
    }

    test('one finding per occurrence', async () => {
        const source = withText(belang, '"Wij en ons team, want wij"');
        expect((await validate(source)).filter(d => d.code === 'assumed-we').map(d => covered(source, d))).toEqual(['Wij', 'ons', 'wij']);
    });

    test('overlapping hits make one finding covering both', async () => {
        const source = withText(belang, '"Wij willen allemaal gezondere inwoners"');
        const found = (await validate(source)).filter(d => d.code === 'assumed-we');
        expect(found.map(d => covered(source, d))).toEqual(['Wij willen allemaal']);
    });

    test('escapes around and between the words: the same findings, at their place in the source', async () => {
        // The rule looks at a text's source only when its parsed value mentions a "we"; escapes must change neither.
        const source = withText(belang, String.raw`"\"Wij\" en \\ons\\, niet \"gezamenlijk\" belang"`);
        expect((await validate(source)).filter(d => d.code === 'assumed-we').map(d => covered(source, d))).toEqual(['Wij', 'ons']);
    });

    test('a phrase spanning lines is one finding', async () => {
        const source = withText(belang, '"Het gezamenlijk\n      belang"');
        const found = (await validate(source)).filter(d => d.code === 'assumed-we');
        expect(found).toHaveLength(1);
        expect(found[0].range.start.line).not.toBe(found[0].range.end.line);
    });

    test('checked in every text kind that states interests', async () => {
        const source = `casus "T" {
  ik A { belang "wij 1" doel "wij 2" visie "wij 3" }
  organisatie { expertise "wij" actor B "wij" { belang "wij 4" waarde "wij 5" expertise "wij" } }
  regels { wet C "wij" { bepaling "wij" } regel D "wij" }
  politiek { stakeholder E "wij" { wil "wij 6" belang "wij 7" } }
  verbinding B { helpt "wij 8" waarom "wij 9" }
  spanning A E "wij 10"
}`;
        const numbers = (await validate(source)).filter(d => d.code === 'assumed-we')
            .map(d => Number(/^ (\d+)/.exec(source.split('\n')[d.range.end.line].slice(d.range.end.character))?.[1]));
        expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    test('the message names the owner of the text', async () => {
        const diagnostics = await validate(withText(belang, '"Wij willen dat"'), { locale: 'nl' });
        expect(diagnostics[0].message).toContain('Wijkteam');
        expect(diagnostics[0].message).toContain("Er is geen 'wij'");
    });
});

describe('we-as-actor', () => {
    for (const name of ['Wij', 'We', 'Ons', 'Iedereen', 'Allen', 'Allemaal', 'Samen', 'Us', 'Everyone', 'Everybody', 'All', 'iedereen']) {
        test(`an actor named ${name}`, async () => {
            const source = withText('actor Wijkteam', `actor ${name}`).replace('verbinding Wijkteam', `verbinding ${name}`);
            const found = (await validate(source)).filter(d => d.code === 'we-as-actor');
            expect(found.map(d => covered(source, d))).toEqual([name]);
            expect(found[0].severity).toBe(DiagnosticSeverity.Error);
        });
    }

    test('a stakeholder described as a collective', async () => {
        const source = withText('stakeholder Wethouder', 'stakeholder Partners "Alle partners samen"');
        expect((await validate(source)).filter(d => d.code === 'we-as-actor').map(d => covered(source, d))).toEqual(['Partners']);
    });

    test('quiet on names that only contain the words', async () => {
        const source = withText('actor Wijkteam', 'actor Wijkteam "Samenwerkingsverband van Weert"');
        expect(codes(await validate(source))).toEqual([]);
    });
});

describe('unstated-interest', () => {
    test('an actor without belang', async () => {
        const source = withText('actor Wijkteam {\n      belang "Een beheersbare caseload"\n    }', 'actor Wijkteam');
        const found = (await validate(source)).filter(d => d.code === 'unstated-interest');
        expect(found.map(d => covered(source, d))).toEqual(['Wijkteam']);
    });

    for (const placeholder of ['', '   ', '?', '...', '…', 'TODO', 'todo', 'nvt', 'n.v.t.', 'onbekend', 'PM']) {
        test(`a placeholder "${placeholder}" is not stated`, async () => {
            const source = withText('"Een beheersbare caseload"', `"${placeholder}"`);
            expect(codes(await validate(source))).toEqual(['unstated-interest']);
        });
    }

    test('a stakeholder with only a belang has stated its interest', async () => {
        expect(codes(await validate(withText('wil "Zichtbaar resultaat"', 'belang "Herverkiezing"')))).toEqual([]);
    });

    test('a stakeholder with neither', async () => {
        expect(codes(await validate(withText('wil "Zichtbaar resultaat"', '')))).toEqual(['unstated-interest']);
    });

    test('the ik without belang', async () => {
        const source = withText('belang "Minder schulden bij gezinnen"', '');
        const found = (await validate(source)).filter(d => d.code === 'unstated-interest');
        expect(found.map(d => covered(source, d))).toEqual(['Adviseur']);
    });

    test('a doel is not a belang', async () => {
        expect(codes(await validate(withText('belang "Minder schulden bij gezinnen"', 'doel "Minder schulden"')))).toEqual(['unstated-interest']);
    });
});

describe('missing-vision', () => {
    test('no visie', async () => {
        const source = withText('visie "Partners doen mee als het hen zelf iets oplevert"', '');
        const found = await validate(source);
        expect(codes(found)).toEqual(['missing-vision']);
        expect(covered(source, found[0])).toBe('Adviseur');
        expect(found[0].severity).toBe(DiagnosticSeverity.Warning);
    });

    test('a placeholder visie', async () => {
        expect(codes(await validate(withText('"Partners doen mee als het hen zelf iets oplevert"', '"TODO"')))).toEqual(['missing-vision']);
    });

    test('an ik without body', async () => {
        const source = 'casus "T" { ik Adviseur organisatie { expertise "x" } regels { regel R } politiek { stakeholder S { wil "w" } } }';
        expect(codes(await validate(source)).sort()).toEqual(['missing-vision', 'unstated-interest']);
    });
});

describe('links', () => {
    test('link-without-why on the partner name', async () => {
        const source = withText('    waarom "Vroege signalen kosten het wijkteam minder tijd"\n', '');
        const found = await validate(source);
        expect(codes(found)).toEqual(['link-without-why']);
        expect(covered(source, found[0])).toBe('Wijkteam');
        expect(found[0].range.start.line).toBe(source.split('\n').findIndex(l => l.includes('verbinding Wijkteam')));
    });

    test('link-without-help', async () => {
        expect(codes(await validate(withText('helpt "Het wijkteam meldt signalen"', 'helpt "..."')))).toEqual(['link-without-help']);
    });

    test('a link without body lacks both', async () => {
        const source = CLEAN_CASE.replace(/verbinding Wijkteam \{[^}]*\}/, 'verbinding Wijkteam');
        expect(codes(await validate(source))).toEqual(['link-without-help', 'link-without-why']);
    });

    for (const [why, found] of [
        ['Omdat het beter is voor iedereen', 'voor iedereen'],
        ['Voor het hoger doel', 'hoger doel'],
        ['Het is in het algemeen belang', 'algemeen belang'],
        ['Het belang van iedereen', 'belang van iedereen'],
        ['Omdat het moet', 'Omdat het moet'],
        ['For the greater good', 'greater good'],
        ['It is good for everyone', 'for everyone'],
        ['The common good', 'common good'],
    ] as const) {
        test(`vertical-argument: "${why}"`, async () => {
            const source = withText('"Vroege signalen kosten het wijkteam minder tijd"', `"${why}"`);
            const diagnostics = (await validate(source)).filter(d => d.code === 'vertical-argument');
            expect(diagnostics.map(d => covered(source, d))).toEqual([found]);
            expect(diagnostics[0].severity).toBe(DiagnosticSeverity.Information);
        });
    }

    test('vertical-argument only in a waarom', async () => {
        expect(codes(await validate(withText('"Het wijkteam meldt signalen"', '"Beter voor iedereen"')))).toEqual([]);
    });
});

describe('names and references', () => {
    test('unresolved-reference in a verbinding', async () => {
        const source = withText('verbinding Wijkteam', 'verbinding Schuldhulp');
        const found = await validate(source);
        expect(codes(found)).toEqual(['unresolved-reference']);
        expect(covered(source, found[0])).toBe('Schuldhulp');
        expect(found[0].severity).toBe(DiagnosticSeverity.Error);
    });

    test('a verbinding may not name a law or the ik', async () => {
        expect(codes(await validate(withText('verbinding Wijkteam', 'verbinding Wgs')))).toEqual(['unresolved-reference']);
        expect(codes(await validate(withText('verbinding Wijkteam', 'verbinding Adviseur')))).toEqual(['unresolved-reference']);
    });

    test('a spanning names the ik, actors and stakeholders', async () => {
        expect(codes(await validate(CLEAN_CASE.replace(/}\n$/, '  spanning Adviseur Wethouder "Tempo tegen zorgvuldigheid"\n}\n')))).toEqual([]);
        const source = CLEAN_CASE.replace(/}\n$/, '  spanning Wgs Onbekend\n}\n');
        const found = await validate(source);
        expect(found.map(d => covered(source, d))).toEqual(['Wgs', 'Onbekend']);
        expect(codes(found)).toEqual(['unresolved-reference', 'unresolved-reference']);
    });

    test('duplicate-name on each later occurrence, across kinds', async () => {
        const source = withText('regel', 'regel').replace('wet Wgs "Wet gemeentelijke schuldhulpverlening"',
            'wet Wgs "Wet gemeentelijke schuldhulpverlening"\n    wet Wijkteam\n    regel Wgs\n    regel Wgs');
        const found = (await validate(source)).filter(d => d.code === 'duplicate-name');
        expect(found.map(d => `${d.range.start.line + 1} ${covered(source, d)}`)).toEqual(['13 Wijkteam', '14 Wgs', '15 Wgs']);
        expect(found[0].message).toContain('7');
    });

    test('a link to a duplicated name resolves to the first', async () => {
        const source = CLEAN_CASE.replace('politiek {', 'politiek {\n    stakeholder Wijkteam { wil "x" }');
        expect(codes(await validate(source))).toEqual(['duplicate-name']);
    });
});

describe('structure', () => {
    test('missing-ik on the title', async () => {
        const source = CLEAN_CASE.replace(/ {2}ik Adviseur[\s\S]*?\n {2}}\n/, '');
        const found = await validate(source);
        expect(codes(found)).toEqual(['missing-ik']);
        expect(covered(source, found[0])).toBe('"Schone casus"');
    });

    test('empty-quadrant on the keyword, or on the title when missing', async () => {
        const source = CLEAN_CASE.replace(/ {2}regels \{[^}]*\}\n/, '').replace(/politiek \{[\s\S]*?\n {2}}\n/, 'politiek { omvang klein }\n');
        const found = await validate(source);
        expect(found.map(d => `${d.code} ${covered(source, d)}`)).toEqual(['empty-quadrant "Schone casus"', 'empty-quadrant politiek']);
        expect(found[0].severity).toBe(DiagnosticSeverity.Hint);
    });

    test('expertise alone fills the organisation quadrant', async () => {
        const source = CLEAN_CASE.replace(/organisatie \{[\s\S]*?\n {2}}\n/, 'organisatie { expertise "Schuldhulp" }\n').replace(/ {2}verbinding[\s\S]*?\n {2}}\n/, '');
        expect(codes(await validate(source))).toEqual([]);
    });

    test('a second section, ik or visie is a syntax error', async () => {
        const source = CLEAN_CASE.replace(/}\n$/, '  regels { }\n  ik Tweede { belang "b" visie "v" visie "w" }\n}\n');
        const found = (await validate(source)).filter(d => d.code === 'syntax-error');
        expect(found.map(d => covered(source, d))).toEqual(['regels', 'ik', 'visie']);
    });
});

describe('syntax errors are worded for an analyst', () => {
    test('a missing closing brace names the block', async () => {
        const found = await validate('casus "T" {\n  organisatie {\n    actor A\n', { locale: 'nl' });
        expect(codes(found)).toContain('syntax-error');
        expect(found.find(d => d.code === 'syntax-error')!.message).toBe("Hier verwachtte ik een '}' om het blok 'organisatie' af te sluiten, maar het bestand houdt hier op.");
    });

    test('in English', async () => {
        const found = await validate('case "T" {\n  organisation {\n    actor A\n');
        expect(found.find(d => d.code === 'syntax-error')!.message).toBe("Expected a '}' here to close the block 'organisation', but the file ends here.");
    });

    test('no token names in any message', async () => {
        for (const text of ['casus "T" { ik }', 'casus { }', 'casus "T" { organisatie { actor "x" } }', 'casus "T" { verbinding { } }',
            'casus "T" { regels { wet W { bepaling } } }', 'casus "T" } ', 'casus "T" { } extra', '', 'hallo', 'casus "T" { organisatie { omvang reusachtig } }',
            'casus "T" { ik A { belang "open', 'casus "T" { ik A @ }']) {
            for (const d of (await validate(text)).filter(d => d.code === 'syntax-error')) {
                expect(d.message).not.toMatch(/\b(ID|STRING|RCURLY|LCURLY|EOF|token|Expecting)\b/);
                expect(d.severity).toBe(DiagnosticSeverity.Error);
            }
        }
    });

    test('truncated inputs never make a rule throw', async () => {
        const errors: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => { errors.push(args); };
        try {
            for (const text of ['casus "T" { verbinding', 'casus "T" { spanning', 'casus "T" { spanning A', 'casus "T" { verbinding {', 'casus "T" { ik',
                'casus "T" { organisatie { actor', 'case "T" { link', 'casus "T" { regels { wet']) {
                const found = await validate(text);
                expect(found.length, text).toBeGreaterThan(0);
            }
        } finally {
            console.error = original;
        }
        expect(errors).toEqual([]);
    });

    test('an empty file is not a case', async () => {
        const found = await validate('', { locale: 'nl' });
        expect(found.map(d => d.message)).toEqual(['Dit is geen casus. Een casus begint met casus "Titel" { ... }.']);
    });

    test('an unclosed text', async () => {
        const found = await validate('casus "T" { ik A { belang "open } }', { locale: 'nl' });
        expect(found.some(d => String(d.message).includes('Deze tekst wordt niet afgesloten'))).toBe(true);
    });

    test('binary content gives a bounded number of syntax errors and no crash', async () => {
        const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
        const found = await validate(bytes);
        expect(found.length).toBeGreaterThan(0);
        expect(found.length).toBeLessThanOrEqual(25);
        expect(new Set(codes(found))).toEqual(new Set(['syntax-error']));
    });
});

describe('user choices', () => {
    const weText = withText('"Een beheersbare caseload"', '"Wij willen dat"');

    test('a severity override changes the severity', async () => {
        const found = await validate(weText, { rules: { 'assumed-we': 'error' } });
        expect(found[0].severity).toBe(DiagnosticSeverity.Error);
        expect((await validate(weText, { rules: { 'assumed-we': 'hint' } }))[0].severity).toBe(DiagnosticSeverity.Hint);
        expect((await validate(weText, { rules: { 'assumed-we': 'info' } }))[0].severity).toBe(DiagnosticSeverity.Information);
    });

    test('off silences a code', async () => {
        expect(await validate(weText, { rules: { 'assumed-we': 'off' } })).toEqual([]);
    });

    test('overrides apply to syntax errors and references too', async () => {
        expect(await validate(withText('verbinding Wijkteam', 'verbinding X'), { rules: { 'unresolved-reference': 'warning' } }))
            .toMatchObject([{ code: 'unresolved-reference', severity: DiagnosticSeverity.Warning }]);
    });

    test('// casus-ignore CODE on the line above silences that code there', async () => {
        const source = weText.replace('      belang "Wij willen dat"', '      // casus-ignore assumed-we\n      belang "Wij willen dat"');
        expect(await validate(source)).toEqual([]);
    });

    test('the ignore comment only covers the next line and the named code', async () => {
        const other = weText.replace('      belang "Wij willen dat"', '      // casus-ignore missing-vision\n      belang "Wij willen dat"');
        expect(codes(await validate(other))).toEqual(['assumed-we']);
        const far = weText.replace('      belang "Wij willen dat"', '      // casus-ignore assumed-we\n\n      belang "Wij willen dat"');
        expect(codes(await validate(far))).toEqual(['assumed-we']);
    });

    test('several codes in one ignore comment', async () => {
        const source = CLEAN_CASE.replace('    actor Wijkteam {', '    // casus-ignore unstated-interest, we-as-actor\n    actor Wij {').replace('verbinding Wijkteam', 'verbinding Wij')
            .replace('belang "Een beheersbare caseload"', '');
        expect(codes(await validate(source))).toEqual([]);
    });
});

describe('messages in both languages name what to do', () => {
    const broken = `casus "T" {
  ik A { belang "Wij" }
  organisatie { actor Iedereen actor Iedereen }
  verbinding Iedereen { waarom "voor iedereen" }
  verbinding Niemand { helpt "h" waarom "w" }
}`;
    test.each(['nl', 'en'] as const)('%s', async locale => {
        const found = await validate(broken, { locale });
        expect(new Set(codes(found))).toEqual(new Set(['assumed-we', 'missing-vision', 'we-as-actor', 'unstated-interest', 'duplicate-name',
            'link-without-help', 'vertical-argument', 'unresolved-reference', 'empty-quadrant']));
        for (const d of found) {
            expect(String(d.message).length).toBeGreaterThan(20);
            expect(d.source).toBe('casus');
        }
        const assumed = found.find(d => d.code === 'assumed-we')!.message;
        expect(assumed).toContain(locale === 'nl' ? 'Er is geen' : 'There is no');
    });
});
