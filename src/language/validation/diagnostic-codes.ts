/**
 * The stable diagnostic codes of the Casus language (LANGUAGE.md, "Diagnostics").
 * Users, CI pipelines and `// casus-ignore CODE` comments depend on these names.
 */
export const DiagnosticCodes = [
    'syntax-error',
    'unresolved-reference',
    'duplicate-name',
    'missing-ik',
    'we-as-actor',
    'assumed-we',
    'unstated-interest',
    'missing-vision',
    'link-without-why',
    'link-without-help',
    'vertical-argument',
    'empty-quadrant',
] as const;

export type DiagnosticCode = typeof DiagnosticCodes[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** What a user may set a code to: a severity, or `off`. */
export type SeverityOverride = Severity | 'off';
export const SeverityOverrides: readonly SeverityOverride[] = ['off', 'error', 'warning', 'info', 'hint'];

export const DefaultSeverity: Readonly<Record<DiagnosticCode, Severity>> = {
    'syntax-error': 'error',
    'unresolved-reference': 'error',
    'duplicate-name': 'error',
    'missing-ik': 'error',
    'we-as-actor': 'error',
    'assumed-we': 'warning',
    'unstated-interest': 'warning',
    'missing-vision': 'warning',
    'link-without-why': 'warning',
    'link-without-help': 'warning',
    'vertical-argument': 'info',
    'empty-quadrant': 'hint',
};

export function isDiagnosticCode(value: unknown): value is DiagnosticCode {
    return typeof value === 'string' && (DiagnosticCodes as readonly string[]).includes(value);
}

export function isSeverityOverride(value: unknown): value is SeverityOverride {
    return typeof value === 'string' && (SeverityOverrides as readonly string[]).includes(value);
}
