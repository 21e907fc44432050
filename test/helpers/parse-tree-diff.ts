import { isAstNode, isLeafCstNode, isReference, type AstNode, type CompositeCstNode, type CstNode, type LeafCstNode } from 'langium';

/**
 * The first difference between two parse trees of one text, as a path, or
 * undefined when they are the same: every AST node's properties in the same
 * order with the same values, containers, references (text and CST node) and
 * CST nodes; every CST node's kind, position, grammar element, token type,
 * hidden flag, children and AST node. Used to hold the direct parser to
 * Langium's (test/language/direct-parser.test.ts, and the fuzzer on every input).
 */
export function diffParseTrees(actual: AstNode, expected: AstNode): string | undefined {
    const astPairs = new Map<AstNode, AstNode>();
    const cstPairs: Array<[CstNode, CstNode, string]> = [];
    const astDiff = diffAst(actual, expected, 'root', astPairs, cstPairs);
    if (astDiff) return astDiff;
    if (!actual.$cstNode || !expected.$cstNode) return actual.$cstNode === expected.$cstNode ? undefined : 'root.$cstNode: missing on one side';
    const cstDiff = diffCst(actual.$cstNode.root, expected.$cstNode.root, 'cst', astPairs);
    if (cstDiff) return cstDiff;
    // Every $cstNode and reference node points at the node in the same place of its own tree.
    for (const [a, b, path] of cstPairs) {
        if (cstPath(a) !== cstPath(b)) return `${path}: points at CST ${cstPath(a)} instead of ${cstPath(b)}`;
    }
    return undefined;
}

function diffAst(a: AstNode, b: AstNode, path: string, pairs: Map<AstNode, AstNode>, cstPairs: Array<[CstNode, CstNode, string]>): string | undefined {
    pairs.set(a, b);
    const keysA = Object.keys(a), keysB = Object.keys(b);
    if (keysA.join() !== keysB.join()) return `${path}: properties [${keysA.join()}] instead of [${keysB.join()}]`;
    const recordA = a as unknown as Record<string, unknown>, recordB = b as unknown as Record<string, unknown>;
    for (const key of keysA) {
        const at = `${path}.${key}`;
        const va = recordA[key], vb = recordB[key];
        if (key === '$container') {
            if (pairs.get(va as AstNode) !== vb) return `${at}: another container`;
        } else if (key === '$cstNode') {
            if (!va || !vb) { if (va !== vb) return `${at}: missing on one side`; } else cstPairs.push([va as CstNode, vb as CstNode, at]);
        } else {
            const diff = diffValue(va, vb, at, pairs, cstPairs);
            if (diff) return diff;
        }
    }
    return undefined;
}

function diffValue(va: unknown, vb: unknown, at: string, pairs: Map<AstNode, AstNode>, cstPairs: Array<[CstNode, CstNode, string]>): string | undefined {
    if (Array.isArray(va) || Array.isArray(vb)) {
        if (!Array.isArray(va) || !Array.isArray(vb)) return `${at}: array on one side only`;
        if (va.length !== vb.length) return `${at}: ${va.length} items instead of ${vb.length}`;
        for (let i = 0; i < va.length; i++) {
            const diff = diffValue(va[i], vb[i], `${at}[${i}]`, pairs, cstPairs);
            if (diff) return diff;
        }
        return undefined;
    }
    if (isAstNode(va) || isAstNode(vb)) {
        if (!isAstNode(va) || !isAstNode(vb)) return `${at}: AST node on one side only`;
        return diffAst(va, vb, at, pairs, cstPairs);
    }
    if (isReference(va) || isReference(vb)) {
        if (!isReference(va) || !isReference(vb)) return `${at}: reference on one side only`;
        if (va.constructor !== vb.constructor) return `${at}: ${va.constructor.name} instead of ${vb.constructor.name}`;
        if (va.$refText !== vb.$refText) return `${at}.$refText: ${JSON.stringify(va.$refText)} instead of ${JSON.stringify(vb.$refText)}`;
        if (!va.$refNode || !vb.$refNode) return va.$refNode === vb.$refNode ? undefined : `${at}.$refNode: missing on one side`;
        cstPairs.push([va.$refNode, vb.$refNode, `${at}.$refNode`]);
        return undefined;
    }
    return Object.is(va, vb) ? undefined : `${at}: ${JSON.stringify(va)} instead of ${JSON.stringify(vb)}`;
}

function diffCst(a: CstNode, b: CstNode, path: string, astPairs: Map<AstNode, AstNode>): string | undefined {
    if (a.constructor !== b.constructor) return `${path}: ${a.constructor.name} instead of ${b.constructor.name}`;
    const facts = (n: CstNode) => JSON.stringify([n.offset, n.length, n.end, n.range, n.hidden, n.text]);
    if (facts(a) !== facts(b)) return `${path}: ${facts(a)} instead of ${facts(b)}`;
    if (a.grammarSource !== b.grammarSource) return `${path}: another grammar element (${a.grammarSource?.$type} instead of ${b.grammarSource?.$type})`;
    if (ownAstNode(a) !== undefined || ownAstNode(b) !== undefined) {
        const own = ownAstNode(a);
        if (own === undefined || astPairs.get(own) !== ownAstNode(b)) return `${path}: linked to another AST node`;
    }
    if (isLeafCstNode(a)) {
        if (a.tokenType !== (b as LeafCstNode).tokenType) return `${path}: token ${a.tokenType.name} instead of ${(b as LeafCstNode).tokenType.name}`;
        return undefined;
    }
    const ca = (a as CompositeCstNode).content, cb = (b as CompositeCstNode).content;
    if (ca.length !== cb.length) return `${path}: ${ca.length} children instead of ${cb.length}`;
    for (let i = 0; i < ca.length; i++) {
        if (ca[i].container !== a || cb[i].container !== b) return `${path}/${i}: wrong container`;
        const diff = diffCst(ca[i], cb[i], `${path}/${i}`, astPairs);
        if (diff) return diff;
    }
    return undefined;
}

/** The AST node a CST node is linked to itself (not through its container), if any. */
function ownAstNode(node: CstNode): AstNode | undefined {
    // `_astNode` is where Langium's composite CST nodes keep the link; leaves find theirs through the container.
    return (node as unknown as { _astNode?: AstNode })._astNode;
}

function cstPath(node: CstNode): string {
    const steps: number[] = [];
    for (let n: CstNode = node; n.container; n = n.container) steps.unshift(n.container.content.indexOf(n));
    return steps.join('/');
}
