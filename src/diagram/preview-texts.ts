import type { MemberKind, QuadrantKind, TextEntry } from '../language/model/case-model.js';
import { byQuadrant, quadrantLabel, quadrantWords, worksheetQuestion } from '../language/worksheet.js';

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
    quadrantTitle: byQuadrant(quadrant => quadrantLabel(quadrant, 'nl')),
    axisWord: byQuadrant(quadrant => quadrantWords(quadrant, 'nl').axis),
    question: byQuadrant(quadrant => worksheetQuestion(quadrant, 'nl')),
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
    quadrantTitle: byQuadrant(quadrant => quadrantLabel(quadrant, 'en')),
    axisWord: byQuadrant(quadrant => quadrantWords(quadrant, 'en').axis),
    question: byQuadrant(quadrant => worksheetQuestion(quadrant, 'en')),
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
