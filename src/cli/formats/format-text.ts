import type { FileResult } from '../check-result.js';

/** `path:line:column: severity code message`, one line a finding, then the summary. */
export function formatText(files: readonly FileResult[], summaryLine: string): string {
    const lines: string[] = [];
    for (const file of files) {
        for (const d of file.diagnostics) {
            lines.push(`${file.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`);
        }
    }
    lines.push(summaryLine);
    return lines.join('\n') + '\n';
}

