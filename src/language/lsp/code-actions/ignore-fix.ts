import { CstUtils } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { DiagnosticCode } from '../../validation/diagnostic-codes.js';
import type { FixEdit, QuickFix } from './fix-edit.js';
import type { FixContext } from './quick-fixes.js';
import { indentationAt } from './text-layout.js';

/** The same shape CasusDocumentValidator reads (validation/ignore-comments.ts). */
const IGNORE_COMMENT = /^(\s*\/\/\s*casus-ignore\s+[\w\s,-]+?)\s*$/;

/**
 * `// casus-ignore CODE` on the line above the finding, indented like it.
 * Only the line directly above counts, so when that line already silences
 * other codes this one is added to it rather than pushing it a line up.
 */
export function ignoreFinding(context: FixContext, code: DiagnosticCode, diagnostic: Diagnostic): QuickFix | undefined {
    const textDocument = context.document.textDocument;
    const line = diagnostic.range.start.line;
    const lineOffset = textDocument.offsetAt({ line, character: 0 });
    if (insideToken(context, lineOffset)) return undefined;
    const title = context.texts.ignoreFinding(code);
    if (line > 0) {
        const above = textDocument.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$/, '');
        const existing = IGNORE_COMMENT.exec(above);
        if (existing) {
            const at = { line: line - 1, character: existing[1].length };
            return { title, edits: [{ range: { start: at, end: at }, text: ` ${code}`, snippet: false }] };
        }
    }
    const at = { line, character: 0 };
    const edit: FixEdit = { range: { start: at, end: at }, text: `${indentationAt(context.layout.text, lineOffset)}// casus-ignore ${code}${context.layout.eol}`, snippet: false };
    return { title, edits: [edit] };
}

/** True when the line starts inside a text or block comment spanning lines: a comment line there would change the text. */
function insideToken(context: FixContext, offset: number): boolean {
    const cst = context.root.$cstNode;
    const leaf = cst && CstUtils.findLeafNodeAtOffset(cst, offset);
    return leaf !== undefined && leaf.offset < offset && offset < leaf.end;
}
