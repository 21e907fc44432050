/**
 * A snippet in the LSP/VS Code syntax (`$1`, `${1:placeholder}`,
 * `${1|a,b|}`, `$0`), and the same text without the tab stops for clients
 * that cannot take snippets. The plain form also tells where the first tab
 * stop would have put the cursor, which the tests use to "type" there.
 */
export interface PlainSnippet {
    text: string;
    /** Offset in `text` of the first tab stop ($1, else $0), or the end. */
    cursor: number;
}

const TAB_STOP = /\\([$}\\])|\$(\d+)|\$\{(\d+)(?::((?:\\.|[^}\\])*)|\|((?:\\.|[^|\\])*)\|)?\}/g;

/** Escapes literal text for use inside a snippet. */
export function escapeSnippet(text: string): string {
    return text.replace(/[$}\\]/g, '\\$&');
}

export function plainSnippet(snippet: string): PlainSnippet {
    let text = '';
    let last = 0;
    let cursor: number | undefined;
    let cursorStop = Infinity;
    TAB_STOP.lastIndex = 0;
    for (let m = TAB_STOP.exec(snippet); m; m = TAB_STOP.exec(snippet)) {
        text += snippet.slice(last, m.index);
        last = m.index + m[0].length;
        if (m[1] !== undefined) {
            text += m[1];
            continue;
        }
        const stop = Number(m[2] ?? m[3]);
        // $0 is the final position: it only counts when there is no other stop.
        const rank = stop === 0 ? Number.MAX_SAFE_INTEGER : stop;
        if (rank < cursorStop) {
            cursorStop = rank;
            cursor = text.length;
        }
        if (m[4] !== undefined) text += m[4].replace(/\\(.)/g, '$1');
        else if (m[5] !== undefined) text += m[5].split(',')[0].replace(/\\(.)/g, '$1');
    }
    text += snippet.slice(last);
    return { text, cursor: cursor ?? text.length };
}
