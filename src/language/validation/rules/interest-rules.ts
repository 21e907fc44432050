import type { Case } from '../../generated/ast.js';
import { elementKind, partiesWithInterests, sectionsOf, statesInterest, statesSomething } from '../case-elements.js';
import type { FindingReporter } from '../finding-reporter.js';

/** `unstated-interest` and `missing-vision`: every party's interests, and the ik's own vision, written down. */
export function checkStatedInterests(root: Case, report: FindingReporter): void {
    const { ik } = sectionsOf(root);
    if (ik) {
        if (!statesInterest(ik)) {
            report.atProperty('unstated-interest', ik, 'name', report.messages.unstatedInterest('ik', ik.name));
        }
        if (!statesSomething(ik.visions)) {
            report.atProperty('missing-vision', ik, 'name', report.messages.missingVision(ik.name));
        }
    }
    for (const party of partiesWithInterests(root)) {
        if (!statesInterest(party)) {
            report.atProperty('unstated-interest', party, 'name', report.messages.unstatedInterest(elementKind(party), party.name));
        }
    }
}
