import type { Locale } from '../language/i18n/locale.js';
import { isDiagnosticCode, isSeverityOverride } from '../language/validation/diagnostic-codes.js';
import { describeCasusJsonProblem, type RuleOverrides } from '../language/workspace/casus-json.js';
import { loadCasusJson } from './casus-json-file.js';
import { ConfigurationError, UsageError } from './cli-errors.js';
import { cliMessagesFor } from './cli-messages.js';

/**
 * The severities every command that builds cases applies (check, report,
 * render): the nearest casus.json from the current folder, then each
 * `--rule CODE=SEVERITY`, which wins. A bad casus.json stops the run (exit 2)
 * with every problem named; a bad `--rule` is a usage error.
 */
export async function configuredRules(ruleArgs: readonly string[], locale: Locale, folder: string = process.cwd()): Promise<RuleOverrides> {
    return { ...await casusJsonRules(folder, locale), ...ruleOverrides(ruleArgs, locale) };
}

async function casusJsonRules(folder: string, locale: Locale): Promise<RuleOverrides> {
    const loaded = await loadCasusJson(folder);
    if (loaded === undefined) return {};
    if (loaded.problems.length > 0) {
        throw new ConfigurationError(cliMessagesFor(locale).casusJsonProblems(loaded.path, loaded.problems.map(p => describeCasusJsonProblem(p, locale))));
    }
    return loaded.rules;
}

function ruleOverrides(values: readonly string[], locale: Locale): RuleOverrides {
    const rules: RuleOverrides = {};
    for (const value of values) {
        const [code, severity, ...extra] = value.split('=');
        if (extra.length || !isDiagnosticCode(code) || !isSeverityOverride(severity)) throw new UsageError(cliMessagesFor(locale).badRule(value));
        rules[code] = severity;
    }
    return rules;
}
