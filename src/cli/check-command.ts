import { toModelFindings } from '../language/model/build-case-model.js';
import type { DiagnosticCode, SeverityOverride } from '../language/validation/diagnostic-codes.js';
import type { Locale } from '../language/i18n/locale.js';
import { summarise, type CliFinding, type FileResult } from './check-result.js';
import { cliMessagesFor } from './cli-messages.js';
import { loadCases } from './load-cases.js';
import { formatGithub } from './formats/format-github.js';
import { formatJson } from './formats/format-json.js';
import { formatSarif } from './formats/format-sarif.js';
import { formatText } from './formats/format-text.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

export interface CheckOptions {
    paths: string[];
    format: CheckFormat;
    maxWarnings?: number;
    rules: Partial<Record<DiagnosticCode, SeverityOverride>>;
    locale: Locale;
    version: string;
}

export interface CommandOutcome {
    exitCode: 0 | 1 | 2;
    stdout: string;
    stderr: string;
}

/** `casus check`: every path checked and reported, also when another path cannot be read. */
export async function runCheck(options: CheckOptions): Promise<CommandOutcome> {
    const cli = cliMessagesFor(options.locale);
    const { cases, problems, services } = await loadCases(options.paths, { locale: options.locale, rules: options.rules });
    const stderr = problems.map(problem => cli.cannotRead(problem.path, problem.problem));
    if (cases.length === 0 && problems.length === 0) {
        stderr.push(cli.noCasesFound(options.paths));
    }
    const files: FileResult[] = cases.map(loaded => ({
        file: loaded.display,
        diagnostics: toModelFindings(loaded.document.diagnostics ?? []).map(toCliFinding),
    }));

    const summary = summarise(files);
    const stdout = options.format === 'json' ? formatJson(files, summary)
        : options.format === 'sarif' ? formatSarif(files, services.workspace.CasusSettings.messages, options.version)
            : options.format === 'github' ? formatGithub(files)
                : formatText(files, cli.summary(summary));

    const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
    if (tooManyWarnings) stderr.push(cli.tooManyWarnings(summary.warnings, options.maxWarnings!));
    const exitCode = problems.length > 0 ? 2 : summary.errors > 0 || tooManyWarnings ? 1 : 0;
    return { exitCode, stdout, stderr: stderr.length ? stderr.join('\n') + '\n' : '' };
}

function toCliFinding(f: ReturnType<typeof toModelFindings>[number]): CliFinding {
    return {
        code: f.code,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
    };
}
