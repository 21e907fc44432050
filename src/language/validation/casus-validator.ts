import { AstUtils, type ValidationAcceptor, type ValidationCheck, type ValidationChecks } from 'langium';
import type { CasusAstType, Case } from '../generated/ast.js';
import type { CasusCoreServices } from '../casus-core-module.js';
import type { CasusSettings } from '../workspace/casus-settings.js';
import { CASE_RULES, type CaseRule } from './case-rules.js';
import { createFindingReporter } from './finding-reporter.js';

/**
 * Registers the Casus rules, one check each, all on the case root: each runs
 * once per build over exactly what it needs (the document validator runs only
 * root checks), and one that throws loses only itself.
 */
export function registerValidationChecks(services: CasusCoreServices): void {
    const validator = services.validation.CasusValidator;
    const checks: ValidationChecks<CasusAstType> = {
        Case: CASE_RULES.map(rule => validator.checkFor(rule)),
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

export class CasusValidator {
    private readonly settings: CasusSettings;

    constructor(services: CasusCoreServices) {
        this.settings = services.workspace.CasusSettings;
    }

    /** The registered check of one rule. */
    checkFor(rule: CaseRule): ValidationCheck<Case> {
        return (root: Case, accept: ValidationAcceptor) => {
            // Not a case at all (empty, binary, another language): the syntax error says so, nothing more to add.
            if (!root.keyword) return;
            if (rule.needsWholeCase && AstUtils.getDocument(root).parseResult.parserErrors.length > 0) return;
            try {
                rule.check(root, createFindingReporter(accept, this.settings.messages));
            } catch (error) {
                // A bug in one rule must not take the other findings (or the server) with it; the log tells a developer.
                console.error(`casus: the rule ${rule.name} failed on ${AstUtils.getDocument(root).uri.toString()}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
            }
        };
    }
}
