/**
 * The floor the build is compared with: one hand-written pass that does the
 * least a parser must — find every token (names, texts, comments, braces) —
 * and nothing else.
 */
export function floorPass(text: string): number {
    let tokens = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
            tokens++;
        } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            while (i < text.length && text.charCodeAt(i) !== 10) i++;
        } else if (c === 123 || c === 125) {
            tokens++;
        } else if (c > 32) {
            while (i + 1 < text.length && text.charCodeAt(i + 1) > 32 && text.charCodeAt(i + 1) !== 34 && text.charCodeAt(i + 1) !== 123 && text.charCodeAt(i + 1) !== 125) i++;
            tokens++;
        }
    }
    return tokens;
}
