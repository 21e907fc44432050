import type { MemberKind, QuadrantKind, TextEntry } from '../language/model/case-model.js';

/**
 * The words in the picture, in the keyword language of the case: a case
 * written with `casus` is drawn in Dutch, one written with `case` in English.
 * The picture then speaks the author's own vocabulary, also in a pull request
 * read by someone with another display language.
 */
export type PreviewLanguage = 'nl' | 'en';
export type PanelKind = QuadrantKind | 'visie';

export interface PreviewTexts {
    quadrantTitle: Record<PanelKind, string>;
    axisWord: Record<PanelKind, string>;
    /** The worksheet's question, shown in a quadrant that is still empty. */
    question: Record<PanelKind, string>;
    memberKind: Record<MemberKind, string>;
    entryLabel: Record<TextEntry['kind'], string>;
    ikLabel: string;
    noIk: string;
    myInterests: string;
    myGoals: string;
    myVision: string;
    ownExpertise: string;
    connection: string;
    tensions: string;
    unresolvedLinks: string;
    untitled: string;
    findings: (count: number) => string;
}

const nl: PreviewTexts = {
    quadrantTitle: { organisatie: 'Interne organisatie', visie: 'Visie', regels: 'Wet- en regelgeving', politiek: 'Politieke omgeving' },
    axisWord: { organisatie: 'expertise', visie: 'doel', regels: 'regels', politiek: 'positie' },
    question: {
        organisatie: 'Wie zitten er in je interne organisatie en wat zijn hun belangen? Wat is de expertise van jouw organisatie?',
        visie: 'Wat zijn jouw belangrijkste belangen, en wat is jouw visie op het governance-probleem?',
        regels: 'Wat valt er onder wet- en regelgeving: welke randvoorwaarden liggen vast?',
        politiek: 'Wie is je politieke omgeving en wat willen deze stakeholders?',
    },
    memberKind: { actor: 'actor', wet: 'wet', regel: 'regel', stakeholder: 'stakeholder' },
    entryLabel: {
        belang: 'belang', doel: 'doel', visie: 'visie', expertise: 'expertise', waarde: 'waarde',
        bepaling: 'bepaling', wil: 'wil', helpt: 'helpt', waarom: 'waarom',
    },
    ikLabel: 'ik-persoon',
    noIk: 'Nog geen ik-persoon',
    myInterests: 'Mijn belangen',
    myGoals: 'Mijn doelen',
    myVision: 'Mijn visie',
    ownExpertise: 'Expertise van mijn organisatie',
    connection: 'verbinding',
    tensions: 'Spanningen',
    unresolvedLinks: 'Verbindingen met een onbekende partner',
    untitled: 'Casus zonder titel',
    findings: count => count === 1 ? '1 bevinding' : `${count} bevindingen`,
};

const en: PreviewTexts = {
    quadrantTitle: { organisatie: 'Internal organisation', visie: 'Vision', regels: 'Laws and regulations', politiek: 'Political environment' },
    axisWord: { organisatie: 'expertise', visie: 'goal', regels: 'rules', politiek: 'position' },
    question: {
        organisatie: 'Who is in your internal organisation and what are their interests? What is the expertise of your organisation?',
        visie: 'What are your most important interests, and what is your vision on the governance problem?',
        regels: 'What falls under laws and regulations: which preconditions are fixed?',
        politiek: 'Who is your political environment and what do these stakeholders want?',
    },
    memberKind: { actor: 'actor', wet: 'law', regel: 'rule', stakeholder: 'stakeholder' },
    entryLabel: {
        belang: 'interest', doel: 'goal', visie: 'vision', expertise: 'expertise', waarde: 'value',
        bepaling: 'provision', wil: 'wants', helpt: 'helps', waarom: 'why',
    },
    ikLabel: 'me',
    noIk: 'No me yet',
    myInterests: 'My interests',
    myGoals: 'My goals',
    myVision: 'My vision',
    ownExpertise: 'Expertise of my organisation',
    connection: 'link',
    tensions: 'Tensions',
    unresolvedLinks: 'Links to an unknown partner',
    untitled: 'Untitled case',
    findings: count => count === 1 ? '1 finding' : `${count} findings`,
};

export function previewTexts(language: PreviewLanguage): PreviewTexts {
    return language === 'en' ? en : nl;
}
