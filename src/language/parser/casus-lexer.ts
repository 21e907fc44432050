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
 * TokenBuilder defines; the grammar's terminals remain the specification (the
 * lexer tests check both agree). `tokenize` gives Langium's parser all tokens at
 * once; `scan` gives the direct parser one at a time.
 */
export class CasusLexer implements Lexer {
    private readonly tokenTypes: TokenTypeDictionary;
    private readonly kinds: TokenKinds;
    private readonly tokenBuilder: TokenBuilder;
    private readonly errorMessages: ILexerErrorMessageProvider;

    constructor(services: LangiumCoreServices) {
        this.tokenBuilder = services.parser.TokenBuilder;
        this.errorMessages = services.parser.LexerErrorMessageProvider;
        const tokens = this.tokenBuilder.buildTokens(services.Grammar, { caseInsensitive: false }) as TokenType[];
        this.tokenTypes = Object.fromEntries(tokens.map(t => [t.name, t]));
        const keywords = new Map<string, TokenType>();
        for (const token of tokens) {
            if (typeof token.PATTERN === 'string' && /^[\p{L}]+$/u.test(token.PATTERN)) keywords.set(token.PATTERN, token);
        }
        const required = (name: string) => {
            const token = this.tokenTypes[name];
            if (!token) throw new Error(`The Casus grammar has no token ${name}`);
            return token;
        };
        this.kinds = {
            keywords,
            name: required('ID'),
            text: required('STRING'),
            lineComment: required('SL_COMMENT'),
            blockComment: required('ML_COMMENT'),
            openBrace: required('{'),
            closeBrace: required('}'),
        };
    }

    get definition(): TokenTypeDictionary {
        return this.tokenTypes;
    }

    tokenize(text: string): LexerResult {
        const tokens: IToken[] = [];
        const hidden: IToken[] = [];
        const errors: ILexingError[] = [];
        const scanner = this.scan(text, comment => hidden.push(comment), error => errors.push(error));
        while (scanner.advance()) tokens.push(scanner.token());
        return { tokens, hidden, errors, report: this.report(text) };
    }

    /**
     * A scanner over `text` that holds one token at a time: what the direct
     * parser reads, so that a parse allocates no token objects. Comments and
     * errors go to the callbacks as the scanner passes them.
     */
    scan(text: string, onComment: (comment: IToken) => void, onError: (error: ILexingError) => void): CasusScanner {
        return new CasusScanner(text, this.kinds, onComment, (start, end, line, column) => onError({
            offset: start, length: end - start, line, column,
            message: this.errorMessages.buildUnexpectedCharactersMessage(text, start, end - start, line, column),
        }));
    }

    /** The token builder's report on the last text (Langium's lexer result carries it). */
    report(text: string): LexerResult['report'] {
        return this.tokenBuilder.flushLexingReport?.(text);
    }
}

/** The token kinds a scanner produces. */
interface TokenKinds {
    readonly keywords: ReadonlyMap<string, TokenType>;
    readonly name: TokenType;
    readonly text: TokenType;
    readonly lineComment: TokenType;
    readonly blockComment: TokenType;
    readonly openBrace: TokenType;
    readonly closeBrace: TokenType;
}

/**
 * One token after another in one object: chevrotain's IToken fields (1-based
 * lines and columns, inclusive end) of the current token, overwritten by each
 * `advance`. Such an object can be handed to Langium's CstNodeBuilder as the
 * token, so that a parse makes no token objects.
 */
export abstract class TokenCursor implements IToken {
    image = '';
    startOffset = 0;
    endOffset = 0;
    startLine = 1;
    endLine = 1;
    startColumn = 1;
    endColumn = 1;
    tokenTypeIdx = 0;
    abstract tokenType: TokenType;

    /** Moves to the next token; false at the end. */
    abstract advance(): boolean;
}

/** One linear pass over a text, a token at a time. */
export class CasusScanner extends TokenCursor {
    tokenType: TokenType;

    private offset = 0;
    private line = 1;
    private lineStart = 0; // offset of the first character of the current line

    constructor(
        private readonly text: string,
        private readonly kinds: TokenKinds,
        private readonly onComment: (comment: IToken) => void,
        private readonly onError: (start: number, end: number, line: number, column: number) => void,
    ) {
        super();
        this.tokenType = kinds.name;
    }

    /** The current token as a token object of its own. */
    token(): IToken {
        return createTokenInstance(this.tokenType, this.image, this.startOffset, this.endOffset, this.startLine, this.endLine, this.startColumn, this.endColumn);
    }

    /** Moves to the next token (passing comments and errors on the way); false at the end of the text. */
    advance(): boolean {
        const { text, kinds } = this;
        const length = text.length;
        while (this.offset < length) {
            const offset = this.offset;
            const c = text.charCodeAt(offset);
            const startLine = this.line, startLineStart = this.lineStart;
            if (c === Char.Space || c === Char.Tab || c === Char.VerticalTab || c === Char.FormFeed) {
                this.offset++;
            } else if (c === Char.LineFeed || c === Char.CarriageReturn) {
                this.advanceLines(offset, offset + 1);
                this.offset++;
            } else if (c === Char.OpenBrace || c === Char.CloseBrace) {
                this.offset++;
                return this.produce(c === Char.OpenBrace ? kinds.openBrace : kinds.closeBrace, c === Char.OpenBrace ? '{' : '}', offset, startLine, startLineStart);
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
                    this.error(offset, end);
                    this.offset = end;
                } else {
                    this.advanceLines(offset, i + 1);
                    this.offset = i + 1;
                    return this.produce(kinds.text, text.slice(offset, i + 1), offset, startLine, startLineStart);
                }
            } else if (c === Char.Slash && text.charCodeAt(offset + 1) === Char.Slash) {
                let end = offset;
                while (end < length && text.charCodeAt(end) !== Char.LineFeed && text.charCodeAt(end) !== Char.CarriageReturn) end++;
                this.offset = end;
                this.comment(kinds.lineComment, offset, startLine, startLineStart);
            } else if (c === Char.Slash && text.charCodeAt(offset + 1) === Char.Star) {
                const close = text.indexOf('*/', offset + 2);
                if (close < 0) {
                    this.error(offset, offset + 2);
                    this.offset = offset + 2;
                } else {
                    this.advanceLines(offset, close + 2);
                    this.offset = close + 2;
                    this.comment(kinds.blockComment, offset, startLine, startLineStart);
                }
            } else if (isAsciiNameStart(c) || (c > 127 && NAME_START.test(codePointAt(text, offset)))) {
                let end = offset + (c > 0xffff || (c >= 0xd800 && c <= 0xdbff) ? 2 : 1);
                while (end < length) {
                    const d = text.charCodeAt(end);
                    if (isAsciiNameChar(d)) end++;
                    else if (d > 127) {
                        const ch = codePointAt(text, end);
                        if (!NAME_CONTINUE.test(ch)) break;
                        end += ch.length;
                    } else break;
                }
                this.offset = end;
                const image = text.slice(offset, end);
                return this.produce(kinds.keywords.get(image) ?? kinds.name, image, offset, startLine, startLineStart);
            } else if (c > 127 && WHITE_SPACE.test(text[offset])) {
                this.advanceLines(offset, offset + 1); // \u2028 and \u2029 are white space, not line breaks, as in the editor
                this.offset++;
            } else {
                // A run of characters that start no token is one error, as chevrotain reports it.
                // A surrogate pair is one character; a lone surrogate (pasted from a broken source) is one code unit.
                const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(offset + 1) & 0xfc00) === 0xdc00;
                let end = offset + (pair ? 2 : 1);
                while (end < length && !startsToken(text, end)) end++;
                this.error(offset, end);
                this.offset = end;
            }
        }
        return false;
    }

    /** Makes `start..this.offset` the current token. */
    private produce(type: TokenType, image: string, start: number, startLine: number, startLineStart: number): true {
        const end = this.offset;
        this.tokenType = type;
        this.tokenTypeIdx = type.tokenTypeIdx ?? 0;
        this.image = image;
        this.startOffset = start;
        this.endOffset = end - 1;
        this.startLine = startLine;
        this.endLine = this.line;
        this.startColumn = start - startLineStart + 1;
        this.endColumn = end - 1 - this.lineStart + 1;
        return true;
    }

    private comment(type: TokenType, start: number, startLine: number, startLineStart: number): void {
        const end = this.offset;
        this.onComment(createTokenInstance(type, this.text.slice(start, end), start, end - 1, startLine, this.line, start - startLineStart + 1, end - 1 - this.lineStart + 1));
    }

    private error(start: number, end: number): void {
        this.onError(start, end, this.line, start - this.lineStart + 1);
    }

    /** Advances over `from..to`, counting line breaks (\n, \r\n, \r). */
    private advanceLines(from: number, to: number): void {
        const text = this.text;
        for (let i = from; i < to; i++) {
            const c = text.charCodeAt(i);
            if (c === Char.LineFeed || (c === Char.CarriageReturn && text.charCodeAt(i + 1) !== Char.LineFeed)) {
                this.line++;
                this.lineStart = i + 1;
            }
        }
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
