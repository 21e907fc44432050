import { isReference, type AstNode } from 'langium';

/**
 * Whether two parsed cases say the same thing: the same elements with the same
 * properties, keywords and texts, in the same order, and references naming the
 * same targets, wherever they stand in the text. Positions, the concrete
 * syntax tree and linking state are ignored. The formatter checks its own
 * output with this before it hands anything back.
 */
export function sameCase(a: AstNode, b: AstNode): boolean {
    return sameValue(a, b);
}

function sameValue(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
    }
    if (isReference(a) || isReference(b)) {
        // Never touch `ref`: that would link; the written name is what the text says.
        return isReference(a) && isReference(b) && a.$refText === b.$refText;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    const keysA = ownKeys(a), keysB = ownKeys(b);
    return keysA.length === keysB.length
        && keysA.every((key, i) => key === keysB[i] && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The properties that carry meaning: `$type` and everything set that does not start with `$` (positions, containers, documents). */
function ownKeys(value: object): string[] {
    return Object.keys(value)
        .filter(key => (key === '$type' || !key.startsWith('$')) && (value as Record<string, unknown>)[key] !== undefined)
        .sort();
}
