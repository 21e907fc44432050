import type { ILexerErrorMessageProvider, IToken } from 'chevrotain';
import type { Messages } from '../i18n/messages.js';

/** Characters the lexer cannot place, explained: usually a text whose closing quote is missing. */
export class CasusLexerErrorMessages implements ILexerErrorMessageProvider {
    constructor(private readonly messages: () => Messages) { }

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const character = String.fromCodePoint(fullText.codePointAt(startOffset) ?? 0xfffd);
        if (character === '"') {
            return this.messages().unterminatedText();
        }
        return this.messages().unexpectedCharacter(visible(character));
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return this.messages().unexpectedCharacter(visible(token.image));
    }
}

/** Control and invisible characters as a code point, so the message shows what is there. */
function visible(character: string): string {
    return /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u.test(character) || character === '\ufffd'
        ? `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
        : character;
}
