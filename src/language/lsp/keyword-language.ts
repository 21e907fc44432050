import type { LangiumDocument } from 'langium';
import { isCase } from '../generated/ast.js';
import { keywordId, KEYWORD_PAIRS, type KeywordLanguage, type KeywordPair } from '../keywords.js';

/** White space and comments before the first word of a file, then `casus` or `case`. Each alternative starts differently, so this never backtracks badly. */
const LEADING_KEYWORD = /^\uFEFF?(?:\s|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/)*(casus|case)(?![\p{L}\p{M}\p{Nd}_])/u;

/**
 * The keyword language a file is written in: Dutch when it starts with
 * `casus`, English when it starts with `case`, undefined before either is
 * written. Completion and quick fixes insert keywords in this language.
 */
export function keywordLanguageOf(document: LangiumDocument): KeywordLanguage | undefined {
    const root = document.parseResult.value;
    if (isCase(root) && root.keyword) {
        return root.keyword === 'case' ? 'en' : 'nl';
    }
    const match = LEADING_KEYWORD.exec(document.textDocument.getText());
    return match ? (match[1] === 'case' ? 'en' : 'nl') : undefined;
}

/** True when a keyword spelling belongs to the given keyword language (`actor` and `expertise` belong to both). */
export function belongsTo(keyword: string, language: KeywordLanguage): boolean {
    const id = keywordId(keyword);
    if (id === undefined) return true;
    const pair: KeywordPair = KEYWORD_PAIRS[id];
    return language === 'nl' ? pair.nl === keyword : pair.en.includes(keyword);
}
