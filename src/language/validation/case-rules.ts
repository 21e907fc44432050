import type { Case } from '../generated/ast.js';
import type { FindingReporter } from './finding-reporter.js';
import { checkStatedInterests } from './rules/interest-rules.js';
import { checkConnections } from './rules/link-rules.js';
import { checkIkPresent, checkQuadrantsFilled, checkSingleOccurrences, checkUniqueNames } from './rules/structure-rules.js';
import { checkAssumedWe, checkWeAsActor } from './rules/we-rules.js';

/** One rule: a function of the case root that reports what it finds. */
export interface CaseRule {
    /** For the server log when the rule throws. */
    readonly name: string;
    readonly check: (root: Case, report: FindingReporter) => void;
    /**
     * Tells what is absent, which cannot be told while the parser skips text it
     * does not understand: runs only on a case without syntax errors.
     */
    readonly needsWholeCase?: boolean;
}

/**
 * Every rule of Casus, registered one by one on the case root (see
 * registerValidationChecks): each starts from the root and visits what it
 * needs, and a rule that throws loses only its own findings. A rule exported
 * from rules/ but missing here fails test/language/validation.test.ts.
 */
export const CASE_RULES: readonly CaseRule[] = [
    { name: 'single-occurrences', check: checkSingleOccurrences },
    { name: 'unique-names', check: checkUniqueNames },
    { name: 'we-as-actor', check: checkWeAsActor },
    { name: 'assumed-we', check: checkAssumedWe },
    { name: 'stated-interests', check: checkStatedInterests },
    { name: 'connections', check: checkConnections },
    { name: 'ik-present', check: checkIkPresent, needsWholeCase: true },
    { name: 'quadrants-filled', check: checkQuadrantsFilled, needsWholeCase: true },
];
