import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import type { FileResult } from '../check-result.js';
import { DefaultSeverity, DiagnosticCodes, type Severity } from '../../language/validation/diagnostic-codes.js';
import type { Messages } from '../../language/i18n/messages.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 for code scanning: one run, every Casus code as a rule, a result a finding. */
export function formatSarif(files: readonly FileResult[], messages: Messages, version: string): string {
    const rules = DiagnosticCodes.map(code => ({
        id: code,
        name: code,
        shortDescription: { text: messages.describeCode(code) },
        defaultConfiguration: { level: LEVEL[DefaultSeverity[code]] },
    }));
    const ruleIndex = new Map<string, number>(DiagnosticCodes.map((code, i) => [code, i]));
    const results = files.flatMap(file => file.diagnostics.map(d => ({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: artifactUri(file.file) },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
        }],
    })));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'casus', version, semanticVersion: version, rules } },
            columnKind: 'utf16CodeUnits',
            artifacts: files.map(file => ({ location: { uri: artifactUri(file.file) } })),
            results,
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}

/** Relative paths stay relative (code scanning resolves them against the repository); absolute ones become file URIs. */
function artifactUri(path: string): string {
    return isAbsolute(path) ? pathToFileURL(path).href : path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}
