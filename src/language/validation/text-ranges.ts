import { AstUtils, type AstNode } from 'langium';
import { lastToken } from '../cst-tokens.js';
import type { Range } from 'vscode-languageserver-types';

/**
 * The source of a node's quoted text (escapes as written), with the document
 * offset of its first character, so that a hit inside the text maps to an
 * exact range in the document.
 */
export interface SourceText {
    raw: string;
    offset: number;
}

/**
 * The quoted text of a member (`belang "…"`, `spanning A B "…"`): in every rule
 * that has one, `text` is the node's last text token, found from the end of
 * its children without the generic (and, for every text of a large case on
 * every keystroke, costly) search by grammar assignment.
 */
export function sourceTextOf(node: AstNode): SourceText | undefined {
    const cst = lastToken(node.$cstNode, 'STRING');
    const source = cst?.text;
    if (!cst || !source || source.length < 2) {
        return undefined;
    }
    // Strip the quotes; a text cut off at the end of a file has no closing one.
    const closed = source.endsWith('"');
    return { raw: source.slice(1, closed ? -1 : undefined), offset: cst.offset + 1 };
}

export function rangeInText(node: AstNode, text: SourceText, start: number, end: number): Range {
    const document = AstUtils.getDocument(node).textDocument;
    return { start: document.positionAt(text.offset + start), end: document.positionAt(text.offset + end) };
}
