import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseDocument } from 'langium/test';
import { expect } from 'vitest';
import type { CodeAction, Diagnostic, SnippetTextEdit, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCasusServices } from '../../src/language/casus-module.js';
import type { CasusCodeActionProvider } from '../../src/language/lsp/code-actions/casus-code-action-provider.js';

export const { Casus } = createCasusServices(EmptyFileSystem);
const provider = Casus.lsp.CodeActionProvider as CasusCodeActionProvider;

export interface Finding { code: string; message: string }

async function validated(text: string): Promise<LangiumDocument> {
    return parseDocument(Casus, text, { validation: true });
}

function findings(document: LangiumDocument): Finding[] {
    return (document.diagnostics ?? []).map(d => ({ code: String(d.code), message: String(d.message) }));
}

/** The code actions offered for the `index`-th finding with `code`. */
export async function actionsFor(text: string, code: string, index = 0, snippets = false): Promise<{ actions: CodeAction[]; diagnostic: Diagnostic; before: Finding[] }> {
    const document = await validated(text);
    try {
        const all = (document.diagnostics ?? []).filter(d => (d.data as { code?: string } | undefined)?.code === code);
        const diagnostic = all[index];
        expect(diagnostic, `no ${code} finding number ${index}`).toBeDefined();
        provider.useSnippetEdits(snippets);
        const actions = await provider.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
        }) as CodeAction[] | undefined;
        return { actions: actions ?? [], diagnostic, before: findings(document) };
    } finally {
        provider.useSnippetEdits(false);
        await clearDocuments(Casus, [document]);
    }
}

function pick(actions: CodeAction[], title: RegExp): CodeAction {
    const action = actions.find(a => title.test(a.title));
    expect(action, `no action ${title} among ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    return action!;
}

/** Applies plain edits, as a client without snippet support does. */
function applyPlain(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit?.changes ?? {})[0] as TextEdit[] | undefined;
    expect(edits, 'a plain edit').toBeDefined();
    return TextDocument.applyEdits(TextDocument.create('file:///x.casus', 'casus', 1, text), edits!);
}

/**
 * Applies snippet edits the way VS Code does: every line after the first gets
 * the indentation of the insertion line in front, then the tab stops are
 * filled with what the user types (`fills[n]` for `$n`) or their placeholder.
 */
function applySnippet(text: string, action: CodeAction, fills: Record<number, string>): string {
    const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    const document = TextDocument.create('file:///x.casus', 'casus', 1, text);
    const edits: TextEdit[] = (change?.edits ?? Object.values(action.edit?.changes ?? {})[0] ?? []).map(edit => {
        if (!('snippet' in edit)) return edit as TextEdit;
        const snippetEdit = edit as SnippetTextEdit;
        const lineText = document.getText({ start: { line: snippetEdit.range.start.line, character: 0 }, end: snippetEdit.range.start });
        const indentation = /^[ \t]*/.exec(lineText)![0];
        const adjusted = snippetEdit.snippet.value.replace(/\n/g, '\n' + indentation);
        const filled = adjusted
            .replace(/\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)?\}|\$(\d+)/g, (_m, n1: string | undefined, placeholder: string | undefined, choice: string | undefined, n2: string | undefined) =>
                fills[Number(n1 ?? n2)] ?? placeholder ?? choice?.split(',')[0] ?? '')
            .replace(/\\([$}\\])/g, '$1');
        return { range: snippetEdit.range, newText: filled };
    });
    return TextDocument.applyEdits(document, edits);
}

export interface FixCheck {
    text: string;
    code: string;
    index?: number;
    title: RegExp;
    /** The text after the fix, for a client without snippets. */
    expected: string;
    /** What the analyst types at each tab stop afterwards ($1, $2, …). */
    fills?: Record<number, string>;
    /** Findings (besides the one fixed) that the fix rightly removes, e.g. an empty quadrant it fills. */
    alsoRemoves?: string[];
}

/**
 * Applies a quick fix both ways (plain and snippet), then re-validates the
 * snippet result with the tab stops filled: the finding is gone, every other
 * finding is unchanged, and the plain result is exactly `expected`.
 */
export async function checkFix(check: FixCheck): Promise<string> {
    const plain = await actionsFor(check.text, check.code, check.index ?? 0, false);
    const plainText = applyPlain(check.text, pick(plain.actions, check.title));
    expect(plainText).toBe(check.expected);

    const withSnippets = await actionsFor(check.text, check.code, check.index ?? 0, true);
    const snippetAction = pick(withSnippets.actions, check.title);
    // Without typing anything, the snippet leaves the same text as the plain edit.
    expect(applySnippet(check.text, snippetAction, {})).toBe(plainText);
    const typed = applySnippet(check.text, snippetAction, check.fills ?? {});

    const after = await validated(typed);
    try {
        const remaining = findings(after);
        const target = plain.diagnostic;
        const key = (f: Finding) => `${f.code}: ${f.message}`;
        const expectedRemaining = [...plain.before.map(key)];
        expectedRemaining.splice(expectedRemaining.indexOf(key({ code: String(target.code), message: String(target.message) })), 1);
        for (const removed of check.alsoRemoves ?? []) {
            const at = expectedRemaining.findIndex(k => k.startsWith(removed + ':'));
            expect(at, `expected a ${removed} finding to go`).toBeGreaterThanOrEqual(0);
            expectedRemaining.splice(at, 1);
        }
        expect(remaining.map(key).sort()).toEqual(expectedRemaining.sort());
    } finally {
        await clearDocuments(Casus, [after]);
    }
    return typed;
}
