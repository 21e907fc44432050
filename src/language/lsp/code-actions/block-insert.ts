import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { FixEdit } from './fix-edit.js';
import { indentationAt, lineStart, startsItsLine, type TextLayout } from './text-layout.js';

/**
 * Edits that add a member to a block (`actor X { … }`, a section, the case),
 * laid out like the rest of the file. `lines` is the member, one entry per
 * line, with nested lines already indented by `layout.unit` relative to the
 * member's own first line. They never replace anything but white space.
 */
export function insertIntoBlock(document: LangiumDocument, node: AstNode, lines: readonly string[], layout: TextLayout, snippet: boolean): FixEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const text = layout.text;
    const position = (offset: number) => document.textDocument.positionAt(offset);
    const indent = indentationAt(text, cst.offset);
    const childIndent = indent + layout.unit;
    const member = lines.map(line => childIndent + line).join(layout.eol);
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (open && close && close.offset > open.offset) {
        if (startsItsLine(text, close.offset) && close.range.start.line > open.range.start.line) {
            // `}` on a line of its own: the new member goes on a new line just above it.
            const at = position(lineStart(text, close.offset));
            return { range: { start: at, end: at }, text: member + layout.eol, snippet };
        }
        // `{ … }` on one line: open it up; only the white space before `}` is replaced.
        const end = close.offset;
        let start = end;
        while (start > open.end && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
        return { range: { start: position(start), end: position(end) }, text: layout.eol + member + layout.eol + indent, snippet };
    }
    if (open) return undefined; // an unclosed block: the syntax error comes first
    // No body yet: give the element one, right after its name or description.
    const at = position(cst.end);
    return { range: { start: at, end: at }, text: ` {${layout.eol}${member}${layout.eol}${indent}}`, snippet };
}

/** Inserts whole lines (a new section) just above `before`, which must start its line, followed by a blank line. */
export function insertLinesAbove(document: LangiumDocument, before: AstNode, lines: readonly string[], layout: TextLayout, snippet: boolean): FixEdit | undefined {
    const cst = before.$cstNode;
    if (!cst || !startsItsLine(layout.text, cst.offset)) return undefined;
    const indent = indentationAt(layout.text, cst.offset);
    const at = document.textDocument.positionAt(lineStart(layout.text, cst.offset));
    const block = lines.map(line => indent + line).join(layout.eol);
    return { range: { start: at, end: at }, text: block + layout.eol + layout.eol, snippet };
}
