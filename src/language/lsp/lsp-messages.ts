/**
 * The texts of the editing features (hover, completion, quick fixes, rename)
 * in Dutch and English. A typed catalogue like ../i18n/messages.ts, kept apart
 * so the editing features can grow without touching the validator's texts.
 */
import type { Locale } from '../i18n/locale.js';
import type { KeywordId } from '../keywords.js';
import { quadrantLabel, quadrantWords, worksheetQuestion, type WorksheetPart } from '../worksheet.js';

/** The parts of the worksheet, each with its own question (LANGUAGE.md, "the worksheet"). */
export type { WorksheetPart };

export interface LspMessages {
    /** What a keyword means in the model "duiden en verbinden". */
    keywordMeaning(id: KeywordId): string;
    /** The worksheet's question for a part. */
    question(part: WorksheetPart): string;
    worksheet(): string;
    /** "Also written as" for the other spellings of a keyword. */
    alsoWritten(spellings: string[]): string;

    // Hover on a name.
    quadrantOf(part: WorksheetPart): string;
    interests(): string;
    wants(): string;
    goals(): string;
    vision(): string;
    values(): string;
    expertise(): string;
    provisions(): string;
    findings(): string;
    noInterestStated(): string;

    // Completion.
    snippetCase(): string;
    snippetActor(): string;
    snippetStakeholder(): string;
    snippetLaw(): string;
    snippetLink(): string;
    placeholderName(): string;
    placeholderTitle(): string;
    placeholderDescription(): string;
    lawDetail(abbreviation: string): string;

    // Quick fixes.
    addMember(keyword: string, owner: string): string;
    addIk(keyword: string): string;
    createElement(kind: string, name: string, section: string): string;
    replaceWord(found: string, replacement: string): string;
    renameDuplicate(name: string, newName: string): string;
    ignoreFinding(code: string): string;
    defaultIkName(): string;

    // Rename.
    renameNotAName(name: string): string;
    renameIsKeyword(name: string): string;
    renameTaken(name: string): string;
}

const nl: LspMessages = {
    keywordMeaning: id => ({
        casus: 'Eén casus: een samenwerking die moeizaam loopt, geduid en verbonden met het model "duiden en verbinden". Een bestand bevat één casus.',
        ik: 'De ik-persoon: jij, de analist, in het midden van de vier kwadranten. Precies één per casus, met je eigen belangen en je eigen visie.',
        belang: 'Een belang: wat deze partij zelf wil bereiken. Benoem belangen open; een partij zonder benoemd belang is een blinde vlek.',
        doel: 'Een doel van de ik-persoon: wat jij wilt bereiken. Elke verbinding zegt hoe de partner dit doel helpt.',
        visie: 'Jouw eigen visie op het governance-probleem (één per ik-persoon): vorm een eigen visie in plaats van te leunen op de wethouder, de professionals of de regels.',
        organisatie: 'Het kwadrant Interne organisatie (linksboven, as: expertise): de actoren die het beleid op de casus uitvoeren, elk met eigen belangen, en de expertise van jouw organisatie.',
        omvang: 'Hoe groot dit kwadrant is in deze casus: groot, middel of klein. Het diagram tekent het kwadrant op deze maat.',
        groot: 'Omvang groot: dit kwadrant domineert de casus.',
        middel: 'Omvang middel: dit kwadrant telt mee, maar domineert niet.',
        klein: 'Omvang klein: dit kwadrant speelt in deze casus een kleine rol.',
        expertise: 'Expertise: wat jouw organisatie (of deze actor) weet en kan.',
        actor: 'Een actor in de interne organisatie: voert het beleid op de casus mee uit, vanuit een eigen perspectief en met eigen belangen.',
        waarde: 'Een waarde: wat deze actor belangrijk vindt in het werk.',
        regels: 'Het kwadrant Wet- en regelgeving (linksonder, as: regels): de bindende randvoorwaarden die niet of nauwelijks te veranderen zijn: wetten, regels, protocollen, budgetten.',
        wet: 'Een wet die deze casus bindt, met een korte naam en de officiële titel.',
        bepaling: 'Een bepaling: wat de wet in deze casus vastlegt.',
        regel: 'Een regel: een protocol, budget of lokale afspraak die vastligt.',
        politiek: 'Het kwadrant Politieke omgeving (rechtsonder, as: positie): de stakeholders rond het beleid (wethouder, raad, andere organisaties) en wat elk van hen wil.',
        stakeholder: 'Een stakeholder in de politieke omgeving: heeft een positie ten opzichte van het beleid en wil er iets van.',
        wil: 'Wat deze stakeholder wil.',
        verbinding: 'Een verbinding met een partner (een actor of stakeholder). Verbind horizontaal: de partner doet mee als het in het eigen perspectief loont.',
        helpt: 'Hoe deze partner jouw doel helpt.',
        waarom: 'Waarom de partner dit zou willen, vanuit het eigen belang van de partner, niet vanuit het hogere gezamenlijke doel.',
        spanning: 'Een spanning: twee partijen (de ik, een actor of een stakeholder) waarvan de belangen botsen. Benoem ze in plaats van ze weg te poetsen.',
    })[id],
    question: part => worksheetQuestion(part, 'nl'),
    worksheet: () => 'Werkblad',
    alsoWritten: spellings => `Ook te schrijven als ${spellings.map(s => '`' + s + '`').join(', ')}.`,

    quadrantOf: part => ({
        organisatie: `kwadrant ${quadrantLabel('organisatie', 'nl')} (${quadrantWords('organisatie', 'nl').axis})`,
        regels: `kwadrant ${quadrantLabel('regels', 'nl')} (${quadrantWords('regels', 'nl').axis})`,
        politiek: `kwadrant ${quadrantLabel('politiek', 'nl')} (${quadrantWords('politiek', 'nl').axis})`,
        visie: `in het midden; kwadrant ${quadrantLabel('visie', 'nl')} (${quadrantWords('visie', 'nl').axis})`,
        verbinding: 'verbinding',
        casus: 'casus',
    })[part],
    interests: () => 'Belangen',
    wants: () => 'Wil',
    goals: () => 'Doelen',
    vision: () => 'Visie',
    values: () => 'Waarden',
    expertise: () => 'Expertise',
    provisions: () => 'Bepalingen',
    findings: () => 'Bevindingen',
    noInterestStated: () => 'Nog geen belang benoemd.',

    snippetCase: () => 'Nieuwe casus met ik-persoon en de drie kwadranten',
    snippetActor: () => 'Actor met een belang',
    snippetStakeholder: () => 'Stakeholder met wat die wil',
    snippetLaw: () => 'Wet met officiële titel en een bepaling',
    snippetLink: () => 'Verbinding: hoe de partner helpt en waarom die dat wil',
    placeholderName: () => 'Naam',
    placeholderTitle: () => 'Titel van de casus',
    placeholderDescription: () => 'omschrijving',
    lawDetail: abbreviation => `Wet (${abbreviation})`,

    addMember: (keyword, owner) => `Voeg ${keyword} "" toe aan ${owner}`,
    addIk: keyword => `Voeg een ik-persoon toe (${keyword} Naam { … })`,
    createElement: (kind, name, section) => `Maak ${kind} ${name} in ${section}`,
    replaceWord: (found, replacement) => `Vervang "${found}" door "${replacement}"`,
    renameDuplicate: (name, newName) => `Hernoem deze ${name} naar ${newName}`,
    ignoreFinding: code => `Negeer deze melding hier (// casus-ignore ${code})`,
    defaultIkName: () => 'Analist',

    renameNotAName: name => `"${name}" is geen geldige naam: een naam bestaat uit letters, cijfers en _, en begint niet met een cijfer.`,
    renameIsKeyword: name => `"${name}" is een sleutelwoord van Casus en kan geen naam zijn. Kies een andere naam.`,
    renameTaken: name => `De naam ${name} is al gebruikt in deze casus. Kies een naam die nog vrij is.`,
};

const en: LspMessages = {
    keywordMeaning: id => ({
        casus: 'One case: a collaboration that runs with difficulty, analysed with the model "duiden en verbinden" (make sense of, then connect). A file holds one case.',
        ik: 'The ik-persoon: you, the analyst, in the centre of the four quadrants. Exactly one per case, with your own interests and your own vision.',
        belang: 'An interest: what this party itself wants to achieve. State interests openly; a party without a stated interest is a blind spot.',
        doel: 'A goal of the ik-persoon: what you want to achieve. Every link says how the partner helps this goal.',
        visie: 'Your own vision on the governance problem (one per ik-persoon): form your own vision instead of deferring to the alderman, the professionals or the rules.',
        organisatie: 'The quadrant Internal organisation (top left, axis: expertise): the actors that carry out the policy on the case, each with their own interests, and the expertise of your organisation.',
        omvang: 'How big this quadrant is in this case: large, medium or small. The diagram draws the quadrant at this size.',
        groot: 'Size large: this quadrant dominates the case.',
        middel: 'Size medium: this quadrant counts, but does not dominate.',
        klein: 'Size small: this quadrant plays a small part in this case.',
        expertise: 'Expertise: what your organisation (or this actor) knows and can do.',
        actor: 'An actor in the internal organisation: helps carry out the policy on the case, from its own perspective and with its own interests.',
        waarde: 'A value: what this actor considers important in its work.',
        regels: 'The quadrant Laws and rules (bottom left, axis: rules): the binding preconditions that cannot (or hardly) be changed: laws, rules, protocols, budgets.',
        wet: 'A law that binds this case, with a short name and its official title.',
        bepaling: 'A provision: what the law fixes in this case.',
        regel: 'A rule: a protocol, budget or local agreement that is fixed.',
        politiek: 'The quadrant Political environment (bottom right, axis: position): the stakeholders around the policy (alderman, council, other organisations) and what each of them wants.',
        stakeholder: 'A stakeholder in the political environment: holds a position on the policy and wants something from it.',
        wil: 'What this stakeholder wants.',
        verbinding: 'A link with a partner (an actor or stakeholder). Connect horizontally: the partner joins in when it pays off in its own perspective.',
        helpt: 'How this partner helps your goal.',
        waarom: "Why the partner would want this, from the partner's own interest, not from the higher common goal.",
        spanning: 'A tension: two parties (the ik, an actor or a stakeholder) whose interests run at odds. Name them instead of papering over them.',
    })[id],
    question: part => worksheetQuestion(part, 'en'),
    worksheet: () => 'Worksheet',
    alsoWritten: spellings => `Also written as ${spellings.map(s => '`' + s + '`').join(', ')}.`,

    quadrantOf: part => ({
        organisatie: `quadrant ${quadrantLabel('organisatie', 'en')} (${quadrantWords('organisatie', 'en').axis})`,
        regels: `quadrant ${quadrantLabel('regels', 'en')} (${quadrantWords('regels', 'en').axis})`,
        politiek: `quadrant ${quadrantLabel('politiek', 'en')} (${quadrantWords('politiek', 'en').axis})`,
        visie: `in the centre; quadrant ${quadrantLabel('visie', 'en')} (${quadrantWords('visie', 'en').axis})`,
        verbinding: 'link',
        casus: 'case',
    })[part],
    interests: () => 'Interests',
    wants: () => 'Wants',
    goals: () => 'Goals',
    vision: () => 'Vision',
    values: () => 'Values',
    expertise: () => 'Expertise',
    provisions: () => 'Provisions',
    findings: () => 'Findings',
    noInterestStated: () => 'No interest stated yet.',

    snippetCase: () => 'New case with the ik-persoon and the three quadrants',
    snippetActor: () => 'Actor with an interest',
    snippetStakeholder: () => 'Stakeholder with what it wants',
    snippetLaw: () => 'Law with its official title and a provision',
    snippetLink: () => 'Link: how the partner helps and why it wants to',
    placeholderName: () => 'Name',
    placeholderTitle: () => 'Title of the case',
    placeholderDescription: () => 'description',
    lawDetail: abbreviation => `Law (${abbreviation})`,

    addMember: (keyword, owner) => `Add ${keyword} "" to ${owner}`,
    addIk: keyword => `Add an ik-persoon (${keyword} Name { … })`,
    createElement: (kind, name, section) => `Create ${kind} ${name} in ${section}`,
    replaceWord: (found, replacement) => `Replace "${found}" with "${replacement}"`,
    renameDuplicate: (name, newName) => `Rename this ${name} to ${newName}`,
    ignoreFinding: code => `Ignore this finding here (// casus-ignore ${code})`,
    defaultIkName: () => 'Analyst',

    renameNotAName: name => `"${name}" is not a valid name: a name consists of letters, digits and _, and does not start with a digit.`,
    renameIsKeyword: name => `"${name}" is a Casus keyword and cannot be a name. Choose another name.`,
    renameTaken: name => `The name ${name} is already used in this case. Choose a name that is still free.`,
};

const catalogues: Record<Locale, LspMessages> = { nl, en };

export function lspMessagesFor(locale: Locale): LspMessages {
    return catalogues[locale];
}
