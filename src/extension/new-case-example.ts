import * as vscode from 'vscode';
import { placementForOpenedCase } from './editor-placement.js';
import { templateLanguageFor } from './new-case-template.js';

/**
 * The example case of the walkthrough (media/examples/), and the two steps that
 * act on it. A walkthrough's buttons run while the walkthrough page has focus,
 * so there is no active text editor then: these commands find the example (or
 * another open case) themselves instead of relying on the active editor.
 *
 * "Open Example Case": with a folder open, a copy is written into it
 * (voorbeeld.casus, or voorbeeld-2.casus when that name is taken — never over an
 * existing file), so that saving, the preview's export and git all work as for
 * the analyst's own cases. Without a folder it opens as an untitled document.
 */
export function registerExampleCommands(context: vscode.ExtensionContext): void {
    let example: vscode.Uri | undefined;
    context.subscriptions.push(
        vscode.commands.registerCommand('casus.openExample', async () => {
            example = await openExample(context.extensionUri);
        }),
        vscode.commands.registerCommand('casus.walkthrough.openPreview', async () => {
            const editor = await showCase(example, context.extensionUri);
            if (editor) await vscode.commands.executeCommand('casus.preview.openToSide', editor.document.uri);
        }),
        vscode.commands.registerCommand('casus.walkthrough.quickFix', async () => {
            const editor = await showCase(example, context.extensionUri);
            if (editor) await showQuickFix(editor);
        }),
        watchForFixedFindings(),
    );
}

/**
 * The walkthrough's "Apply a quick fix" step completes on the real event: a
 * case's findings become fewer after an edit (by a quick fix or by hand), not
 * when the menu merely opened. The step listens for this context key.
 */
export const FINDING_FIXED_CONTEXT = 'casus.walkthrough.findingFixed';

function watchForFixedFindings(): vscode.Disposable {
    const counts = new Map<string, number>();
    let done = false;
    const listener = vscode.languages.onDidChangeDiagnostics(event => {
        if (done) return;
        for (const uri of event.uris) {
            if (!uri.path.endsWith('.casus')) continue;
            const key = uri.toString();
            const count = vscode.languages.getDiagnostics(uri).length;
            const before = counts.get(key);
            counts.set(key, count);
            const edited = vscode.workspace.textDocuments.some(document => document.uri.toString() === key && document.version > 1);
            if (before !== undefined && count < before && edited) {
                done = true;
                void vscode.commands.executeCommand('setContext', FINDING_FIXED_CONTEXT, true);
                listener.dispose();
                return;
            }
        }
    });
    return listener;
}

/** The example in the user's language: Dutch keywords and comments for a Dutch display language. */
function exampleFile(): string {
    return templateLanguageFor(vscode.env.language) === 'nl' ? 'voorbeeld.casus' : 'example.casus';
}

async function openExample(extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const name = exampleFile();
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'examples', name));
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    let document: vscode.TextDocument;
    if (folder) {
        try {
            const target = await freeUri(folder, name, bytes);
            if (!(await exists(target))) await vscode.workspace.fs.writeFile(target, bytes);
            document = await vscode.workspace.openTextDocument(target);
        } catch {
            // A read-only folder (a virtual workspace, say): the untitled copy still works.
            document = await vscode.workspace.openTextDocument({ language: 'casus', content: new TextDecoder().decode(bytes) });
        }
    } else {
        document = await vscode.workspace.openTextDocument({ language: 'casus', content: new TextDecoder().decode(bytes) });
    }
    await vscode.window.showTextDocument(document, placementForOpenedCase());
    return document.uri;
}

/**
 * `name` in `folder`, or `name` with -2, -3, … before `.casus` when that file
 * exists — unless an existing one is still the untouched example (opening the
 * example twice opens the same file).
 */
async function freeUri(folder: vscode.Uri, name: string, content: Uint8Array): Promise<vscode.Uri> {
    const base = name.replace(/\.casus$/, '');
    for (let n = 1; n < 1000; n++) {
        const candidate = vscode.Uri.joinPath(folder, n === 1 ? name : `${base}-${n}.casus`);
        if (!(await exists(candidate)) || await sameContent(candidate, content)) return candidate;
    }
    throw new Error('no free file name');
}

async function sameContent(uri: vscode.Uri, content: Uint8Array): Promise<boolean> {
    const existing = await vscode.workspace.fs.readFile(uri);
    return existing.length === content.length && existing.every((byte, index) => byte === content[index]);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

/**
 * Shows a case in a text editor: the example when it is still open, else a
 * visible case, else any open case, else a freshly opened example.
 */
async function showCase(example: vscode.Uri | undefined, extensionUri: vscode.Uri): Promise<vscode.TextEditor | undefined> {
    const cases = vscode.workspace.textDocuments.filter(document => document.languageId === 'casus' && !document.isClosed);
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document.languageId === 'casus')?.document;
    const document = cases.find(d => d.uri.toString() === example?.toString()) ?? visible ?? cases[0];
    if (document) return vscode.window.showTextDocument(document, { ...placementForOpenedCase(), viewColumn: editorColumnOf(document) ?? placementForOpenedCase().viewColumn });
    const opened = await openExample(extensionUri);
    return opened ? vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === opened.toString()) : undefined;
}

/** The column a document already shows in, so that it is not opened a second time over the walkthrough. */
function editorColumnOf(document: vscode.TextDocument): vscode.ViewColumn | undefined {
    return vscode.window.visibleTextEditors.find(editor => editor.document === document)?.viewColumn;
}

/** Puts the cursor on the first finding that has a quick fix of its own, and opens the quick-fix menu there. */
async function showQuickFix(editor: vscode.TextEditor): Promise<void> {
    const diagnostics = (await diagnosticsOf(editor.document.uri))
        .filter(diagnostic => diagnostic.source === undefined || /casus/i.test(diagnostic.source));
    const codeOf = (diagnostic: vscode.Diagnostic) => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
    // Findings with a fix that changes what the case says (the ignore comment is offered for every finding),
    // the most telling first: "there is no wij" is what the model is about.
    const fixable = ['assumed-we', 'unstated-interest', 'link-without-why', 'link-without-help', 'missing-vision', 'unresolved-reference', 'duplicate-name', 'missing-ik'];
    const target = fixable.map(code => diagnostics.find(d => codeOf(d) === code)).find(d => d !== undefined) ?? diagnostics[0];
    if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This case has no findings left to fix.'));
        return;
    }
    const at = target.range.start;
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // The quick-fix menu opens in the focused editor; a walkthrough button leaves the focus on the walkthrough page.
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false, selection: new vscode.Range(at, at) });
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.quickFix');
}

/** The document's diagnostics; for a case that was only just opened, after the language server's first answer (at most a few seconds). */
async function diagnosticsOf(uri: vscode.Uri): Promise<readonly vscode.Diagnostic[]> {
    const now = vscode.languages.getDiagnostics(uri);
    if (now.length > 0) return now;
    return new Promise(resolve => {
        const done = (): void => {
            clearTimeout(timer);
            listener.dispose();
            resolve(vscode.languages.getDiagnostics(uri));
        };
        const listener = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(changed => changed.toString() === uri.toString())) done();
        });
        // A case without findings never gets a change event: stop waiting after a while.
        const timer = setTimeout(done, 5_000);
    });
}
