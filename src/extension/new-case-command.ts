import * as vscode from 'vscode';
import { placementForOpenedCase } from './editor-placement.js';
import { registerExampleCommands } from './new-case-example.js';
import { fileNameFor, newCaseTemplate, templateLanguageFor } from './new-case-template.js';

/**
 * "Casus: New Case…" (also under File > New File…) and, for the walkthrough,
 * the example case and its helper commands.
 *
 * Where the new case goes: with a folder open, a save dialog proposes a file
 * name made from the title in that folder, and the case is written there — a
 * case belongs in the team's folder (and its git repository) from the start.
 * Without a folder, it opens as an untitled document in language `casus`; the
 * first save asks for a name. Either way the cursor lands in the ik's `belang ""`.
 */
export function registerNewCaseCommands(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('casus.newCase', (folder?: unknown) => newCase(folder)));
    registerExampleCommands(context);
}

async function newCase(folderArgument: unknown): Promise<void> {
    const title = await vscode.window.showInputBox({
        title: vscode.l10n.t('New Case'),
        prompt: vscode.l10n.t('The title of the case: which collaboration runs with difficulty?'),
        placeHolder: vscode.l10n.t('For example: Early detection of debts through the school'),
        ignoreFocusOut: true,
    });
    if (title === undefined) return; // Escape: the user changed their mind
    const text = newCaseTemplate(title, templateLanguageFor(vscode.env.language));
    const folder = targetFolder(folderArgument);
    let document: vscode.TextDocument;
    if (folder) {
        const target = await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(folder, fileNameFor(title)),
            filters: { [vscode.l10n.t('Case')]: ['casus'] },
            title: vscode.l10n.t('Save the New Case As'),
            saveLabel: vscode.l10n.t('Create Case'),
        });
        if (!target) return;
        try {
            await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the case: {0}', error instanceof Error ? error.message : String(error)));
            return;
        }
        document = await vscode.workspace.openTextDocument(target);
    } else {
        document = await vscode.workspace.openTextDocument({ language: 'casus', content: text });
    }
    const editor = await vscode.window.showTextDocument(document, placementForOpenedCase());
    const start = firstEmptyText(document);
    if (start) editor.selection = new vscode.Selection(start, start);
}

/**
 * The folder for a new file: the one the command was given (a folder from a
 * menu), else the workspace folder of the active editor, else the first one;
 * none without an open folder.
 */
function targetFolder(argument: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) return argument;
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder?.uri;
}

/** Between the quotes of the ik's empty interest, where the analyst starts typing. */
function firstEmptyText(document: vscode.TextDocument): vscode.Position | undefined {
    const match = /^[ \t]*(?:belang|interest) ""/m.exec(document.getText());
    return match ? document.positionAt(match.index + match[0].length - 1) : undefined;
}
