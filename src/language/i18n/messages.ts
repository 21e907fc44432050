/**
 * Every text the language server and the validator show a user, in Dutch and
 * English. A typed catalogue rather than string keys: a missing translation or
 * a wrong parameter is a type error.
 */
import type { Locale } from './locale.js';
import type { DiagnosticCode } from '../validation/diagnostic-codes.js';

import { quadrantLabel, worksheetQuestion } from '../worksheet.js';

import type { ElementKind } from '../element-kinds.js';
export type { ElementKind };
export type QuadrantKind = 'organisatie' | 'regels' | 'politiek';

export interface Messages {
    elementKind(kind: ElementKind): string;
    quadrantLabel(kind: QuadrantKind): string;
    quadrantQuestion(kind: QuadrantKind): string;
    /** One line on what a diagnostic code means (SARIF rules, settings, hover). */
    describeCode(code: DiagnosticCode): string;

    assumedWe(found: string, owner: string | undefined): string;
    weAsActor(kind: ElementKind, name: string): string;
    unstatedInterest(kind: ElementKind, name: string): string;
    missingVision(name: string): string;
    linkWithoutWhy(partner: string): string;
    linkWithoutHelp(partner: string): string;
    verticalArgument(found: string, partner: string): string;
    emptyQuadrant(kind: QuadrantKind): string;
    missingIk(): string;
    duplicateName(name: string, firstLine: number): string;
    unresolvedPartner(name: string): string;
    unresolvedParty(name: string): string;

    // Syntax errors, worded for a policy analyst.
    expectedToClose(block: string): string;
    expectedToOpen(block: string): string;
    expectedName(context: string | undefined): string;
    expectedText(): string;
    expectedKeyword(keyword: string): string;
    expectedOneOf(options: string[]): string;
    found(text: string): string;
    foundEndOfFile(): string;
    textAfterCase(text: string): string;
    notACase(): string;
    duplicateSection(keyword: string): string;
    secondIk(): string;
    secondVision(): string;
    unexpectedCharacter(character: string): string;
    unterminatedText(): string;
    moreSyntaxErrors(count: number): string;
}

const quote = (s: string) => `'${s}'`;

const nl: Messages = {
    elementKind: kind => ({ ik: 'ik-persoon', actor: 'actor', stakeholder: 'stakeholder', wet: 'wet', regel: 'regel' })[kind],
    quadrantLabel: kind => quadrantLabel(kind, 'nl'),
    quadrantQuestion: kind => worksheetQuestion(kind, 'nl'),
    describeCode: code => ({
        'syntax-error': 'De tekst volgt de opbouw van een casus niet.',
        'unresolved-reference': 'Een verbinding of spanning noemt iemand die niet in de casus staat.',
        'duplicate-name': 'Twee elementen van één casus hebben dezelfde naam.',
        'missing-ik': 'De casus heeft geen ik-persoon in het midden.',
        'we-as-actor': "Een actor of stakeholder is een collectief 'wij'.",
        'assumed-we': "Een tekst veronderstelt een gedeeld 'wij' of een gezamenlijk belang.",
        'unstated-interest': 'Een actor, stakeholder of de ik zelf heeft geen benoemd belang.',
        'missing-vision': 'De ik-persoon heeft geen eigen visie.',
        'link-without-why': 'Een verbinding zegt niet waarom de partner dit zou willen.',
        'link-without-help': 'Een verbinding zegt niet hoe de partner jouw doel helpt.',
        'vertical-argument': 'Een waarom beroept zich op het hogere doel in plaats van op het belang van de partner.',
        'empty-quadrant': 'Een kwadrant ontbreekt of is leeg.',
    })[code],

    assumedWe: (found, owner) => `"${found}" veronderstelt een gedeeld belang. Er is geen 'wij': ` + (owner
        ? `schrijf wiens belang dit is (bijvoorbeeld het belang van ${owner}).`
        : 'schrijf wiens belang dit is en noem die partij bij naam.'),
    weAsActor: (kind, name) => `De ${nl.elementKind(kind)} ${name} is een collectief 'wij'. Er is geen 'wij': noem de partijen afzonderlijk, elk met een eigen belang.`,
    unstatedInterest: (kind, name) => kind === 'ik'
        ? `Je hebt je eigen belang nog niet benoemd. Schrijf met belang "..." wat jij zelf wilt bereiken.`
        : kind === 'stakeholder'
            ? `Stakeholder ${name} heeft geen benoemd belang. Schrijf met wil "..." wat ${name} wil.`
            : `${capitalize(nl.elementKind(kind))} ${name} heeft geen benoemd belang. Schrijf met belang "..." wat ${name} zelf wil bereiken.`,
    missingVision: () => `Je hebt nog geen eigen visie. Schrijf met visie "..." hoe jij zelf het governance-probleem ziet.`,
    linkWithoutWhy: partner => `Waarom zou ${partner} dit willen? Schrijf met waarom "..." wat ${partner} er in het eigen perspectief aan heeft.`,
    linkWithoutHelp: partner => `Hoe helpt ${partner} jouw doel? Schrijf het op met helpt "...".`,
    verticalArgument: (found, partner) => `"${found}" is een beroep op het hogere doel. Verbind horizontaal: schrijf wat ${partner} er zelf aan heeft.`,
    emptyQuadrant: kind => `Het kwadrant ${nl.quadrantLabel(kind)} is leeg. ${nl.quadrantQuestion(kind)}`,
    missingIk: () => `Deze casus heeft geen ik-persoon. Voeg een blok ik Naam { belang "..." visie "..." } toe: jij staat in het midden.`,
    duplicateName: (name, firstLine) => `De naam ${name} is al gebruikt op regel ${firstLine}. Geef elk element een eigen naam.`,
    unresolvedPartner: name => `${name} is geen actor of stakeholder in deze casus. Voeg een actor of stakeholder ${name} toe, of kies een bestaande naam.`,
    unresolvedParty: name => `${name} is geen ik, actor of stakeholder in deze casus. Voeg ${name} toe, of kies een bestaande naam.`,

    expectedToClose: block => `Hier verwachtte ik een ${quote('}')} om het blok ${quote(block)} af te sluiten`,
    expectedToOpen: block => `Hier verwachtte ik een ${quote('{')} om het blok ${quote(block)} te openen`,
    expectedName: context => context ? `Hier verwachtte ik een naam (${context})` : 'Hier verwachtte ik een naam, bijvoorbeeld Wijkteam',
    expectedText: () => 'Hier verwachtte ik een tekst tussen aanhalingstekens, bijvoorbeeld "..."',
    expectedKeyword: keyword => `Hier verwachtte ik ${quote(keyword)}`,
    expectedOneOf: options => `Hier verwachtte ik ${list(options.map(quote), 'of')}`,
    found: text => `, maar er staat ${quote(text)}.`,
    foundEndOfFile: () => ', maar het bestand houdt hier op.',
    textAfterCase: text => `Na het einde van de casus staat nog tekst (${quote(text)}). Een bestand bevat één casus: haal dit weg of zet het binnen de casus.`,
    notACase: () => 'Dit is geen casus. Een casus begint met casus "Titel" { ... }.',
    duplicateSection: keyword => `Het blok ${quote(keyword)} staat al eerder in deze casus. Elk blok komt één keer voor: voeg de twee samen.`,
    secondIk: () => 'Een casus heeft precies één ik-persoon; dit is een tweede. Voeg de twee samen.',
    secondVision: () => 'De ik-persoon heeft één visie; dit is een tweede. Voeg de twee samen tot één visie.',
    unexpectedCharacter: character => `Het teken ${quote(character)} hoort hier niet. Zet tekst tussen aanhalingstekens, of haal het teken weg.`,
    unterminatedText: () => 'Deze tekst wordt niet afgesloten: zet een " aan het eind.',
    moreSyntaxErrors: count => `En nog ${count} andere fouten in de opbouw; los eerst de eerste op.`,
};

const en: Messages = {
    elementKind: kind => ({ ik: 'ik-persoon (me)', actor: 'actor', stakeholder: 'stakeholder', wet: 'law', regel: 'rule' })[kind],
    quadrantLabel: kind => quadrantLabel(kind, 'en'),
    quadrantQuestion: kind => worksheetQuestion(kind, 'en'),
    describeCode: code => ({
        'syntax-error': 'The text does not follow the structure of a case.',
        'unresolved-reference': 'A link or tension names someone who is not in the case.',
        'duplicate-name': 'Two elements of one case share a name.',
        'missing-ik': 'The case has no ik-persoon in the centre.',
        'we-as-actor': "An actor or stakeholder is a collective 'we'.",
        'assumed-we': "A text presupposes a shared 'we' or a common interest.",
        'unstated-interest': 'An actor, a stakeholder or the ik has no stated interest.',
        'missing-vision': 'The ik-persoon has no vision of its own.',
        'link-without-why': 'A link does not say why the partner would want this.',
        'link-without-help': 'A link does not say how the partner helps your goal.',
        'vertical-argument': "A why appeals to the higher common goal instead of the partner's own interest.",
        'empty-quadrant': 'A quadrant is missing or empty.',
    })[code],

    assumedWe: (found, owner) => `"${found}" presupposes a shared interest. There is no 'we': ` + (owner
        ? `write whose interest this is (for example the interest of ${owner}).`
        : 'write whose interest this is and name that party.'),
    weAsActor: (kind, name) => `The ${en.elementKind(kind)} ${name} is a collective 'we'. There is no 'we': name the parties separately, each with its own interest.`,
    unstatedInterest: (kind, name) => kind === 'ik'
        ? `You have not stated your own interest yet. Write what you want to achieve with interest "...".`
        : kind === 'stakeholder'
            ? `Stakeholder ${name} has no stated interest. Write what ${name} wants with wants "...".`
            : `${capitalize(en.elementKind(kind))} ${name} has no stated interest. Write what ${name} wants to achieve with interest "...".`,
    missingVision: () => `You have no vision of your own yet. Write how you see the governance problem with vision "...".`,
    linkWithoutWhy: partner => `Why would ${partner} want this? Write with why "..." what ${partner} gains from it in its own perspective.`,
    linkWithoutHelp: partner => `How does ${partner} help your goal? Write it down with helps "...".`,
    verticalArgument: (found, partner) => `"${found}" appeals to the higher common goal. Connect horizontally: write what ${partner} gains from it.`,
    emptyQuadrant: kind => `The quadrant ${en.quadrantLabel(kind)} is empty. ${en.quadrantQuestion(kind)}`,
    missingIk: () => `This case has no ik-persoon. Add a block me Name { interest "..." vision "..." }: you are in the centre.`,
    duplicateName: (name, firstLine) => `The name ${name} is already used on line ${firstLine}. Give every element a name of its own.`,
    unresolvedPartner: name => `${name} is not an actor or stakeholder in this case. Add an actor or stakeholder ${name}, or choose an existing name.`,
    unresolvedParty: name => `${name} is not the ik, an actor or a stakeholder in this case. Add ${name}, or choose an existing name.`,

    expectedToClose: block => `Expected a ${quote('}')} here to close the block ${quote(block)}`,
    expectedToOpen: block => `Expected a ${quote('{')} here to open the block ${quote(block)}`,
    expectedName: context => context ? `Expected a name here (${context})` : 'Expected a name here, for example YouthTeam',
    expectedText: () => 'Expected a text in double quotes here, for example "..."',
    expectedKeyword: keyword => `Expected ${quote(keyword)} here`,
    expectedOneOf: options => `Expected ${list(options.map(quote), 'or')} here`,
    found: text => `, but found ${quote(text)}.`,
    foundEndOfFile: () => ', but the file ends here.',
    textAfterCase: text => `There is text after the end of the case (${quote(text)}). A file holds one case: remove it or move it inside the case.`,
    notACase: () => 'This is not a case. A case starts with case "Title" { ... }.',
    duplicateSection: keyword => `The block ${quote(keyword)} already appears earlier in this case. Each block appears once: merge the two.`,
    secondIk: () => 'A case has exactly one ik-persoon (me); this is a second one. Merge the two.',
    secondVision: () => 'The ik-persoon has one vision; this is a second one. Merge them into one vision.',
    unexpectedCharacter: character => `The character ${quote(character)} does not belong here. Put text in double quotes, or remove the character.`,
    unterminatedText: () => 'This text is not closed: put a " at its end.',
    moreSyntaxErrors: count => `And ${count} more structure errors; fix the first one first.`,
};

function capitalize(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

function list(items: string[], conjunction: string): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const catalogues: Record<Locale, Messages> = { nl, en };

export function messagesFor(locale: Locale): Messages {
    return catalogues[locale];
}
