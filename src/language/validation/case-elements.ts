import type { Actor, Case, Ik, NamedElement, Organisatie, Politiek, Regels, Stakeholder, Verbinding, Spanning } from '../generated/ast.js';
import { isIk, isOrganisatie, isPolitiek, isRegels, isSpanning, isVerbinding } from '../generated/ast.js';
import { namedKindOf, type ElementKind } from '../element-kinds.js';
import { isPlaceholder } from './text-patterns.js';

/** The sections of a case by kind, first occurrence each (a repeated section is a syntax error). */
export interface CaseSections {
    ik?: Ik;
    organisatie?: Organisatie;
    regels?: Regels;
    politiek?: Politiek;
    verbindingen: Verbinding[];
    spanningen: Spanning[];
}

export function sectionsOf(root: Case): CaseSections {
    const sections: CaseSections = { verbindingen: [], spanningen: [] };
    for (const section of root.sections) {
        if (isIk(section)) sections.ik ??= section;
        else if (isOrganisatie(section)) sections.organisatie ??= section;
        else if (isRegels(section)) sections.regels ??= section;
        else if (isPolitiek(section)) sections.politiek ??= section;
        else if (isVerbinding(section)) sections.verbindingen.push(section);
        else if (isSpanning(section)) sections.spanningen.push(section);
    }
    return sections;
}

/** Every named element of a case in document order: the ik, actors, laws, rules, stakeholders. */
export function* namedElements(root: Case): Generator<NamedElement> {
    for (const section of root.sections) {
        if (isIk(section)) yield section;
        else if (isOrganisatie(section)) yield* section.actors;
        else if (isRegels(section)) {
            // Laws and rules interleave in the text; keep their written order.
            yield* [...section.laws, ...section.rules].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        }
        else if (isPolitiek(section)) yield* section.stakeholders;
    }
}

/** Actors and stakeholders: the parties whose interests must be stated. */
export function* partiesWithInterests(root: Case): Generator<Actor | Stakeholder> {
    for (const section of root.sections) {
        if (isOrganisatie(section)) yield* section.actors;
        else if (isPolitiek(section)) yield* section.stakeholders;
    }
}

export function elementKind(element: NamedElement): ElementKind {
    return namedKindOf(element).kind;
}

/**
 * True when the element states an interest: at least one of its interest texts
 * says something (not a placeholder). The one test behind `unstated-interest`
 * and the hover's "no interest stated yet".
 */
export function statesInterest(element: NamedElement): boolean {
    const interests = namedKindOf(element).interests;
    return interests === undefined || statesSomething(interests(element));
}

/** At least one text that says something (not a placeholder such as `?` or `TODO`). */
export function statesSomething(texts: ReadonlyArray<{ text?: string }>): boolean {
    return texts.some(t => !isPlaceholder(t.text));
}
