import { spell, type KeywordId, type KeywordLanguage } from '../keywords.js';
import { lspMessagesFor, type LspMessages } from './lsp-messages.js';
import { escapeSnippet } from './snippet.js';

/** The keywords that start a snippet, each offered next to the bare keyword wherever that keyword is valid. */
export type SnippetKeyword = 'casus' | 'actor' | 'stakeholder' | 'wet' | 'verbinding';

export interface CompletionSnippet {
    description: string;
    /** Tab-indented; the editor re-indents a snippet to the line it is inserted on. */
    body: string;
}

export function isSnippetKeyword(id: KeywordId): id is SnippetKeyword {
    return id === 'casus' || id === 'actor' || id === 'stakeholder' || id === 'wet' || id === 'verbinding';
}

/**
 * The snippet for a keyword in the file's keyword language, described in the editor's (`messages`). `partners` are the
 * actors and stakeholders of the case, offered as a choice after `verbinding`.
 */
export function completionSnippet(id: SnippetKeyword, language: KeywordLanguage, messages: LspMessages, partners: readonly string[]): CompletionSnippet {
    const k = (keyword: KeywordId) => spell(keyword, language);
    // Placeholders become text in the file, so they follow the file's keyword language, not the editor's.
    const inFile = lspMessagesFor(language);
    const name = escapeSnippet(inFile.placeholderName());
    const description = escapeSnippet(inFile.placeholderDescription());
    switch (id) {
        case 'casus':
            return {
                description: messages.snippetCase(),
                body: `${k('casus')} "\${1:${escapeSnippet(inFile.placeholderTitle())}}" {\n`
                    + `\t${k('ik')} \${2:${name}} {\n\t\t${k('belang')} "$3"\n\t\t${k('visie')} "$4"\n\t}\n\n`
                    + `\t${k('organisatie')} {\n\t\t$0\n\t}\n\n\t${k('regels')} {\n\t}\n\n\t${k('politiek')} {\n\t}\n}`,
            };
        case 'actor':
            return {
                description: messages.snippetActor(),
                body: `${k('actor')} \${1:${name}} "\${2:${description}}" {\n\t${k('belang')} "$3"\n}`,
            };
        case 'stakeholder':
            return {
                description: messages.snippetStakeholder(),
                body: `${k('stakeholder')} \${1:${name}} "\${2:${description}}" {\n\t${k('wil')} "$3"\n}`,
            };
        case 'wet':
            return {
                description: messages.snippetLaw(),
                body: `${k('wet')} \${1:${name}} "\${2}" {\n\t${k('bepaling')} "$3"\n}`,
            };
        case 'verbinding': {
            // Names are IDs, so they contain no `,` or `|` that would break a choice.
            const partner = partners.length > 0 ? `\${1|${partners.join(',')}|}` : `\${1:${name}}`;
            return {
                description: messages.snippetLink(),
                body: `${k('verbinding')} ${partner} {\n\t${k('helpt')} "$2"\n\t${k('waarom')} "$3"\n}`,
            };
        }
    }
}
