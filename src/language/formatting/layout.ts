import { CstUtils, GrammarUtils, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';

/*
 * The canonical layout of a case, as a pure function of its text and its
 * concrete syntax tree. It only ever replaces the white space *between* the
 * tokens (keywords, names, texts, braces, comments); every token keeps its
 * exact text, so a multi-line text or block comment stays byte-for-byte and
 * the author's keyword language stays as written.
 *
 * Layout rules:
 * - every element (the case, a section, a member) starts on its own line;
 *   names, texts, size values and `{` follow on the line of their keyword,
 *   one space apart; `}` stands on its own line; an empty block is `{}`;
 * - indentation is two spaces per open block (whatever the editor's tab
 *   settings: one layout for editor and CLI);
 * - exactly one blank line between the sections of a case; elsewhere an
 *   author's blank lines are kept, at most one, but never right after `{` or
 *   right before `}` (except the case's own braces);
 * - a comment that ends a line stays at the end of that line (one space
 *   before it); a comment on a line of its own stays on a line of its own,
 *   indented like the elements around it; a token that a line comment pushed
 *   onto the next line gets one extra indentation step;
 * - the line directly below a `// casus-ignore CODE` comment keeps its
 *   tokens together (single spaces between them), so that the comment keeps
 *   silencing exactly what it silenced;
 * - a blank line directly below a comment is neither added nor removed
 *   (again for `// casus-ignore`), except before `}`;
 * - line breaks use the first line ending between tokens (CRLF stays CRLF); the
 *   text ends with exactly one line ending.
 */

/** A replacement of the white space between two tokens (or before the first, or after the last). */
export interface GapEdit {
    /** Offset of the white space to replace. */
    offset: number;
    length: number;
    newText: string;
}

const INDENT = '  ';

type TokenKind = 'open' | 'close' | 'line-comment' | 'block-comment' | 'element-start' | 'section-start' | 'other';

interface Token {
    leaf: LeafCstNode;
    kind: TokenKind;
}

/**
 * The edits that give `text` its canonical layout, or `undefined` when the
 * tree does not account for every non-blank character of the text (then the
 * text is not one we can format safely and must stay as it is).
 */
export function layoutEdits(text: string, root: CstNode): GapEdit[] | undefined {
    const tokens = tokensOf(root);
    if (tokens === undefined || tokens.length === 0) return undefined;
    const eol = layoutLineEnding(text, tokens);
    const beforeSection = commentsBeforeSection(tokens);
    const frozen = linesAfterIgnoreComments(tokens);
    const edits: GapEdit[] = [];
    const replaceGap = (start: number, end: number, newText: string) => {
        if (text.slice(start, end) !== newText) edits.push({ offset: start, length: end - start, newText });
    };

    let depth = 0;
    let previous: Token | undefined;
    let previousOwnLine = false; // was the previous token a comment on a line of its own?
    let previousEnd = 0;
    let lastSignificant: Token | undefined; // the last token that is not a comment
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const start = token.leaf.offset;
        const gap = text.slice(previousEnd, start);
        if (!/^\s*$/.test(gap)) return undefined; // something the tree does not know about: do not touch
        const breaks = lineBreaksIn(gap);
        if (token.kind === 'close') depth = Math.max(0, depth - 1);

        let separator: string;
        let ownLine = false;
        if (previous === undefined) {
            separator = gap.startsWith('\ufeff') ? '\ufeff' : ''; // a byte order mark is not layout
            ownLine = token.kind === 'line-comment' || token.kind === 'block-comment';
        } else {
            const isComment = token.kind === 'line-comment' || token.kind === 'block-comment';
            const mustBreak = previous.kind === 'line-comment';
            let lineBreak: boolean;
            let level = depth;
            if (isComment) {
                lineBreak = mustBreak || breaks > 0;
                ownLine = lineBreak;
            } else if (token.kind === 'close') {
                lineBreak = previous.kind !== 'open'; // `{}`: an empty block stays on one line
            } else if (token.kind === 'element-start' || token.kind === 'section-start') {
                lineBreak = true;
            } else {
                // A name, text, size value or `{`: on the line of its keyword,
                // unless a comment forced a line break (then one step deeper).
                lineBreak = mustBreak || previousOwnLine;
                level = depth + 1;
            }
            // `// casus-ignore CODE` silences findings on the line below it, so that
            // line keeps exactly its tokens: none moved off it, none pulled onto it.
            const previousLine = previous.leaf.range.end.line, line = token.leaf.range.start.line;
            if (frozen.has(line) && previousLine === line) lineBreak = false;
            else if (frozen.has(previousLine) && line > previousLine) lineBreak = true;
            if (lineBreak) {
                const blank = blankLineBefore(token, previous, lastSignificant ?? previous, previousOwnLine, breaks, beforeSection[i], depth);
                separator = eol.repeat(blank ? 2 : 1) + INDENT.repeat(level);
            } else {
                separator = previous.kind === 'open' && token.kind === 'close' ? '' : ' ';
            }
        }
        replaceGap(previousEnd, start, separator);
        if (token.kind === 'open') depth++;
        previous = token;
        if (token.kind !== 'line-comment' && token.kind !== 'block-comment') lastSignificant = token;
        previousOwnLine = ownLine;
        previousEnd = start + token.leaf.length;
    }
    const trailing = text.slice(previousEnd);
    if (!/^\s*$/.test(trailing)) return undefined;
    replaceGap(previousEnd, text.length, eol);
    return edits;
}

/** Applies non-overlapping edits (in any order) to a text. */
export function applyGapEdits(text: string, edits: readonly GapEdit[]): string {
    const sorted = [...edits].sort((a, b) => a.offset - b.offset);
    let result = '';
    let position = 0;
    for (const edit of sorted) {
        result += text.slice(position, edit.offset) + edit.newText;
        position = edit.offset + edit.length;
    }
    return result + text.slice(position);
}

/** The document's own line ending: the first one in it, LF for a one-line text. */
export function lineEndingOf(text: string): string {
    const match = /\r\n|\r|\n/.exec(text);
    return match ? match[0] : '\n';
}

/**
 * The line ending of the document's layout: the first one in the white space
 * between tokens. One inside a block comment or a text does not count: the
 * formatter never changes those, so counting them would make a second run
 * pick another ending than the first one wrote (found by the fuzzer).
 */
function layoutLineEnding(text: string, tokens: readonly Token[]): string {
    let previousEnd = 0;
    for (const token of tokens) {
        const match = /\r\n|\r|\n/.exec(text.slice(previousEnd, token.leaf.offset));
        if (match) return match[0];
        previousEnd = token.leaf.offset + token.leaf.length;
    }
    return /\r\n|\r|\n/.exec(text.slice(previousEnd))?.[0] ?? '\n';
}

function lineBreaksIn(gap: string): number {
    return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Whether a blank line goes before `token` (which starts a line). `previous` is
 * the token just before it, `lastSignificant` the last one that is not a comment.
 * A blank line below a comment is never added or removed (except before `}`):
 * `// casus-ignore` works on the line directly below it.
 */
function blankLineBefore(token: Token, previous: Token, lastSignificant: Token, previousOwnLine: boolean, breaks: number, introducesSection: boolean, depth: number): boolean {
    // Inside the case's own braces an author may open and close with a blank
    // line (as the examples do); inside smaller blocks that only looks loose.
    if (previous.kind === 'open') return depth === 1 && breaks >= 2;
    if (token.kind === 'close') return depth === 0 && breaks >= 2;
    const sectionFollows = token.kind === 'section-start'
        || (depth === 1 && introducesSection);
    // Sections are always one blank line apart; the blank line goes above the
    // comments that introduce a section, not between them and the section.
    if (sectionFollows && !previousOwnLine && lastSignificant.kind !== 'open') return true;
    return breaks >= 2;
}

/** The (original, 0-based) lines directly below a `// casus-ignore` comment that stands alone on its line. */
function linesAfterIgnoreComments(tokens: readonly Token[]): Set<number> {
    const lines = new Set<number>();
    tokens.forEach((token, i) => {
        if (token.kind !== 'line-comment' || !/^\/\/\s*casus-ignore\b/.test(token.leaf.text)) return;
        const line = token.leaf.range.start.line;
        const alone = i === 0 || tokens[i - 1].leaf.range.end.line < line;
        if (alone && tokens[i + 1]?.leaf.range.start.line === line + 1) lines.add(line + 1);
    });
    return lines;
}

/** For each token: is it a comment in a run of comments that ends in a section's keyword? (One pass from the end: linear.) */
function commentsBeforeSection(tokens: readonly Token[]): boolean[] {
    const result = new Array<boolean>(tokens.length).fill(false);
    let sectionNext = false;
    for (let i = tokens.length - 1; i >= 0; i--) {
        const kind = tokens[i].kind;
        if (kind === 'line-comment' || kind === 'block-comment') {
            result[i] = sectionNext;
        } else {
            sectionNext = kind === 'section-start';
        }
    }
    return result;
}

/** The leaves of the tree in text order, each classified; `undefined` when they overlap (a tree we do not understand). */
function tokensOf(root: CstNode): Token[] | undefined {
    const tokens: Token[] = [];
    let end = 0;
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || node.length === 0) continue;
        if (node.offset < end) return undefined;
        end = node.offset + node.length;
        tokens.push({ leaf: node, kind: kindOf(node) });
    }
    return tokens;
}

function kindOf(leaf: LeafCstNode): TokenKind {
    if (leaf.hidden) return leaf.text.startsWith('//') ? 'line-comment' : 'block-comment';
    const text = leaf.text;
    if (text === '{' || text === '}') return text === '{' ? 'open' : 'close';
    const element = leaf.astNode;
    // Every element of a case begins with its keyword (assigned to `keyword` in the grammar).
    if (element.$cstNode && GrammarUtils.findNodeForProperty(element.$cstNode, 'keyword') === leaf) {
        return element.$container !== undefined && element.$container.$container === undefined ? 'section-start' : 'element-start';
    }
    return 'other';
}
