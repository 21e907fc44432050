import type { LangiumDocument } from 'langium';
import type { Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { plainSnippet } from '../snippet.js';
import { indentationAt } from './text-layout.js';

/**
 * One change a quick fix makes: `text` in snippet syntax when `snippet` is
 * true (a tab stop inside the quotes of an inserted text), literal otherwise.
 */
export interface FixEdit {
    range: Range;
    text: string;
    snippet: boolean;
}

/** The one proposed fix: a title and its edits, all in the same document. */
export interface QuickFix {
    title: string;
    edits: FixEdit[];
    preferred?: boolean;
}

/**
 * The fix as a workspace edit. With a client that takes snippet edits (LSP
 * 3.18 `SnippetTextEdit`, e.g. VS Code through vscode-languageclient 10+),
 * the cursor lands inside the new quotes; otherwise the same text without
 * tab stops.
 */
export function toWorkspaceEdit(document: LangiumDocument, fix: QuickFix, snippets: boolean): WorkspaceEdit {
    const uri = document.textDocument.uri;
    if (!snippets || !fix.edits.some(e => e.snippet)) {
        return { changes: { [uri]: fix.edits.map(plainEdit) } };
    }
    const text = document.textDocument.getText();
    const edits = fix.edits.map(edit => edit.snippet
        ? { range: edit.range, snippet: { kind: 'snippet' as const, value: relativeToLine(edit.text, indentationUpTo(text, document, edit.range)) } }
        : plainEdit(edit));
    const change: TextDocumentEdit = { textDocument: { uri, version: document.textDocument.version }, edits };
    return { documentChanges: [change] };
}

export function plainEdit(edit: FixEdit): TextEdit {
    return { range: edit.range, newText: edit.snippet ? plainSnippet(edit.text).text : edit.text };
}

/** The indentation of the insertion line, up to the insertion point. */
function indentationUpTo(text: string, document: LangiumDocument, range: Range): string {
    const offset = document.textDocument.offsetAt(range.start);
    return indentationAt(text, offset).slice(0, range.start.character);
}

/**
 * An editor inserting a snippet puts the insertion line's indentation in
 * front of every further line of it (VS Code does). The lines here already
 * carry their full indentation, so take that part off again.
 */
export function relativeToLine(snippet: string, indentation: string): string {
    if (!indentation) return snippet;
    return snippet.split(/(\r?\n)/).map((part, i) => i > 0 && i % 2 === 0 && part.startsWith(indentation) ? part.slice(indentation.length) : part).join('');
}
