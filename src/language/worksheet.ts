/**
 * The worksheet of "duiden en verbinden", once, in Dutch and English: the
 * quadrants' labels, axis words and places, and the question the worksheet
 * asks for each part. Findings, hover, completion, the diagram, the report
 * and the new-case template all take their words from here.
 */
import type { Locale } from './i18n/locale.js';

export type WorksheetQuadrant = 'organisatie' | 'visie' | 'regels' | 'politiek';
/** The parts the worksheet asks a question about: the four quadrants, a verbinding, and the case as a whole. */
export type WorksheetPart = WorksheetQuadrant | 'verbinding' | 'casus';

export interface QuadrantWords {
    /** "Interne organisatie". */
    label: string;
    /** The axis word beside the label: "expertise". */
    axis: string;
    /** Where it sits in the picture: "linksboven". */
    place: string;
}

interface Worksheet {
    quadrant: Record<WorksheetQuadrant, QuadrantWords>;
    question: Record<WorksheetPart, string>;
}

const WORKSHEET: Record<Locale, Worksheet> = {
    nl: {
        quadrant: {
            organisatie: { label: 'Interne organisatie', axis: 'expertise', place: 'linksboven' },
            visie: { label: 'Visie', axis: 'doel', place: 'rechtsboven' },
            regels: { label: 'Wet- en regelgeving', axis: 'regels', place: 'linksonder' },
            politiek: { label: 'Politieke omgeving', axis: 'positie', place: 'rechtsonder' },
        },
        question: {
            organisatie: 'Wie zitten er in je interne organisatie en wat zijn hun belangen? Wat is de expertise van jouw organisatie?',
            regels: 'Wat valt er onder wet- en regelgeving: welke randvoorwaarden liggen vast?',
            politiek: 'Wie is je politieke omgeving en wat willen deze stakeholders?',
            visie: 'Wat zijn jouw belangrijkste belangen, en wat is jouw visie op het governance-probleem?',
            verbinding: 'Hoe helpt deze partner jouw doel — en waarom zou die partner dat willen?',
            casus: 'Welke vakjes zijn groot en welke klein? Hoe verhoudt het belang van de ander zich tot jouw belang?',
        },
    },
    en: {
        quadrant: {
            organisatie: { label: 'Internal organisation', axis: 'expertise', place: 'top left' },
            visie: { label: 'Vision', axis: 'goal', place: 'top right' },
            regels: { label: 'Laws and rules', axis: 'rules', place: 'bottom left' },
            politiek: { label: 'Political environment', axis: 'position', place: 'bottom right' },
        },
        question: {
            organisatie: 'Who is in your internal organisation and what are their interests? What is the expertise of your organisation?',
            regels: 'What falls under laws and rules: which preconditions are fixed?',
            politiek: 'Who is your political environment and what do these stakeholders want?',
            visie: 'What are your most important interests, and what is your vision on the governance problem?',
            verbinding: 'How does this partner help your goal — and why would that partner want to?',
            casus: "Which boxes are big and which are small? How does the other's interest relate to yours?",
        },
    },
};

export function quadrantWords(quadrant: WorksheetQuadrant, language: Locale): QuadrantWords {
    return WORKSHEET[language].quadrant[quadrant];
}

export function quadrantLabel(quadrant: WorksheetQuadrant, language: Locale): string {
    return WORKSHEET[language].quadrant[quadrant].label;
}

export function worksheetQuestion(part: WorksheetPart, language: Locale): string {
    return WORKSHEET[language].question[part];
}

/** One record per quadrant, made from the worksheet's words (for tables of texts keyed by quadrant). */
export function byQuadrant<T>(make: (quadrant: WorksheetQuadrant) => T): Record<WorksheetQuadrant, T> {
    return { organisatie: make('organisatie'), visie: make('visie'), regels: make('regels'), politiek: make('politiek') };
}
