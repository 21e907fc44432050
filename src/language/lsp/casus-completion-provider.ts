import { AstUtils, GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type { CasusServices } from '../casus-module.js';
import { isCase, isNamedElement, isSpanning, isVerbinding, isWet } from '../generated/ast.js';
import { isEnglishOnly, keywordId, spell, type KeywordLanguage } from '../keywords.js';
import { elementKind, partiesWithInterests } from '../validation/case-elements.js';
import type { CasusSettings } from '../workspace/casus-settings.js';
import { completionSnippet, isSnippetKeyword } from './completion-snippets.js';
import { belongsTo, keywordLanguageOf } from './keyword-language.js';
import { escapeSnippet } from './snippet.js';
import { KNOWN_LAWS } from './law-catalogue.js';
import { lspMessagesFor } from './lsp-messages.js';
import { worksheetPartOf, worksheetPartOfKeyword } from './worksheet-parts.js';

/**
 * Langium's completion (keywords valid at the cursor, names for cross
 * references from CasusScopeProvider) with what Casus adds: only the keywords
 * of the file's own keyword language, snippets next to the keywords that
 * start a block, and the catalogue of common laws after `wet`.
 */
export class CasusCompletionProvider extends DefaultCompletionProvider {
    private readonly settings: CasusSettings;

    constructor(services: CasusServices) {
        super(services);
        this.settings = services.workspace.CasusSettings;
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        const language = keywordLanguageOf(context.document);
        return language === undefined || belongsTo(keyword.value, language);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        // A verbinding or spanning stands only directly in the case; typed inside a block, the parser's recovery
        // would still ask for its partner. Nothing is offered where the grammar does not allow it.
        if (isSectionReference(next) && this.braceDepthAt(context) !== 1) return;
        if (isLawName(next)) {
            this.completionForLawName(context, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override async completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): Promise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const id = keywordId(keyword.value);
        if (id === undefined) return super.completionForKeyword(context, keyword, acceptor);
        const texts = lspMessagesFor(this.settings.locale);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            // What the keyword means in the model, where Langium would only say "Keyword".
            documentation: { kind: MarkupKind.Markdown, value: `${texts.keywordMeaning(id)}\n\n**${texts.worksheet()}:** ${texts.question(worksheetPartOfKeyword(id, context.node))}` },
            sortText: '1',
        });
        if (!isSnippetKeyword(id)) return;
        const language: KeywordLanguage = keywordLanguageOf(context.document) ?? (isEnglishOnly(keyword.value) ? 'en' : 'nl');
        // `actor` is the same word in both languages: offer its snippet once, for the spelling of the file's language.
        if (spell(id, language) !== keyword.value) return;
        const snippet = completionSnippet(id, language, lspMessagesFor(this.settings.locale), this.partnerNames(context));
        acceptor(context, {
            label: keyword.value,
            labelDetails: { description: snippet.description },
            kind: CompletionItemKind.Snippet,
            detail: snippet.description,
            insertText: snippet.body,
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: '2',
        });
    }

    /**
     * A name after `verbinding` or `spanning`, described by its kind and quadrant in the editor's language.
     * After `verbinding` without a block yet, accepting the partner writes the block too: the worksheet's
     * two questions, how the partner helps and why it would want to.
     */
    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (!isNamedElement(node)) return item;
        const kind = this.settings.messages.elementKind(elementKind(node));
        const described = { ...item, detail: kind, labelDetails: { description: `${kind} · ${lspMessagesFor(this.settings.locale).quadrantOf(worksheetPartOf(node))}` } };
        if (!(isVerbinding(refInfo.container) && refInfo.property === 'partner') || blockFollows(context)) return described;
        const language = keywordLanguageOf(context.document) ?? 'nl';
        const body = `${escapeSnippet(description.name)} {\n\t${spell('helpt', language)} "$1"\n\t${spell('waarom', language)} "$2"\n}$0`;
        return { ...described, insertText: body, insertTextFormat: InsertTextFormat.Snippet, filterText: description.name };
    }

    /** How many blocks are open at the cursor: 1 directly inside the case. */
    private braceDepthAt(context: CompletionContext): number {
        let depth = 0;
        for (const token of this.lexer.tokenize(context.textDocument.getText()).tokens) {
            if (token.startOffset >= context.offset) break;
            if (token.image === '{') depth++;
            else if (token.image === '}') depth--;
        }
        return depth;
    }

    /** The second party of a `spanning` is someone else than the first. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const container = refInfo.container;
        const first = refInfo.property === 'second' && isSpanning(container) ? container.first?.$refText : undefined;
        return first ? candidates.filter(candidate => candidate.name !== first) : candidates;
    }

    /** After `wet`: a known law, inserting its name and (when the law has none yet) its official title. */
    private completionForLawName(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const messages = lspMessagesFor(this.settings.locale);
        const hasTitle = isWet(context.node) && context.node.description !== undefined;
        for (const law of KNOWN_LAWS) {
            acceptor(context, {
                label: law.name,
                labelDetails: { description: law.title },
                kind: CompletionItemKind.Constant,
                detail: messages.lawDetail(law.abbreviation),
                documentation: law.title,
                insertText: hasTitle ? law.name : `${law.name} "${law.title}"`,
                filterText: law.name,
                sortText: '0',
            });
        }
    }

    private partnerNames(context: CompletionContext): string[] {
        const root = context.document.parseResult.value;
        return isCase(root) ? [...partiesWithInterests(root)].map(p => p.name).filter(Boolean) : [];
    }
}

/** True where the grammar expects the partner of a `verbinding` or a party of a `spanning`. */
function isSectionReference(next: NextFeature): boolean {
    const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
    return GrammarAST.isCrossReference(next.feature) && (rule?.name === 'Verbinding' || rule?.name === 'Spanning');
}

/** True when a `{` already follows the cursor's word (completing the name of an existing verbinding). */
function blockFollows(context: CompletionContext): boolean {
    const after = context.textDocument.getText().slice(context.offset, context.offset + 200);
    return /^[\p{L}\p{M}\p{Nd}_]*\s*\{/u.test(after);
}

/** True where the grammar expects the name of a `wet`. */
function isLawName(next: NextFeature): boolean {
    const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
    const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
    return assignment?.feature === 'name' && rule?.name === 'Wet';
}
