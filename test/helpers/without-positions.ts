/**
 * A case model with everything position-bound left out: ranges, and the
 * wording of findings (a message may name a line). What remains is what the
 * case says. Shared by the formatting tests and the fuzz properties, which
 * compare a text before and after formatting.
 */
export function withoutPositions(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutPositions);
    if (typeof value !== 'object' || value === null) return value;
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
        if (key === 'range' || key.endsWith('Range') || key === 'message') continue;
        result[key] = withoutPositions(inner);
    }
    return result;
}
