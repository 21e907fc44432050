/**
 * The word lists behind the "there is no wij" and "connect horizontally"
 * findings, as whole-word, case-insensitive, Unicode-aware matchers.
 *
 * JavaScript's `\b` only knows ASCII letters ("één" would split at "é"), so a
 * word boundary here is a look-around for a character that is not a letter,
 * combining mark, digit or underscore.
 */

export interface TextHit {
    /** Offset into the searched text, inclusive. */
    start: number;
    /** Offset into the searched text, exclusive. */
    end: number;
    /** The matched text as written. */
    found: string;
}

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{Nd}_]`;

/** Builds one matcher for whole words and phrases; spaces in a phrase match any run of white space (texts may span lines). */
function wholeWords(terms: readonly string[]): RegExp {
    const alternatives = [...terms]
        .sort((a, b) => b.length - a.length)
        .map(term => term.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`));
    return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu');
}

function escapeRegExp(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words and phrases that presuppose a shared "we" (`assumed-we`). */
export const ASSUMED_WE_TERMS: readonly string[] = [
    // Dutch
    'wij', 'we', 'ons', 'onze', 'onszelf',
    'gezamenlijk belang', 'gezamenlijke belang', 'gezamenlijk doel', 'gezamenlijke doel',
    'gemeenschappelijk belang', 'gemeenschappelijke belang', 'gemeenschappelijk doel', 'gemeenschappelijke doel',
    'iedereen wil', 'iedereen wilt', 'we willen allemaal', 'wij willen allemaal', 'we willen toch allemaal',
    // English
    'us', 'our', 'ours', 'ourselves',
    'common interest', 'common interests', 'shared interest', 'shared interests', 'shared goal', 'shared goals',
    'common goal', 'we all want', 'everyone wants',
];

/** Phrases in a `waarom` that argue from the higher common goal (`vertical-argument`). */
export const VERTICAL_ARGUMENT_TERMS: readonly string[] = [
    'hoger doel', 'hogere doel', 'voor iedereen', 'belang van iedereen', 'algemeen belang', 'algemene belang',
    'gezamenlijk doel', 'gezamenlijke doel', 'gezamenlijk belang', 'gezamenlijke belang', 'omdat het moet',
    'greater good', 'for everyone', 'common good', 'higher goal', 'because it must',
];

/** Names and description words that make an actor or stakeholder a collective "we" (`we-as-actor`). */
export const COLLECTIVE_WE_WORDS: readonly string[] = [
    'wij', 'we', 'ons', 'iedereen', 'allen', 'allemaal', 'samen',
    'us', 'everyone', 'everybody', 'all',
];

/** Texts that only hold a place: they do not state anything. */
const PLACEHOLDERS = new Set(['', '?', '??', '???', '...', '…', 'todo', 'nvt', 'n.v.t.', 'n.v.t', 'onbekend', 'pm', 'p.m.', 'tbd', 'unknown']);

const assumedWe = wholeWords(ASSUMED_WE_TERMS);
const verticalArgument = wholeWords(VERTICAL_ARGUMENT_TERMS);
const collectiveWe = wholeWords(COLLECTIVE_WE_WORDS);
const collectiveName = new RegExp(`^(?:${COLLECTIVE_WE_WORDS.map(escapeRegExp).join('|')})$`, 'iu');

function allHits(pattern: RegExp, text: string): TextHit[] {
    const hits: TextHit[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        hits.push({ start: m.index, end: m.index + m[0].length, found: m[0] });
    }
    return hits;
}

/** Overlapping or touching hits ("Wij willen allemaal" is both "wij" and a phrase) become one. */
function mergeOverlapping(hits: TextHit[], text: string): TextHit[] {
    const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: TextHit[] = [];
    for (const hit of sorted) {
        const last = merged[merged.length - 1];
        if (last && hit.start < last.end) {
            last.end = Math.max(last.end, hit.end);
            last.found = text.slice(last.start, last.end);
        } else {
            merged.push({ ...hit });
        }
    }
    return merged;
}

/** Every occurrence of a presupposed "we" in a text, one hit per (merged) occurrence. */
export function findAssumedWe(text: string): TextHit[] {
    // Alternatives of one regex already prefer the longest phrase at a position;
    // a phrase that starts inside another hit is merged afterwards.
    const hits = allHits(assumedWe, text);
    return hits.length < 2 ? hits : mergeOverlapping(hits, text);
}

/** Whether a text has a presupposed "we" at all: the quick test before `findAssumedWe`. */
export function mentionsAssumedWe(text: string): boolean {
    assumedWe.lastIndex = 0;
    return assumedWe.test(text);
}

/** Whether a text argues from a higher goal at all: the quick test before `findVerticalArguments`. */
export function mentionsVerticalArgument(text: string): boolean {
    verticalArgument.lastIndex = 0;
    return verticalArgument.test(text);
}

export function findVerticalArguments(text: string): TextHit[] {
    return mergeOverlapping(allHits(verticalArgument, text), text);
}

export function isCollectiveName(name: string): boolean {
    return collectiveName.test(name);
}

export function describesCollective(description: string): boolean {
    collectiveWe.lastIndex = 0;
    return collectiveWe.test(description);
}

/** True when a text states nothing: empty, white space, `?`, `...`, `TODO`, `nvt`, `onbekend`, `PM` and the like. */
export function isPlaceholder(text: string | undefined): boolean {
    return text === undefined || PLACEHOLDERS.has(text.trim().toLowerCase());
}
