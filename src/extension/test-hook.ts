import { appendFileSync, renameSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';

/**
 * Test-only hook for the end-to-end suite (test/e2e/): when the extension host
 * runs with CASUS_E2E_REPORT=/some/file.json, every change of the diagnostics,
 * the visible editors or their selections rewrites that file with what the editor
 * holds. Reading the editor's own state is sturdier than scraping the DOM.
 * With CASUS_E2E_SUITE also set, it runs that integration-suite bundle here.
 * Without CASUS_E2E_REPORT this does nothing at all.
 */
export function installTestHook(context: vscode.ExtensionContext): void {
    const reportPath = process.env.CASUS_E2E_REPORT;
    if (!reportPath) return;
    const write = (): void => {
        const report = JSON.stringify({ diagnostics: casusDiagnostics(), editors: visibleEditors() }, null, 1);
        // Write then rename, so that a reader never sees half a file.
        writeFileSync(`${reportPath}.tmp`, report);
        renameSync(`${reportPath}.tmp`, reportPath);
    };
    context.subscriptions.push(
        vscode.languages.onDidChangeDiagnostics(write),
        vscode.window.onDidChangeActiveTextEditor(write),
        vscode.window.onDidChangeVisibleTextEditors(write),
        vscode.window.onDidChangeTextEditorSelection(write),
    );
    write();
    const suite = process.env.CASUS_E2E_SUITE;
    if (suite) void runSuite(suite, `${reportPath}.suite.log`);
}

/**
 * Runs the integration suite (test/integration, bundled) in this extension
 * host: where @vscode/test-electron cannot download VS Code, the e2e suite
 * runs the same checks in code-server this way.
 */
async function runSuite(suitePath: string, logPath: string): Promise<void> {
    const log = (line: string): void => appendFileSync(logPath, `${line}\n`);
    try {
        // A path from the test run's environment, loaded at run time (not bundled).
        const suite = require(suitePath) as { runWith(log: (line: string) => void): Promise<unknown> };
        await suite.runWith(log);
    } catch (error) {
        log(`integration: the suite could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
    log('integration: done');
}

const severities = ['error', 'warning', 'info', 'hint'] as const;

function casusDiagnostics(): Record<string, unknown[]> {
    const byFile: Record<string, unknown[]> = {};
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        if (!uri.path.endsWith('.casus')) continue;
        byFile[uri.fsPath] = diagnostics.map(d => ({
            code: typeof d.code === 'object' ? String(d.code.value) : String(d.code),
            severity: severities[d.severity],
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            message: d.message,
        }));
    }
    return byFile;
}

/** The visible editors (not only the active one: while the preview has focus there is no active text editor). */
function visibleEditors(): unknown[] {
    return vscode.window.visibleTextEditors.map(editor => {
        const { start, end } = editor.selection;
        return {
            file: editor.document.uri.fsPath,
            active: editor === vscode.window.activeTextEditor,
            selection: { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            selectedText: editor.document.getText(editor.selection),
        };
    });
}
