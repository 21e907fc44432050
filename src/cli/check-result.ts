import type { Severity, DiagnosticCode } from '../language/validation/diagnostic-codes.js';

/** A finding as the CLI reports it: lines and columns 1-based, end exclusive (columns count UTF-16 code units, as editors do). */
export interface CliFinding {
    code: DiagnosticCode;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface FileResult {
    file: string;
    diagnostics: CliFinding[];
}

export interface Summary {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
}

export function summarise(files: readonly FileResult[]): Summary {
    const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
    for (const file of files) {
        for (const d of file.diagnostics) {
            if (d.severity === 'error') summary.errors++;
            else if (d.severity === 'warning') summary.warnings++;
            else if (d.severity === 'info') summary.infos++;
            else summary.hints++;
        }
    }
    return summary;
}
