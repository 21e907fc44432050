/**
 * The keywords of Casus: each Dutch keyword with its English aliases. The
 * grammar is the source of truth for parsing; this table is what the
 * user-facing parts (syntax messages, completion, hover) need to know about
 * the two keyword languages. A test checks that it matches the grammar.
 */
export interface KeywordPair {
    nl: string;
    en: readonly string[];
}

export const KEYWORD_PAIRS = {
    casus: { nl: 'casus', en: ['case'] },
    ik: { nl: 'ik', en: ['me'] },
    belang: { nl: 'belang', en: ['interest'] },
    doel: { nl: 'doel', en: ['goal'] },
    visie: { nl: 'visie', en: ['vision'] },
    organisatie: { nl: 'organisatie', en: ['organisation', 'organization'] },
    omvang: { nl: 'omvang', en: ['size'] },
    groot: { nl: 'groot', en: ['large'] },
    middel: { nl: 'middel', en: ['medium'] },
    klein: { nl: 'klein', en: ['small'] },
    expertise: { nl: 'expertise', en: ['expertise'] },
    actor: { nl: 'actor', en: ['actor'] },
    waarde: { nl: 'waarde', en: ['value'] },
    regels: { nl: 'regels', en: ['rules'] },
    wet: { nl: 'wet', en: ['law'] },
    bepaling: { nl: 'bepaling', en: ['provision'] },
    regel: { nl: 'regel', en: ['rule'] },
    politiek: { nl: 'politiek', en: ['politics'] },
    stakeholder: { nl: 'stakeholder', en: ['stakeholder'] },
    wil: { nl: 'wil', en: ['wants'] },
    verbinding: { nl: 'verbinding', en: ['link'] },
    helpt: { nl: 'helpt', en: ['helps'] },
    waarom: { nl: 'waarom', en: ['why'] },
    spanning: { nl: 'spanning', en: ['tension'] },
} as const satisfies Record<string, KeywordPair>;

export type KeywordId = keyof typeof KEYWORD_PAIRS;

const idByKeyword = new Map<string, KeywordId>();
for (const [id, pair] of Object.entries(KEYWORD_PAIRS) as Array<[KeywordId, KeywordPair]>) {
    idByKeyword.set(pair.nl, id);
    for (const alias of pair.en) idByKeyword.set(alias, id);
}

/** The keyword's id (its Dutch form) for any of its spellings, e.g. `law` → `wet`. */
export function keywordId(keyword: string): KeywordId | undefined {
    return idByKeyword.get(keyword);
}

export type KeywordLanguage = 'nl' | 'en';

/** The spelling of a keyword in one keyword language (the first English alias for `en`). */
export function spell(id: KeywordId, language: KeywordLanguage): string {
    const pair: KeywordPair = KEYWORD_PAIRS[id];
    return language === 'nl' ? pair.nl : pair.en[0];
}

/** True for the English spelling of a keyword whose Dutch form differs (`law`, not `actor`). */
export function isEnglishOnly(keyword: string): boolean {
    const id = keywordId(keyword);
    return id !== undefined && KEYWORD_PAIRS[id].nl !== keyword;
}
