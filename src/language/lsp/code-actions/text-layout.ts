/**
 * How the file is laid out, so an inserted line looks like its neighbours:
 * the file's own line ending and indentation unit, and a line's indentation.
 */
export interface TextLayout {
    readonly text: string;
    /** `\r\n` when the file uses it, `\n` otherwise. */
    readonly eol: string;
    /** One level of indentation: a tab, or the smallest indentation in spaces (two when nothing is indented yet). */
    readonly unit: string;
}

export function layoutOf(text: string): TextLayout {
    return { text, eol: text.includes('\r\n') ? '\r\n' : '\n', unit: indentUnit(text) };
}

function indentUnit(text: string): string {
    let smallest = Infinity;
    for (const match of text.matchAll(/^([ \t]+)\S/gm)) {
        const indent = match[1];
        if (indent.startsWith('\t')) return '\t';
        smallest = Math.min(smallest, indent.length);
    }
    return smallest === Infinity ? '  ' : ' '.repeat(Math.min(smallest, 8));
}

/** The offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
    let start = offset;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    return start;
}

/** The white space that starts the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
    const start = lineStart(text, offset);
    return /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
}

/** True when only white space precedes `offset` on its line. */
export function startsItsLine(text: string, offset: number): boolean {
    return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}
