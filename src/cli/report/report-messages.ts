import type { Locale } from '../../language/i18n/locale.js';
import { quadrantLabel } from '../../language/worksheet.js';
import type { QuadrantKind } from '../../language/model/case-model.js';
import type { Severity } from '../../language/validation/diagnostic-codes.js';

/** The words of `casus report`, in Dutch and English. */
export interface ReportMessages {
    heading: string;
    quadrant(kind: QuadrantKind): string;
    size: string;
    vision: string;
    interests: string;
    goals: string;
    expertise: string;
    noIk: string;
    notWritten: string;
    empty: string;
    links: string;
    tensions: string;
    partner: string;
    helps: string;
    why: string;
    findings: string;
    noFindings: string;
    severity(severity: Severity, count: number): string;
    textKind(kind: string): string;
    changesAgainst(rev: string): string;
    newCase: string;
    noChanges: string;
    added: string;
    removed: string;
    newFindings: string;
    resolvedFindings: string;
    unresolved: string;
    summaryLine(cases: number, errors: number, warnings: number): string;
}

const nl: ReportMessages = {
    heading: 'Casus-rapport',
    quadrant: kind => quadrantLabel(kind, 'nl'),
    size: 'omvang',
    vision: 'Visie',
    interests: 'Belangen',
    goals: 'Doelen',
    expertise: 'Expertise',
    noIk: 'Geen ik-persoon.',
    notWritten: 'niet ingevuld',
    empty: 'leeg',
    links: 'Verbindingen',
    tensions: 'Spanningen',
    partner: 'Partner',
    helps: 'Helpt',
    why: 'Waarom',
    findings: 'Bevindingen',
    noFindings: 'Geen bevindingen.',
    severity: (s, n) => `${({ error: 'Fouten', warning: 'Waarschuwingen', info: 'Opmerkingen', hint: 'Hints' })[s]} (${n})`,
    textKind: kind => kind,
    changesAgainst: rev => `Wijzigingen ten opzichte van \`${rev}\``,
    newCase: 'Nieuwe casus.',
    noChanges: 'Geen inhoudelijke wijzigingen.',
    added: 'Toegevoegd',
    removed: 'Verwijderd',
    newFindings: 'Nieuwe bevindingen',
    resolvedFindings: 'Opgeloste bevindingen',
    unresolved: 'onbekend',
    summaryLine: (c, e, w) => `${c} ${c === 1 ? 'casus' : 'casussen'}, ${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
};

const en: ReportMessages = {
    heading: 'Casus report',
    quadrant: kind => quadrantLabel(kind, 'en'),
    size: 'size',
    vision: 'Vision',
    interests: 'Interests',
    goals: 'Goals',
    expertise: 'Expertise',
    noIk: 'No ik-persoon.',
    notWritten: 'not written',
    empty: 'empty',
    links: 'Connections',
    tensions: 'Tensions',
    partner: 'Partner',
    helps: 'Helps',
    why: 'Why',
    findings: 'Findings',
    noFindings: 'No findings.',
    severity: (s, n) => `${({ error: 'Errors', warning: 'Warnings', info: 'Infos', hint: 'Hints' })[s]} (${n})`,
    textKind: kind => ({ belang: 'interest', doel: 'goal', visie: 'vision', expertise: 'expertise', waarde: 'value', bepaling: 'provision', wil: 'wants', helpt: 'helps', waarom: 'why' } as Record<string, string>)[kind] ?? kind,
    changesAgainst: rev => `Changes against \`${rev}\``,
    newCase: 'New case.',
    noChanges: 'No changes in the analysis.',
    added: 'Added',
    removed: 'Removed',
    newFindings: 'New findings',
    resolvedFindings: 'Resolved findings',
    unresolved: 'unknown',
    summaryLine: (c, e, w) => `${c} ${c === 1 ? 'case' : 'cases'}, ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}.`,
};

export function reportMessagesFor(locale: Locale): ReportMessages {
    return locale === 'nl' ? nl : en;
}
