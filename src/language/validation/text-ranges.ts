import { AstUtils, GrammarUtils, type AstNode } from 'langium';
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

export function sourceTextOf(node: AstNode, property: string): SourceText | undefined {
    const cst = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!cst || cst.text.length < 2) {
        return undefined;
    }
    // Strip the quotes; a text cut off at the end of a file has no closing one.
    const closed = cst.text.endsWith('"') && cst.text.length >= 2;
    return { raw: cst.text.slice(1, closed ? -1 : undefined), offset: cst.offset + 1 };
}

export function rangeInText(node: AstNode, text: SourceText, start: number, end: number): Range {
    const document = AstUtils.getDocument(node).textDocument;
    return { start: document.positionAt(text.offset + start), end: document.positionAt(text.offset + end) };
}
