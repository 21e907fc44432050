import type { Case } from '../../generated/ast.js';
import { isStakeholder } from '../../generated/ast.js';
import { elementKind, partiesWithInterests, sectionsOf } from '../case-elements.js';
import type { FindingReporter } from '../finding-reporter.js';
import { isPlaceholder } from '../text-patterns.js';

interface HasText { text?: string }

/** At least one text that says something (not a placeholder such as `?` or `TODO`). */
export function statesSomething(texts: readonly HasText[]): boolean {
    return texts.some(t => !isPlaceholder(t.text));
}

/** `unstated-interest` and `missing-vision`: every party's interests, and the ik's own vision, written down. */
export function checkStatedInterests(root: Case, report: FindingReporter): void {
    const { ik } = sectionsOf(root);
    if (ik) {
        if (!statesSomething(ik.interests)) {
            report.atProperty('unstated-interest', ik, 'name', report.messages.unstatedInterest('ik', ik.name));
        }
        if (!statesSomething(ik.visions)) {
            report.atProperty('missing-vision', ik, 'name', report.messages.missingVision(ik.name));
        }
    }
    for (const party of partiesWithInterests(root)) {
        const texts: HasText[] = isStakeholder(party) ? [...party.interests, ...party.wants] : party.interests;
        if (!statesSomething(texts)) {
            report.atProperty('unstated-interest', party, 'name', report.messages.unstatedInterest(elementKind(party), party.name));
        }
    }
}
