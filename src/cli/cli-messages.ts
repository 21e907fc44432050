import type { Locale } from '../language/i18n/locale.js';
import type { Summary } from './check-result.js';

/** The command line's own texts, in Dutch and English. */
export interface CliMessages {
    usage: string;
    summary(summary: Summary): string;
    cannotRead(path: string, reason: string): string;
    noCasesFound(paths: readonly string[]): string;
    unknownCommand(command: string): string;
    badOption(detail: string): string;
    badFormat(value: string, allowed: readonly string[]): string;
    badMaxWarnings(value: string): string;
    badRule(value: string): string;
    badLang(value: string): string;
    missingPaths(command: string): string;
    tooManyWarnings(count: number, max: number): string;
}

const USAGE_EN = `Usage: casus <command> [options] PATH...

Commands:
  check   Check cases and report findings
          --format text|json|sarif|github   output format (default: text)
          --max-warnings N                  fail when there are more than N warnings
          --rule CODE=off|error|warning|info|hint   change the severity of a code (repeatable)
          --lang nl|en                      language of the messages

PATH may be a .casus file or a folder (searched recursively, skipping node_modules and dot-folders).
Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage error or unreadable path.`;

const USAGE_NL = `Gebruik: casus <opdracht> [opties] PAD...

Opdrachten:
  check   Controleer casussen en meld de bevindingen
          --format text|json|sarif|github   uitvoervorm (standaard: text)
          --max-warnings N                  faal bij meer dan N waarschuwingen
          --rule CODE=off|error|warning|info|hint   wijzig de ernst van een code (herhaalbaar)
          --lang nl|en                      taal van de meldingen

PAD is een .casus-bestand of een map (die doorzocht wordt, zonder node_modules en mappen met een punt).
Afsluitcodes: 0 geen fouten, 1 fouten of te veel waarschuwingen, 2 verkeerd gebruik of onleesbaar pad.`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: CliMessages = {
    usage: USAGE_EN,
    summary: s => `${plural(s.files, 'file', 'files')} checked: ${plural(s.errors, 'error', 'errors')}, ${plural(s.warnings, 'warning', 'warnings')}, ${plural(s.infos, 'info', 'infos')}, ${plural(s.hints, 'hint', 'hints')}`,
    cannotRead: (path, reason) => `casus: cannot read ${path}: ${reason}`,
    noCasesFound: paths => `casus: no .casus files found in ${paths.join(', ')}`,
    unknownCommand: command => `casus: unknown command '${command}'`,
    badOption: detail => `casus: ${detail}`,
    badFormat: (value, allowed) => `casus: unknown format '${value}' (choose ${allowed.join(', ')})`,
    badMaxWarnings: value => `casus: --max-warnings takes a whole number of 0 or more, not '${value}'`,
    badRule: value => `casus: --rule takes CODE=off|error|warning|info|hint with a known code, not '${value}'`,
    badLang: value => `casus: --lang takes nl or en, not '${value}'`,
    missingPaths: command => `casus ${command}: name at least one file or folder`,
    tooManyWarnings: (count, max) => `casus: ${count} warnings, more than the ${max} allowed by --max-warnings`,
};

const nl: CliMessages = {
    usage: USAGE_NL,
    summary: s => `${plural(s.files, 'bestand', 'bestanden')} gecontroleerd: ${plural(s.errors, 'fout', 'fouten')}, ${plural(s.warnings, 'waarschuwing', 'waarschuwingen')}, ${plural(s.infos, 'opmerking', 'opmerkingen')}, ${plural(s.hints, 'hint', 'hints')}`,
    cannotRead: (path, reason) => `casus: kan ${path} niet lezen: ${translateReason(reason)}`,
    noCasesFound: paths => `casus: geen .casus-bestanden gevonden in ${paths.join(', ')}`,
    unknownCommand: command => `casus: onbekende opdracht '${command}'`,
    badOption: detail => `casus: ${detail}`,
    badFormat: (value, allowed) => `casus: onbekende uitvoervorm '${value}' (kies ${allowed.join(', ')})`,
    badMaxWarnings: value => `casus: --max-warnings vraagt een geheel getal van 0 of meer, niet '${value}'`,
    badRule: value => `casus: --rule vraagt CODE=off|error|warning|info|hint met een bekende code, niet '${value}'`,
    badLang: value => `casus: --lang vraagt nl of en, niet '${value}'`,
    missingPaths: command => `casus ${command}: noem minstens één bestand of map`,
    tooManyWarnings: (count, max) => `casus: ${count} waarschuwingen, meer dan de ${max} die --max-warnings toestaat`,
};

function translateReason(reason: string): string {
    return ({
        'no such file or folder': 'bestand of map bestaat niet',
        'permission denied': 'geen toestemming',
        'too many levels of symbolic links': 'te veel symbolische koppelingen',
        'is a folder': 'is een map',
    } as Record<string, string>)[reason] ?? reason;
}

export function cliMessagesFor(locale: Locale): CliMessages {
    return locale === 'nl' ? nl : en;
}
