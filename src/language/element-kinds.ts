/**
 * The named element kinds of a case, one row each, keyed by the generated
 * `$type`: a new kind in the grammar is a compile error here until it has its
 * keyword, its quadrant, its label and the texts it holds. Code that needs to
 * know about a kind (messages, hover, rules) looks it up instead of testing
 * the kinds one by one with a fall-through default.
 */
import type { Actor, Ik, NamedElement, Regel, Stakeholder, Wet } from './generated/ast.js';
import type { KeywordId } from './keywords.js';
import type { WorksheetQuadrant } from './worksheet.js';

/** The kinds of named element, for messages ("actor Huisartsen"); the keyword id of each. */
export type ElementKind = 'ik' | 'actor' | 'stakeholder' | 'wet' | 'regel';

/** A list of texts an element holds, and how the editor titles it (a key of the LSP catalogue). */
export interface TextList<N> {
    title: 'interests' | 'wants' | 'goals' | 'vision' | 'values' | 'expertise' | 'provisions';
    of(element: N): ReadonlyArray<{ text?: string }>;
}

export interface NamedKind<N extends NamedElement> {
    kind: ElementKind;
    keyword: KeywordId;
    /** Where it is drawn and which worksheet question it answers: the ik sits in the Visie quadrant. */
    quadrant: WorksheetQuadrant;
    /** The texts it holds, in the order the editor shows them. */
    texts: ReadonlyArray<TextList<N>>;
    /** The texts that state its interests (`unstated-interest`); undefined for kinds that have none to state. */
    interests?: (element: N) => ReadonlyArray<{ text?: string }>;
}

type NamedKinds = { [T in NamedElement['$type']]: NamedKind<Extract<NamedElement, { $type: T }>> };

export const NAMED_KINDS: NamedKinds = {
    Ik: {
        kind: 'ik', keyword: 'ik', quadrant: 'visie',
        texts: [{ title: 'interests', of: (ik: Ik) => ik.interests }, { title: 'goals', of: ik => ik.goals }, { title: 'vision', of: ik => ik.visions }],
        interests: ik => ik.interests,
    },
    Actor: {
        kind: 'actor', keyword: 'actor', quadrant: 'organisatie',
        texts: [{ title: 'interests', of: (actor: Actor) => actor.interests }, { title: 'expertise', of: actor => actor.expertise }, { title: 'values', of: actor => actor.values }],
        interests: actor => actor.interests,
    },
    Stakeholder: {
        kind: 'stakeholder', keyword: 'stakeholder', quadrant: 'politiek',
        texts: [{ title: 'wants', of: (stakeholder: Stakeholder) => stakeholder.wants }, { title: 'interests', of: stakeholder => stakeholder.interests }],
        interests: stakeholder => [...stakeholder.interests, ...stakeholder.wants],
    },
    Wet: {
        kind: 'wet', keyword: 'wet', quadrant: 'regels',
        texts: [{ title: 'provisions', of: (wet: Wet) => wet.provisions }],
    },
    Regel: {
        kind: 'regel', keyword: 'regel', quadrant: 'regels',
        texts: [] as ReadonlyArray<TextList<Regel>>,
    },
};

/** The row of an element's kind. */
export function namedKindOf<N extends NamedElement>(element: N): NamedKind<N> {
    return NAMED_KINDS[element.$type] as unknown as NamedKind<N>;
}
