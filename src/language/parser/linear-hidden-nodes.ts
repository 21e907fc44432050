import { createLangiumParser, type CstNodeBuilder, type LangiumCoreServices, type LangiumParser } from 'langium';

/**
 * Langium's parser (4.4) calls `CstNodeBuilder.addHiddenNodes` before every
 * token, also when there are no comments to add, and for the first token of a
 * new element that call looks the element up among its siblings (`indexOf`).
 * A section with n members thus parses in O(n²): a pasted megabyte of
 * `actor A` took over ten seconds per keystroke. With no tokens the call
 * changes nothing (it inserts an empty list), so it is skipped.
 */
export function createLinearLangiumParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    // `nodeBuilder` is private in Langium's typings; the instance is the one the parser uses for every rule.
    const builder = (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder.addHiddenNodes.bind(builder);
    builder.addHiddenNodes = tokens => {
        if (tokens.length > 0) addHiddenNodes(tokens);
    };
    return parser;
}
