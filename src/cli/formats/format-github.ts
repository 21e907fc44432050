import type { FileResult } from '../check-result.js';
import type { Severity } from '../../language/validation/diagnostic-codes.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands, so findings show inline in a pull request's diff. */
export function formatGithub(files: readonly FileResult[]): string {
    const lines: string[] = [];
    for (const file of files) {
        for (const d of file.diagnostics) {
            const properties = [
                `file=${escapeProperty(file.file)}`,
                `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`,
                `title=${escapeProperty(`casus ${d.code}`)}`,
            ].join(',');
            lines.push(`::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}`);
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
}

/** The escaping GitHub's toolkit applies to a command's message. */
function escapeData(s: string): string {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** …and to a property value, where `:` and `,` separate. */
function escapeProperty(s: string): string {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
