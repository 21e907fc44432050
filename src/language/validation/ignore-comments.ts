/** `// casus-ignore CODE [CODE…]` (codes separated by spaces or commas), alone on its line. */
const IGNORE_COMMENT = /^\s*\/\/\s*casus-ignore\s+([\w\s,-]+?)\s*$/;

const NONE: ReadonlySet<string> = new Set();

/** The codes silenced for a finding that starts on `line` (0-based): those named by an ignore comment on the line above. */
export function ignoredCodesAbove(lineAt: (line: number) => string, line: number): ReadonlySet<string> {
    const above = line > 0 ? lineAt(line - 1).replace(/\r?\n$|\r$/, '') : undefined;
    const match = above !== undefined && above.includes('casus-ignore') ? IGNORE_COMMENT.exec(above) : null;
    return match ? new Set(match[1].split(/[\s,]+/).filter(Boolean)) : NONE;
}
