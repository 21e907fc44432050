import { isCompositeCstNode, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';

/**
 * A node's own tokens by kind, found by walking its CST children from one end.
 * In every Casus rule a name is the node's first `ID` token and a text its last
 * `STRING` token; looking them up this way avoids Langium's generic search by
 * grammar assignment, which was a large share of validating and modelling a big
 * case on every keystroke. A section is parsed through the `Section` rule, so
 * its own tokens may sit one composite level down (same AST node).
 */
export function firstToken(cst: CstNode | undefined, tokenName?: string): LeafCstNode | undefined {
    return findToken(cst, tokenName, false);
}

export function lastToken(cst: CstNode | undefined, tokenName?: string): LeafCstNode | undefined {
    return findToken(cst, tokenName, true);
}

function findToken(cst: CstNode | undefined, tokenName: string | undefined, fromEnd: boolean): LeafCstNode | undefined {
    if (!cst || !isCompositeCstNode(cst)) return undefined;
    const children = cst.content;
    for (let k = 0; k < children.length; k++) {
        const child = children[fromEnd ? children.length - 1 - k : k];
        if (isLeafCstNode(child)) {
            if (!child.hidden && (tokenName === undefined || child.tokenType.name === tokenName)) return child;
        } else if (child.astNode === cst.astNode) {
            const found = findToken(child, tokenName, fromEnd);
            if (found) return found;
        }
    }
    return undefined;
}
