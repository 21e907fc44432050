import { createTokenInstance, type ILexerErrorMessageProvider, type ILexingError, type IToken, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import type { Lexer, LexerResult, LangiumCoreServices, TokenBuilder } from 'langium';

const NAME_CONTINUE = /[\p{L}\p{M}\p{Nd}_]/u;
const NAME_START = /[\p{L}_]/u;
const WHITE_SPACE = /\s/;

const enum Char {
    Tab = 9, LineFeed = 10, VerticalTab = 11, FormFeed = 12, CarriageReturn = 13, Space = 32, Quote = 34, Slash = 47, Star = 42, Backslash = 92,
    Digit0 = 48, Digit9 = 57, UpperA = 65, UpperZ = 90, Underscore = 95, LowerA = 97, LowerZ = 122,
    OpenBrace = 123, CloseBrace = 125,
}

/**
 * A hand-written lexer for Casus' few token kinds: names and keywords, texts,
 * braces, comments and white space, in one linear pass.
 *
 * Why not chevrotain's: Casus names are Unicode (`\p{L}`), which chevrotain can
 * only run as a custom pattern function; that switches off its first-character
 * optimisation, so every position tried every keyword pattern and lexing took
 * the largest share of a build. The tokens are the very ones the grammar's
 * TokenBuilder defines, so the parser is unchanged; the grammar's terminals
 * remain the specification (the parsing tests check both agree).
 */
export class CasusLexer implements Lexer {
    private readonly tokenTypes: TokenTypeDictionary;
    private readonly keywords = new Map<string, TokenType>();
    private readonly name: TokenType;
    private readonly text: TokenType;
    private readonly lineComment: TokenType;
    private readonly blockComment: TokenType;
    private readonly openBrace: TokenType;
    private readonly closeBrace: TokenType;
    private readonly tokenBuilder: TokenBuilder;
    private readonly errorMessages: ILexerErrorMessageProvider;

    constructor(services: LangiumCoreServices) {
        this.tokenBuilder = services.parser.TokenBuilder;
        this.errorMessages = services.parser.LexerErrorMessageProvider;
        const tokens = this.tokenBuilder.buildTokens(services.Grammar, { caseInsensitive: false }) as TokenType[];
        this.tokenTypes = Object.fromEntries(tokens.map(t => [t.name, t]));
        for (const token of tokens) {
            if (typeof token.PATTERN === 'string' && /^[\p{L}]+$/u.test(token.PATTERN)) this.keywords.set(token.PATTERN, token);
        }
        const required = (name: string) => {
            const token = this.tokenTypes[name];
            if (!token) throw new Error(`The Casus grammar has no token ${name}`);
            return token;
        };
        this.name = required('ID');
        this.text = required('STRING');
        this.lineComment = required('SL_COMMENT');
        this.blockComment = required('ML_COMMENT');
        this.openBrace = required('{');
        this.closeBrace = required('}');
    }

    get definition(): TokenTypeDictionary {
        return this.tokenTypes;
    }

    tokenize(text: string): LexerResult {
        const tokens: IToken[] = [];
        const hidden: IToken[] = [];
        const errors: ILexingError[] = [];
        const length = text.length;
        let offset = 0;
        let line = 1;
        let lineStart = 0; // offset of the first character of the current line

        const emit = (into: IToken[], type: TokenType, start: number, end: number, startLine: number, startLineStart: number) => {
            into.push(createTokenInstance(type, text.slice(start, end), start, end - 1, startLine, line, start - startLineStart + 1, end - 1 - lineStart + 1));
        };
        /** Advances over `from..to`, counting line breaks (\n, \r\n, \r). */
        const advanceLines = (from: number, to: number) => {
            for (let i = from; i < to; i++) {
                const c = text.charCodeAt(i);
                if (c === Char.LineFeed || (c === Char.CarriageReturn && text.charCodeAt(i + 1) !== Char.LineFeed)) {
                    line++;
                    lineStart = i + 1;
                }
            }
        };
        const error = (start: number, end: number) => {
            errors.push({
                offset: start, length: end - start, line, column: start - lineStart + 1,
                message: this.errorMessages.buildUnexpectedCharactersMessage(text, start, end - start, line, start - lineStart + 1),
            });
        };

        while (offset < length) {
            const c = text.charCodeAt(offset);
            const startLine = line, startLineStart = lineStart, start = offset;
            if (c === Char.Space || c === Char.Tab || c === Char.VerticalTab || c === Char.FormFeed) {
                offset++;
            } else if (c === Char.LineFeed || c === Char.CarriageReturn) {
                advanceLines(offset, offset + 1);
                offset++;
            } else if (c === Char.OpenBrace || c === Char.CloseBrace) {
                offset++;
                emit(tokens, c === Char.OpenBrace ? this.openBrace : this.closeBrace, start, offset, startLine, startLineStart);
            } else if (c === Char.Quote) {
                let i = offset + 1;
                while (i < length) {
                    const d = text.charCodeAt(i);
                    if (d === Char.Quote) break;
                    i += d === Char.Backslash ? 2 : 1;
                }
                if (i >= length) {
                    // Not closed: report the quote and the rest of its line, then go on, so one missing quote does not swallow the file.
                    let end = offset;
                    while (end < length && text.charCodeAt(end) !== Char.LineFeed && text.charCodeAt(end) !== Char.CarriageReturn) end++;
                    error(offset, end);
                    offset = end;
                } else {
                    advanceLines(offset, i + 1);
                    offset = i + 1;
                    emit(tokens, this.text, start, offset, startLine, startLineStart);
                }
            } else if (c === Char.Slash && text.charCodeAt(offset + 1) === Char.Slash) {
                while (offset < length && text.charCodeAt(offset) !== Char.LineFeed && text.charCodeAt(offset) !== Char.CarriageReturn) offset++;
                emit(hidden, this.lineComment, start, offset, startLine, startLineStart);
            } else if (c === Char.Slash && text.charCodeAt(offset + 1) === Char.Star) {
                const close = text.indexOf('*/', offset + 2);
                if (close < 0) {
                    error(offset, offset + 2);
                    offset += 2;
                } else {
                    advanceLines(offset, close + 2);
                    offset = close + 2;
                    emit(hidden, this.blockComment, start, offset, startLine, startLineStart);
                }
            } else if (isAsciiNameStart(c) || (c > 127 && NAME_START.test(codePointAt(text, offset)))) {
                offset += c > 0xffff || (c >= 0xd800 && c <= 0xdbff) ? 2 : 1;
                while (offset < length) {
                    const d = text.charCodeAt(offset);
                    if (isAsciiNameChar(d)) offset++;
                    else if (d > 127) {
                        const ch = codePointAt(text, offset);
                        if (!NAME_CONTINUE.test(ch)) break;
                        offset += ch.length;
                    } else break;
                }
                const image = text.slice(start, offset);
                emit(tokens, this.keywords.get(image) ?? this.name, start, offset, startLine, startLineStart);
            } else if (c > 127 && WHITE_SPACE.test(text[offset])) {
                advanceLines(offset, offset + 1); // \u2028 and \u2029 are white space, not line breaks, as in the editor
                offset++;
            } else {
                // A run of characters that start no token is one error, as chevrotain reports it.
                // A surrogate pair is one character; a lone surrogate (pasted from a broken source) is one code unit.
                const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(offset + 1) & 0xfc00) === 0xdc00;
                let end = offset + (pair ? 2 : 1);
                while (end < length && !startsToken(text, end)) end++;
                error(offset, end);
                offset = end;
            }
        }
        return { tokens, hidden, errors, report: this.tokenBuilder.flushLexingReport?.(text) };
    }
}

function isAsciiNameStart(c: number): boolean {
    return (c >= Char.LowerA && c <= Char.LowerZ) || (c >= Char.UpperA && c <= Char.UpperZ) || c === Char.Underscore;
}

function isAsciiNameChar(c: number): boolean {
    return isAsciiNameStart(c) || (c >= Char.Digit0 && c <= Char.Digit9);
}

function codePointAt(text: string, offset: number): string {
    return String.fromCodePoint(text.codePointAt(offset) ?? 0xfffd);
}

function startsToken(text: string, offset: number): boolean {
    const c = text.charCodeAt(offset);
    if (c <= Char.Space || c === Char.Quote || c === Char.OpenBrace || c === Char.CloseBrace || isAsciiNameStart(c)) return true;
    if (c === Char.Slash) return text.charCodeAt(offset + 1) === Char.Slash || text.charCodeAt(offset + 1) === Char.Star;
    if (c > 127) {
        const ch = codePointAt(text, offset);
        return NAME_START.test(ch) || WHITE_SPACE.test(ch);
    }
    return false;
}
