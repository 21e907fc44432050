import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Messages } from '../i18n/messages.js';
import { keywordId, spell, type KeywordId, type KeywordLanguage } from '../keywords.js';

/** Which block a grammar rule is, as the analyst knows it: the keyword that opens it. */
const BLOCK_OF_RULE: Readonly<Record<string, KeywordId>> = {
    Case: 'casus', Ik: 'ik', Organisatie: 'organisatie', Actor: 'actor', Regels: 'regels', Wet: 'wet',
    Politiek: 'politiek', Stakeholder: 'stakeholder', Verbinding: 'verbinding', Spanning: 'spanning',
};

/** Which of a rule's names is expected, for "Expected a name here (...)". */
const NAME_CONTEXT: Readonly<Record<string, { nl: string; en: string }>> = {
    Verbinding: { nl: 'van een actor of stakeholder', en: 'of an actor or stakeholder' },
    Spanning: { nl: 'van de ik, een actor of een stakeholder', en: 'of the ik, an actor or a stakeholder' },
};

const MAX_SHOWN = 40;

/**
 * Parser errors in words a policy analyst understands ("Hier verwachtte ik een
 * '}' om het blok 'organisatie' af te sluiten"), not token names. Reads the
 * locale on every message, so a locale set after the parser was built holds.
 */
export class CasusSyntaxErrorMessages implements IParserErrorMessageProvider {
    constructor(private readonly current: () => { messages: Messages; language: KeywordLanguage }) { }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { messages } = this.current();
        const rule = ruleOf(options.ruleName);
        return this.expectation(options.expected.name, rule) + this.found(options.actual, messages);
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.current().messages.textAfterCase(shown(options.firstRedundant.image));
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter((t): t is TokenType => !!t);
        return this.oneOf(firsts, ruleOf(options.ruleName), options.actual[0], options.previous);
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter((t): t is TokenType => !!t);
        return this.oneOf(firsts, ruleOf(options.ruleName), options.actual[0], options.previous);
    }

    private oneOf(expected: TokenType[], rule: string, actual: IToken | undefined, previous: IToken | undefined): string {
        const { messages } = this.current();
        if (rule === 'Case' && (!previous || previous.tokenType?.name === 'EOF' || isNaN(previous.startOffset))) {
            return messages.notACase();
        }
        const options = [...new Set(expected.map(t => this.display(t.name, rule)))];
        const expectation = options.length === 1 ? this.expectation(expected[0].name, rule) : messages.expectedOneOf(options);
        return expectation + this.found(actual, messages);
    }

    private expectation(tokenName: string, rule: string): string {
        const { messages, language } = this.current();
        const block = BLOCK_OF_RULE[rule];
        switch (tokenName) {
            case '}': return block ? messages.expectedToClose(spell(block, language)) : messages.expectedKeyword('}');
            case '{': return block ? messages.expectedToOpen(spell(block, language)) : messages.expectedKeyword('{');
            case 'ID': return messages.expectedName(NAME_CONTEXT[rule]?.[language]);
            case 'STRING': return messages.expectedText();
            default: return messages.expectedKeyword(this.display(tokenName, rule));
        }
    }

    /** A token as the analyst would write it: a keyword in the message's language, "naam"/"tekst" for names and texts. */
    private display(tokenName: string, _rule: string): string {
        const { language } = this.current();
        if (tokenName === 'ID') return language === 'nl' ? 'naam' : 'name';
        if (tokenName === 'STRING') return language === 'nl' ? '"tekst"' : '"text"';
        const id = keywordId(tokenName);
        return id ? spell(id, language) : tokenName;
    }

    private found(actual: IToken | undefined, messages: Messages): string {
        if (!actual || actual.tokenType?.name === 'EOF' || isNaN(actual.startOffset)) {
            return messages.foundEndOfFile();
        }
        return messages.found(shown(actual.image));
    }
}

/** Langium marks rule names with a zero-width space. */
function ruleOf(ruleName: string): string {
    return ruleName.replace(/\u200B/g, '');
}

function shown(image: string): string {
    const oneLine = image.replace(/\s+/g, ' ');
    return oneLine.length > MAX_SHOWN ? oneLine.slice(0, MAX_SHOWN - 1) + '…' : oneLine;
}
