/**
 * The text of a new case ("Casus: New Case…"): every part of the model with the
 * worksheet's question above it, in the user's language. Pure — no `vscode` —
 * so that tests can parse and validate what it produces with the real services.
 *
 * The questions come from the editor's own catalogue (lsp-messages.ts), so the
 * template asks exactly what the hovers ask.
 */
import { spell, type KeywordId, type KeywordLanguage } from '../language/keywords.js';
import { lspMessagesFor, type WorksheetPart } from '../language/lsp/lsp-messages.js';
import { byQuadrant, quadrantLabel, quadrantWords } from '../language/worksheet.js';

/** Dutch keywords and questions for a Dutch display language (`nl`, `nl-BE`, …), English otherwise. */
export function templateLanguageFor(displayLanguage: string): KeywordLanguage {
    return /^nl(?:[-_]|$)/i.test(displayLanguage.trim()) ? 'nl' : 'en';
}

const texts = {
    nl: {
        defaultTitle: 'Titel van de casus',
        intro: [
            'Een nieuwe casus volgens het model "duiden en verbinden".',
            'Beantwoord per deel de vraag van het werkblad. Je hoeft niet alles',
            'in één keer in te vullen: de meldingen wijzen aan wat nog ontbreekt.',
        ],
        ikName: 'Analist',
        ikHint: 'Jij staat in het midden. Wat wil jij zelf bereiken?',
        organisatieHint: 'Bijvoorbeeld: actor Wijkteam { belang "..." }',
        regelsHint: 'Bijvoorbeeld: wet Jeugdwet "Jeugdwet" { bepaling "..." }',
        politiekHint: 'Bijvoorbeeld: stakeholder Wethouder { wil "..." }',
        linkHint: 'Schrijf per partner: verbinding Naam { helpt "..." waarom "..." }',
        finally: 'Tot slot',
        sizeHint: 'Zet in een kwadrant omvang groot, middel of klein.',
    },
    en: {
        defaultTitle: 'Title of the case',
        intro: [
            'A new case in the model "duiden en verbinden" (make sense of, then connect).',
            'Answer the worksheet\'s question for each part. You need not fill in',
            'everything at once: the findings point out what is still missing.',
        ],
        ikName: 'Analyst',
        ikHint: 'You are in the centre. What do you yourself want to achieve?',
        organisatieHint: 'For example: actor YouthTeam { interest "..." }',
        regelsHint: 'For example: law Jeugdwet "Jeugdwet" { provision "..." }',
        politiekHint: 'For example: stakeholder Alderman { wants "..." }',
        linkHint: 'For each partner write: link Name { helps "..." why "..." }',
        finally: 'Finally',
        sizeHint: 'Put size large, medium or small in a quadrant.',
    },
} as const;

/** The quadrant labels the worksheet uses, in the template's language. */
const partLabels: Record<KeywordLanguage, Record<Exclude<WorksheetPart, 'casus'>, string>> = {
    nl: { ...byQuadrant(quadrant => `${quadrantLabel(quadrant, 'nl')} (${quadrantWords(quadrant, 'nl').axis})`), verbinding: 'Verbindingen' },
    en: { ...byQuadrant(quadrant => `${quadrantLabel(quadrant, 'en')} (${quadrantWords(quadrant, 'en').axis})`), verbinding: 'Links' },
};

/**
 * A new case titled `title`: the ik with an empty interest and vision, the three
 * quadrants empty, each part headed by its worksheet question, laid out as
 * `casus format` would. It parses without
 * syntax errors; its only findings are the ones that say what to fill in
 * (`unstated-interest`, `missing-vision`, `empty-quadrant`).
 */
export function newCaseTemplate(title: string, language: KeywordLanguage, eol = '\n'): string {
    const t = texts[language];
    const questions = lspMessagesFor(language);
    const k = (id: KeywordId) => spell(id, language);
    const heading = (part: Exclude<WorksheetPart, 'casus'>) => `  // ${partLabels[language][part]}: ${questions.question(part)}`;
    const lines = [
        ...t.intro.map(line => `// ${line}`),
        `${k('casus')} ${quoted(title.trim() === '' ? t.defaultTitle : title)} {`,
        '',
        heading('visie'),
        `  // ${t.ikHint}`,
        `  ${k('ik')} ${t.ikName} {`,
        `    ${k('belang')} ""`,
        `    ${k('visie')} ""`,
        '  }',
        '',
        heading('organisatie'),
        `  // ${t.organisatieHint}`,
        `  ${k('organisatie')} {}`,
        '',
        heading('regels'),
        `  // ${t.regelsHint}`,
        `  ${k('regels')} {}`,
        '',
        heading('politiek'),
        `  // ${t.politiekHint}`,
        `  ${k('politiek')} {}`,
        '',
        heading('verbinding'),
        `  // ${t.linkHint}`,
        '',
        `  // ${t.finally}: ${questions.question('casus')}`,
        `  // ${t.sizeHint}`,
        '}',
        '',
    ];
    return lines.join(eol);
}

/**
 * A Casus text literal for any title: one line (a title typed with line breaks
 * becomes one line), with `\` and `"` escaped as the language reads them.
 */
export function quoted(text: string): string {
    const oneLine = text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
    return `"${oneLine.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A file name for a case titled `title`: lower case, words joined by `-`, at most 60 characters; `casus` when nothing is left. */
export function fileNameFor(title: string): string {
    const slug = title
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{Nd}]+/gu, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '');
    return `${slug || 'casus'}.casus`;
}
