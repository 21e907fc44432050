import type { LangiumCoreServices, ParseResult } from 'langium';
import { applyGapEdits, layoutEdits, type GapEdit } from './layout.js';
import { sameCase } from './same-case.js';

/**
 * What formatting a case text comes to. A text with syntax errors is never
 * formatted: with a broken tree we cannot tell which white space is layout and
 * which would change meaning, and an author in the middle of typing does not
 * want lines to jump around. (`unsafe` means the formatter's own check of its
 * result failed; it then also leaves the text alone.)
 */
export type FormatOutcome =
    | { kind: 'formatted'; edits: GapEdit[]; text: string }
    | { kind: 'syntax-error' }
    | { kind: 'unsafe' };

/** Offsets in the text; only the white space before tokens that start inside it is touched. */
export interface OffsetRange {
    start: number;
    end: number;
}

/**
 * The one formatting implementation, shared by the editor (via
 * CasusFormatter) and `casus format`: the canonical layout of `text`, checked
 * by parsing the result again and comparing the two cases (`sameCase`).
 */
export function formatParsedCase(services: LangiumCoreServices, text: string, parsed: ParseResult, range?: OffsetRange): FormatOutcome {
    if (hasSyntaxErrors(parsed) || !parsed.value.$cstNode) return { kind: 'syntax-error' };
    // The tree must be of exactly this text (an editor may ask while a newer version is still being parsed).
    if (parsed.value.$cstNode.root.fullText !== text) return { kind: 'unsafe' };
    let edits = layoutEdits(text, parsed.value.$cstNode);
    if (edits === undefined) return { kind: 'unsafe' };
    if (range) edits = edits.filter(edit => inRange(edit, range, text.length));
    const formatted = applyGapEdits(text, edits);
    if (edits.length > 0) {
        const again = services.parser.LangiumParser.parse(formatted);
        if (hasSyntaxErrors(again) || !sameCase(parsed.value, again.value)) return { kind: 'unsafe' };
    }
    return { kind: 'formatted', edits, text: formatted };
}

/** Formats a whole file's text (with or without a byte order mark, which is kept). */
export function formatCaseText(services: LangiumCoreServices, text: string): FormatOutcome {
    const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const outcome = formatParsedCase(services, body, services.parser.LangiumParser.parse(body));
    return outcome.kind === 'formatted' ? { ...outcome, text: bom + outcome.text } : outcome;
}

function hasSyntaxErrors(parsed: ParseResult): boolean {
    return parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0;
}

/**
 * An edit belongs to a range when the token after its white space starts in
 * the range (so a selected line gets its indentation fixed); the white space
 * at the end of the text belongs to a range that reaches the end.
 */
function inRange(edit: GapEdit, range: OffsetRange, textLength: number): boolean {
    const tokenStart = edit.offset + edit.length;
    if (tokenStart === textLength) return range.end >= edit.offset;
    return tokenStart >= range.start && tokenStart < range.end;
}
