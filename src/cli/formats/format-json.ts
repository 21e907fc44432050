import type { FileResult, Summary } from '../check-result.js';

/** The JSON report of LANGUAGE.md: version 1, every checked file, 1-based positions with exclusive ends. */
export function formatJson(files: readonly FileResult[], summary: Summary): string {
    return JSON.stringify({ version: 1, files, summary }, null, 2) + '\n';
}
