import type { FileProblem } from './file-problem.js';
import type { Locale } from '../language/i18n/locale.js';
import type { Summary } from './check-result.js';

/** The command line's own texts, in Dutch and English. */
export interface CliMessages {
    usage: string;
    summary(summary: Summary): string;
    cannotRead(path: string, problem: FileProblem): string;
    noCasesFound(paths: readonly string[]): string;
    unknownCommand(command: string): string;
    badOption(detail: string): string;
    badFormat(value: string, allowed: readonly string[]): string;
    badMaxWarnings(value: string): string;
    badRule(value: string): string;
    badLang(value: string): string;
    missingPaths(command: string): string;
    tooManyWarnings(count: number, max: number): string;
    badBase(rev: string, detail: string): string;
    formatWrote(path: string): string;
    formatSummary(files: number, changed: number, check: boolean): string;
    formatSyntaxErrors(path: string): string;
    formatUnsafe(path: string): string;
    formatNotUtf8(path: string): string;
    cannotWrite(path: string, problem: FileProblem): string;
    /** What is wrong with a path, in words. */
    fileProblem(problem: FileProblem): string;
    casusJsonProblems(path: string, problems: readonly string[]): string;
}

const USAGE_EN = `Usage: casus <command> [options] PATH...

Commands:
  check   Check cases and report findings
          --format text|json|sarif|github   output format (default: text)
          --max-warnings N                  fail when there are more than N warnings
          --rule CODE=off|error|warning|info|hint   change the severity of a code (repeatable)
          --lang nl|en                      language of the messages
  format  Give cases their canonical layout (only white space changes; files are written only when they change)
          --check                           write nothing; list the files that would change and exit 1 if any
          --lang nl|en                      language of the messages
  report  A Markdown summary of each case for a pull-request comment: the ik, the quadrants, connections,
          tensions and findings
          --format markdown                 output format (default: markdown)
          --base REV                        also show what changed in the analysis since git revision REV
          --rule CODE=SEVERITY              as for check (repeatable)
          --lang nl|en                      language of the report
  render  Draw one case as the quadrant diagram, the same picture as the editor's preview
          -o OUT                            write to OUT (default: standard output)
          --format svg|html|png             picture format (default: from OUT's extension, else svg)
          --theme light|dark                colours of the svg and png (html follows the reader's system)
          --rule CODE=SEVERITY              as for check: which findings the picture marks (repeatable)

Severities may also be set per code in casus.json, found in the current folder or the nearest parent
folder: { "rules": { "assumed-we": "error" } }, for check, report and render alike. --rule wins over casus.json.

PATH may be a .casus file or a folder (searched recursively, skipping node_modules and dot-folders).
Exit codes: 0 no errors, 1 errors or too many warnings (format: files that would change or do not parse),
2 usage error, unreadable path or bad casus.json.`;

const USAGE_NL = `Gebruik: casus <opdracht> [opties] PAD...

Opdrachten:
  check   Controleer casussen en meld de bevindingen
          --format text|json|sarif|github   uitvoervorm (standaard: text)
          --max-warnings N                  faal bij meer dan N waarschuwingen
          --rule CODE=off|error|warning|info|hint   wijzig de ernst van een code (herhaalbaar)
          --lang nl|en                      taal van de meldingen
  format  Geef casussen hun vaste opmaak (alleen witruimte verandert; een bestand wordt alleen geschreven als het verandert)
          --check                           schrijf niets; noem de bestanden die zouden veranderen en sluit af met 1 als dat er zijn
          --lang nl|en                      taal van de meldingen
  report  Een samenvatting in Markdown van elke casus voor een pull request: de ik, de kwadranten,
          verbindingen, spanningen en bevindingen
          --format markdown                 uitvoervorm (standaard: markdown)
          --base REV                        laat ook zien wat er inhoudelijk veranderde sinds git-revisie REV
          --rule CODE=ERNST                 als bij check (herhaalbaar)
          --lang nl|en                      taal van het rapport
  render  Teken één casus als het kwadrantendiagram, hetzelfde beeld als het voorbeeld in de editor
          -o UIT                            schrijf naar UIT (standaard: standaarduitvoer)
          --format svg|html|png             beeldformaat (standaard: naar de extensie van UIT, anders svg)
          --theme light|dark                kleuren van svg en png (html volgt het systeem van de lezer)
          --rule CODE=ERNST                 als bij check: welke bevindingen het beeld markeert (herhaalbaar)

De ernst per code kan ook in casus.json staan, in de huidige map of de dichtstbijzijnde bovenliggende
map: { "rules": { "assumed-we": "error" } }, voor check, report en render gelijk. --rule gaat voor casus.json.

PAD is een .casus-bestand of een map (die doorzocht wordt, zonder node_modules en mappen met een punt).
Afsluitcodes: 0 geen fouten, 1 fouten of te veel waarschuwingen (format: bestanden die zouden veranderen of niet
te lezen zijn als casus), 2 verkeerd gebruik, onleesbaar pad of foute casus.json.`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: CliMessages = {
    usage: USAGE_EN,
    summary: s => `${plural(s.files, 'file', 'files')} checked: ${plural(s.errors, 'error', 'errors')}, ${plural(s.warnings, 'warning', 'warnings')}, ${plural(s.infos, 'info', 'infos')}, ${plural(s.hints, 'hint', 'hints')}`,
    cannotRead: (path, problem) => `casus: cannot read ${path}: ${en.fileProblem(problem)}`,
    noCasesFound: paths => `casus: no .casus files found in ${paths.join(', ')}`,
    unknownCommand: command => `casus: unknown command '${command}'`,
    badOption: detail => `casus: ${detail}`,
    badFormat: (value, allowed) => `casus: unknown format '${value}' (choose ${allowed.join(', ')})`,
    badMaxWarnings: value => `casus: --max-warnings takes a whole number of 0 or more, not '${value}'`,
    badRule: value => `casus: --rule takes CODE=off|error|warning|info|hint with a known code, not '${value}'`,
    badLang: value => `casus: --lang takes nl or en, not '${value}'`,
    missingPaths: command => `casus ${command}: name at least one file or folder`,
    tooManyWarnings: (count, max) => `casus: ${count} warnings, more than the ${max} allowed by --max-warnings`,
    badBase: (rev, detail) => `casus report: cannot compare with '${rev}': ${detail}`,
    formatWrote: path => `formatted ${path}`,
    formatSummary: (files, changed, check) => check
        ? `${plural(files, 'file', 'files')} checked: ${changed === 0 ? 'all formatted' : `${plural(changed, 'file', 'files')} would change`}`
        : `${plural(files, 'file', 'files')} checked: ${plural(changed, 'file', 'files')} formatted`,
    formatSyntaxErrors: path => `casus: ${path} not formatted: it has syntax errors (run casus check ${path})`,
    formatUnsafe: path => `casus: ${path} not formatted: the formatter could not keep its meaning intact (please report this)`,
    formatNotUtf8: path => `casus: ${path} not formatted: it is not UTF-8 text`,
    cannotWrite: (path, problem) => `casus: cannot write ${path}: ${en.fileProblem(problem)}`,
    fileProblem: problem => {
        switch (problem.kind) {
            case 'not-found': return 'no such file or folder';
            case 'permission-denied': return 'permission denied';
            case 'link-loop': return 'too many levels of symbolic links';
            case 'is-folder': return 'is a folder';
            case 'not-regular-file': return 'not a regular file';
            case 'too-large': return `too large (${problem.megabytes} MB; the limit is ${problem.limitMegabytes} MB)`;
            case 'other': return problem.detail;
        }
    },
    casusJsonProblems: (path, problems) => problems.map(p => `casus: ${path}: ${p}`).join('\n'),
};

const nl: CliMessages = {
    usage: USAGE_NL,
    summary: s => `${plural(s.files, 'bestand', 'bestanden')} gecontroleerd: ${plural(s.errors, 'fout', 'fouten')}, ${plural(s.warnings, 'waarschuwing', 'waarschuwingen')}, ${plural(s.infos, 'opmerking', 'opmerkingen')}, ${plural(s.hints, 'hint', 'hints')}`,
    cannotRead: (path, problem) => `casus: kan ${path} niet lezen: ${nl.fileProblem(problem)}`,
    noCasesFound: paths => `casus: geen .casus-bestanden gevonden in ${paths.join(', ')}`,
    unknownCommand: command => `casus: onbekende opdracht '${command}'`,
    badOption: detail => `casus: ${detail}`,
    badFormat: (value, allowed) => `casus: onbekende uitvoervorm '${value}' (kies ${allowed.join(', ')})`,
    badMaxWarnings: value => `casus: --max-warnings vraagt een geheel getal van 0 of meer, niet '${value}'`,
    badRule: value => `casus: --rule vraagt CODE=off|error|warning|info|hint met een bekende code, niet '${value}'`,
    badLang: value => `casus: --lang vraagt nl of en, niet '${value}'`,
    missingPaths: command => `casus ${command}: noem minstens één bestand of map`,
    tooManyWarnings: (count, max) => `casus: ${count} waarschuwingen, meer dan de ${max} die --max-warnings toestaat`,
    badBase: (rev, detail) => `casus report: kan niet vergelijken met '${rev}': ${detail}`,
    formatWrote: path => `opgemaakt: ${path}`,
    formatSummary: (files, changed, check) => check
        ? `${plural(files, 'bestand', 'bestanden')} nagekeken: ${changed === 0 ? 'alles is opgemaakt' : `${plural(changed, 'bestand zou', 'bestanden zouden')} veranderen`}`
        : `${plural(files, 'bestand', 'bestanden')} nagekeken: ${plural(changed, 'bestand', 'bestanden')} opgemaakt`,
    formatSyntaxErrors: path => `casus: ${path} niet opgemaakt: er zitten syntaxfouten in (voer casus check ${path} uit)`,
    formatUnsafe: path => `casus: ${path} niet opgemaakt: de opmaak kon de betekenis niet gegarandeerd gelijk houden (meld dit alstublieft)`,
    formatNotUtf8: path => `casus: ${path} niet opgemaakt: het is geen UTF-8-tekst`,
    cannotWrite: (path, problem) => `casus: kan ${path} niet schrijven: ${nl.fileProblem(problem)}`,
    fileProblem: problem => {
        switch (problem.kind) {
            case 'not-found': return 'bestand of map bestaat niet';
            case 'permission-denied': return 'geen toestemming';
            case 'link-loop': return 'te veel symbolische koppelingen';
            case 'is-folder': return 'is een map';
            case 'not-regular-file': return 'geen gewoon bestand';
            case 'too-large': return `te groot (${dutchNumber(problem.megabytes)} MB; de grens is ${dutchNumber(problem.limitMegabytes)} MB)`;
            case 'other': return problem.detail;
        }
    },
    casusJsonProblems: (path, problems) => problems.map(p => `casus: ${path}: ${p}`).join('\n'),
};

function dutchNumber(value: number): string {
    return String(value).replace('.', ',');
}

export function cliMessagesFor(locale: Locale): CliMessages {
    return locale === 'nl' ? nl : en;
}
