import * as vscode from 'vscode';

/**
 * Where a file opened by a command of ours goes, as a normal (pinned) editor:
 * beside the walkthrough or another non-text tab when one is in front (so that
 * the guide stays open after "Open the Example"), else in the active group.
 * A group that a `toSide:` link just made is still empty: the file goes there.
 */
export function placementForOpenedCase(): vscode.TextDocumentShowOptions {
    const group = vscode.window.tabGroups.activeTabGroup;
    const front = group.activeTab;
    const inFrontIsText = front?.input instanceof vscode.TabInputText || front?.input instanceof vscode.TabInputTextDiff;
    const column = !front || inFrontIsText ? group.viewColumn : vscode.ViewColumn.Beside;
    return { viewColumn: column, preview: false, preserveFocus: false };
}
