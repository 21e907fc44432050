import { CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import { isCase } from '../generated/ast.js';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/** A run of this many `//` lines or more folds, like a block comment of three lines. */
const MIN_COMMENT_LINES = 3;

/**
 * Langium folds every block of three lines or more and every long block
 * comment; Casus adds runs of line comments, which is how analysts usually
 * write a longer note above a case or an actor.
 */
export class CasusFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        this.collectCaseBlock(document, acceptor);
        this.collectLineCommentRuns(document, acceptor);
    }

    /** Langium folds the nodes inside the root, not the root itself: fold the case from its keyword to the line before its `}`. */
    private collectCaseBlock(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult.value;
        const keyword = isCase(root) && root.$cstNode ? GrammarUtils.findNodeForProperty(root.$cstNode, 'keyword') : undefined;
        const close = root.$cstNode && GrammarUtils.findNodesForKeyword(root.$cstNode, '}').at(-1);
        if (keyword && close && close.range.start.line - keyword.range.start.line >= 2) {
            acceptor(FoldingRange.create(keyword.range.start.line, close.range.start.line - 1));
        }
    }

    private collectLineCommentRuns(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult.value.$cstNode;
        if (!root) return;
        let first: number | undefined;
        let last = -2;
        const flush = () => {
            if (first !== undefined && last - first + 1 >= MIN_COMMENT_LINES) {
                acceptor(FoldingRange.create(first, last, undefined, undefined, FoldingRangeKind.Comment));
            }
        };
        for (const leaf of CstUtils.flattenCst(root)) {
            if (leaf.tokenType.name !== 'SL_COMMENT') continue;
            const line = leaf.range.start.line;
            if (line !== last + 1) {
                flush();
                first = line;
            }
            last = line;
        }
        flush();
    }
}
