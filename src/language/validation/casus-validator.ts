import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CasusAstType, Case } from '../generated/ast.js';
import type { CasusCoreServices } from '../casus-core-module.js';
import type { CasusSettings } from '../workspace/casus-settings.js';
import { createFindingReporter } from './finding-reporter.js';
import { checkStatedInterests } from './rules/interest-rules.js';
import { checkConnections } from './rules/link-rules.js';
import { checkIkPresent, checkQuadrantsFilled, checkSingleOccurrences, checkUniqueNames } from './rules/structure-rules.js';
import { checkAssumedWe, checkWeAsActor } from './rules/we-rules.js';

/** Registers the Casus rules. They all start from the case root, so each runs once per build over exactly what it needs. */
export function registerValidationChecks(services: CasusCoreServices): void {
    const validator = services.validation.CasusValidator;
    const checks: ValidationChecks<CasusAstType> = {
        Case: validator.checkCase.bind(validator),
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

export class CasusValidator {
    private readonly settings: CasusSettings;

    constructor(services: CasusCoreServices) {
        this.settings = services.workspace.CasusSettings;
    }

    checkCase(root: Case, accept: ValidationAcceptor): void {
        if (!root.keyword) {
            return; // not a case at all (empty, binary, another language): the syntax error says so, nothing more to add
        }
        const report = createFindingReporter(accept, this.settings.messages);
        checkSingleOccurrences(root, report);
        checkUniqueNames(root, report);
        checkWeAsActor(root, report);
        checkAssumedWe(root, report);
        checkStatedInterests(root, report);
        checkConnections(root, report);
        // What is absent cannot be told while the parser skips text it does not understand.
        if (AstUtils.getDocument(root).parseResult.parserErrors.length === 0) {
            checkIkPresent(root, report);
            checkQuadrantsFilled(root, report);
        }
    }
}
