import { DiagnosticCodes, SeverityOverrides, isDiagnosticCode, isSeverityOverride, type DiagnosticCode, type SeverityOverride } from '../validation/diagnostic-codes.js';
import type { Locale } from '../i18n/locale.js';

/**
 * `casus.json`: per-code severities shared by a team's editors and its CI, at
 * the root of a workspace (the CLI takes the nearest one from the current
 * folder upwards):
 *
 *     { "rules": { "assumed-we": "error", "empty-quadrant": "off" } }
 *
 * Reading it is harmless also in an untrusted workspace: it can only change
 * how severe findings are, never run anything. This module parses and checks
 * it (pure); the CLI's src/cli/casus-json-file.ts finds and reads it from disk.
 */
export const CASUS_JSON = 'casus.json';

export type RuleOverrides = Partial<Record<DiagnosticCode, SeverityOverride>>;

/** What can be wrong with a casus.json, as data; `describeCasusJsonProblem` words it. */
export type CasusJsonProblem =
    | { kind: 'unreadable'; detail: string }
    | { kind: 'not-json'; detail: string }
    | { kind: 'not-an-object' }
    | { kind: 'unknown-key'; key: string }
    | { kind: 'rules-not-an-object' }
    | { kind: 'unknown-code'; code: string }
    | { kind: 'bad-severity'; code: string; value: string };

export interface CasusJson {
    /** The overrides that are valid; a bad entry is left out, the rest still applies. */
    rules: RuleOverrides;
    problems: CasusJsonProblem[];
}

const KNOWN_KEYS = ['rules', '$schema'];

export function parseCasusJson(text: string): CasusJson {
    let value: unknown;
    try {
        value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
        return { rules: {}, problems: [{ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) }] };
    }
    if (!isPlainObject(value)) return { rules: {}, problems: [{ kind: 'not-an-object' }] };
    const problems: CasusJsonProblem[] = [];
    for (const key of Object.keys(value)) {
        if (!KNOWN_KEYS.includes(key)) problems.push({ kind: 'unknown-key', key });
    }
    const rules: RuleOverrides = {};
    const given = value.rules;
    if (given !== undefined && !isPlainObject(given)) {
        problems.push({ kind: 'rules-not-an-object' });
    } else if (given !== undefined) {
        for (const [code, severity] of Object.entries(given)) {
            if (!isDiagnosticCode(code)) problems.push({ kind: 'unknown-code', code });
            else if (!isSeverityOverride(severity)) problems.push({ kind: 'bad-severity', code, value: JSON.stringify(severity) ?? String(severity) });
            else rules[code] = severity;
        }
    }
    return { rules, problems };
}

/**
 * Per-code severities from editor settings (`casus.diagnostics.severity`):
 * the same shape as casus.json's `rules`, but anything unknown is simply
 * ignored (VS Code already flags it against the settings schema).
 */
export function ruleOverridesFrom(value: unknown): RuleOverrides {
    const rules: RuleOverrides = {};
    if (!isPlainObject(value)) return rules;
    for (const [code, severity] of Object.entries(value)) {
        if (isDiagnosticCode(code) && isSeverityOverride(severity)) rules[code] = severity;
    }
    return rules;
}

/** One problem in words, without the file's name (the caller puts the path in front). */
export function describeCasusJsonProblem(problem: CasusJsonProblem, locale: Locale): string {
    const codes = DiagnosticCodes.join(', ');
    const severities = SeverityOverrides.join(', ');
    if (locale === 'nl') {
        switch (problem.kind) {
            case 'unreadable': return `kan niet gelezen worden: ${problem.detail}`;
            case 'not-json': return `geen geldige JSON (${problem.detail}); schrijf bijvoorbeeld { "rules": { "assumed-we": "error" } }`;
            case 'not-an-object': return `moet een object zijn, bijvoorbeeld { "rules": { "assumed-we": "error" } }`;
            case 'unknown-key': return `onbekende instelling '${problem.key}'; alleen "rules" is toegestaan`;
            case 'rules-not-an-object': return `"rules" moet een object zijn dat codes op een ernst afbeeldt, bijvoorbeeld { "assumed-we": "error" }`;
            case 'unknown-code': return `onbekende code '${problem.code}' in "rules"; bekende codes: ${codes}`;
            case 'bad-severity': return `code '${problem.code}' kan niet op ${problem.value} staan; kies ${severities}`;
        }
    }
    switch (problem.kind) {
        case 'unreadable': return `cannot be read: ${problem.detail}`;
        case 'not-json': return `not valid JSON (${problem.detail}); write for example { "rules": { "assumed-we": "error" } }`;
        case 'not-an-object': return `must be an object, for example { "rules": { "assumed-we": "error" } }`;
        case 'unknown-key': return `unknown setting '${problem.key}'; only "rules" is allowed`;
        case 'rules-not-an-object': return `"rules" must be an object mapping codes to a severity, for example { "assumed-we": "error" }`;
        case 'unknown-code': return `unknown code '${problem.code}' in "rules"; known codes: ${codes}`;
        case 'bad-severity': return `code '${problem.code}' cannot be set to ${problem.value}; choose ${severities}`;
    }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
