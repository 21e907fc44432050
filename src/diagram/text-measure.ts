import { BOLD_WIDTHS, REGULAR_WIDTHS } from './font-widths.js';

/**
 * Text measuring and wrapping without a DOM: the renderer must run in the CLI
 * and in tests exactly as in the editor. Widths come from DejaVu Sans (the
 * font the SVG asks for first); unknown characters are measured generously so
 * that an estimate errs towards wrapping early, never towards overflowing.
 */
type WidthTable = typeof REGULAR_WIDTHS;

const WIDE_FALLBACK = 1000; // CJK, emoji and other wide scripts
const NARROW_FALLBACK = 700; // any other character outside the table: wider than most Latin letters

function advance(table: WidthTable, code: number): number {
    if (code >= 32 && code < 127) return table[32][code - 32];
    if (code >= 160 && code < 384) return table[160][code - 160];
    const extra = table.extra[code];
    if (extra !== undefined) return extra;
    if (code >= 0x0300 && code < 0x0370) return 0; // combining accents sit on the previous letter
    return code >= 0x1100 ? WIDE_FALLBACK : NARROW_FALLBACK;
}

/**
 * Where DejaVu Sans is missing (Windows, macOS) Verdana draws the text; its
 * letters are within a few per cent of DejaVu's, some wider (space, r).
 * Measuring 4 % wide keeps the text inside its box with either font.
 */
const FALLBACK_MARGIN = 1.04;

/** Width in pixels of `text` at `size` pixels (slightly generous, see FALLBACK_MARGIN). */
export function textWidth(text: string, size: number, bold = false): number {
    const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
    let total = 0;
    for (const char of text) total += advance(table, char.codePointAt(0)!);
    return (total * size * FALLBACK_MARGIN) / 1000;
}

/** Whitespace (spaces, tabs, the line breaks of a text that spans lines) read as single spaces. */
export function normaliseSpace(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`. A word longer than a
 * whole line (a URL, a 300-letter word) is broken between characters, so
 * nothing is ever wider than `maxWidth`.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
    // The live preview lays out the same texts on every keystroke: remember recent answers (a pure function, so safe).
    const key = `${bold ? 'b' : 'r'}${size}|${maxWidth}|${text}`;
    const known = wrapped.get(key);
    if (known) return [...known];
    const lines = wrapUncached(text, maxWidth, size, bold);
    if (wrapped.size >= WRAP_CACHE_SIZE) wrapped.clear();
    wrapped.set(key, lines);
    return [...lines];
}

const WRAP_CACHE_SIZE = 20_000;
const wrapped = new Map<string, readonly string[]>();

function wrapUncached(text: string, maxWidth: number, size: number, bold: boolean): string[] {
    const words = normaliseSpace(text).split(' ').filter(w => w.length > 0);
    const space = textWidth(' ', size, bold);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0; // measured once per word, not once per word per line: wrapping stays linear
    for (const word of words) {
        const wordWidth = textWidth(word, size, bold);
        const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
        if (candidateWidth <= maxWidth) {
            line = line ? `${line} ${word}` : word;
            lineWidth = candidateWidth;
            continue;
        }
        if (line) lines.push(line);
        line = '';
        lineWidth = 0;
        for (const piece of breakWord(word, wordWidth, maxWidth, size, bold)) {
            if (line) lines.push(line);
            line = piece;
            lineWidth = textWidth(piece, size, bold);
        }
    }
    if (line) lines.push(line);
    return lines;
}

function breakWord(word: string, wordWidth: number, maxWidth: number, size: number, bold: boolean): string[] {
    if (wordWidth <= maxWidth) return [word];
    const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
    const scale = (size * FALLBACK_MARGIN) / 1000;
    const pieces: string[] = [];
    let piece = '';
    let pieceWidth = 0;
    for (const char of word) {
        const charWidth = advance(table, char.codePointAt(0)!) * scale;
        if (piece && pieceWidth + charWidth > maxWidth) {
            pieces.push(piece);
            piece = '';
            pieceWidth = 0;
        }
        piece += char;
        pieceWidth += charWidth;
    }
    if (piece) pieces.push(piece);
    return pieces;
}
