import { GrammarUtils } from 'langium';
import type { Case, NamedElement, Section } from '../../generated/ast.js';
import { isIk, isOrganisatie, isPolitiek, isRegels } from '../../generated/ast.js';
import type { QuadrantKind } from '../../i18n/messages.js';
import { namedElements, sectionsOf } from '../case-elements.js';
import type { FindingReporter } from '../finding-reporter.js';

/** `missing-ik`: the analyst is the centre of the model; a case without an ik has no centre. */
export function checkIkPresent(root: Case, report: FindingReporter): void {
    if (!sectionsOf(root).ik) {
        report.atProperty('missing-ik', root, 'title', report.messages.missingIk());
    }
}

/** `duplicate-name`: names are unique across all kinds; each later occurrence is reported. */
export function checkUniqueNames(root: Case, report: FindingReporter): void {
    const first = new Map<string, NamedElement>();
    for (const element of namedElements(root)) {
        if (!element.name) continue;
        const earlier = first.get(element.name);
        if (earlier) {
            report.atProperty('duplicate-name', element, 'name', report.messages.duplicateName(element.name, lineOfName(earlier)));
        } else {
            first.set(element.name, element);
        }
    }
}

function lineOfName(element: NamedElement): number {
    const node = element.$cstNode && GrammarUtils.findNodeForProperty(element.$cstNode, 'name');
    return (node?.range.start.line ?? 0) + 1;
}

/** Sections, the ik, its vision and a quadrant's `omvang` appear at most once; the grammar allows any order, this enforces the count. */
export function checkSingleOccurrences(root: Case, report: FindingReporter): void {
    const seen = new Set<Section['$type']>();
    for (const section of root.sections) {
        const once = section.$type !== 'Verbinding' && section.$type !== 'Spanning';
        if (once && seen.has(section.$type)) {
            const message = isIk(section) ? report.messages.secondIk() : report.messages.duplicateSection(section.keyword);
            report.atProperty('syntax-error', section, 'keyword', message);
        }
        seen.add(section.$type);
        if (isIk(section)) {
            for (const vision of section.visions.slice(1)) {
                report.atProperty('syntax-error', vision, 'keyword', report.messages.secondVision());
            }
        }
        if (isOrganisatie(section) || isRegels(section) || isPolitiek(section)) {
            for (const size of section.sizes.slice(1)) {
                report.atProperty('syntax-error', size, 'keyword', report.messages.duplicateSection(size.keyword));
            }
        }
    }
}

/** `empty-quadrant`: a quadrant left out or without members is one the analyst has not looked at yet. */
export function checkQuadrantsFilled(root: Case, report: FindingReporter): void {
    const sections = sectionsOf(root);
    const quadrants: Array<[QuadrantKind, number | undefined, typeof sections.organisatie | typeof sections.regels | typeof sections.politiek]> = [
        ['organisatie', sections.organisatie && sections.organisatie.actors.length + sections.organisatie.expertise.length, sections.organisatie],
        ['regels', sections.regels && sections.regels.laws.length + sections.regels.rules.length, sections.regels],
        ['politiek', sections.politiek?.stakeholders.length, sections.politiek],
    ];
    for (const [kind, members, section] of quadrants) {
        if (!section) {
            report.atProperty('empty-quadrant', root, 'title', report.messages.emptyQuadrant(kind));
        } else if (!members) {
            report.atProperty('empty-quadrant', section, 'keyword', report.messages.emptyQuadrant(kind));
        }
    }
}
