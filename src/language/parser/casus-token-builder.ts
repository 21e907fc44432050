import { DefaultTokenBuilder, GrammarUtils, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * Langium decides whether a keyword may also start a longer name (so that
 * `wetgeving` is one name, not `wet` + `geving`) by a partial match of the
 * terminal's regex source. Casus' `ID` is a Unicode regex, which chevrotain
 * only runs as a custom pattern function, so that match finds nothing; test
 * the keyword against the terminal's real RegExp instead.
 */
export class CasusTokenBuilder extends DefaultTokenBuilder {
    private readonly unicodeTerminals = new Map<TokenType, RegExp>();

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const regex = GrammarUtils.terminalRegex(terminal);
        if (regex.unicode) {
            this.unicodeTerminals.set(token, new RegExp(`^(?:${regex.source})$`, 'u'));
        }
        return token;
    }

    /**
     * A keyword's longer alternatives (the terminals that may also match it, so
     * that `wetgeving` is one name) are found when read: only chevrotain's lexer
     * reads them, and finding them matches every keyword against every
     * terminal's regex, a good part of building the tokens when a process starts.
     */
    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const pattern = this.buildKeywordPattern(keyword, caseInsensitive);
        const token: TokenType = { name: keyword.value, PATTERN: pattern };
        if (typeof pattern === 'function') token.LINE_BREAKS = true;
        let longerAlternatives: TokenType[] | undefined;
        Object.defineProperty(token, 'LONGER_ALT', {
            enumerable: true,
            get: () => longerAlternatives ??= this.findLongerAlt(keyword, terminalTokens),
        });
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const longerAlts = super.findLongerAlt(keyword, terminalTokens);
        for (const token of terminalTokens) {
            if (!longerAlts.includes(token) && this.unicodeTerminals.get(token)?.test(keyword.value)) {
                longerAlts.push(token);
            }
        }
        return longerAlts;
    }
}
