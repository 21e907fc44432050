import { CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CasusServices } from '../casus-module.js';
import { namedKindOf } from '../element-kinds.js';
import { isNamedElement, type NamedElement } from '../generated/ast.js';
import { keywordId, KEYWORD_PAIRS, type KeywordPair } from '../keywords.js';
import { elementKind, statesInterest } from '../validation/case-elements.js';
import type { CasusSettings } from '../workspace/casus-settings.js';
import { lspMessagesFor, type LspMessages } from './lsp-messages.js';
import { escapeMarkdown } from './markdown.js';
import { worksheetPartOf } from './worksheet-parts.js';

/**
 * Hover in the words of the model: on a keyword, what it means and which
 * question of the worksheet it answers; on a name (declared or referenced),
 * the element's kind, quadrant, interests and the findings on it.
 */
export class CasusHoverProvider extends AstNodeHoverProvider {
    private readonly settings: CasusSettings;

    constructor(services: CasusServices) {
        super(services);
        this.settings = services.workspace.CasusSettings;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.offset + leaf.length <= offset || leaf.offset > offset) return undefined;
        const value = GrammarAST.isKeyword(leaf.grammarSource)
            ? this.keywordHover(leaf)
            : this.elementHover(document, this.references.findDeclarations(leaf)[0]);
        return value === undefined ? undefined : { contents: { kind: 'markdown', value }, range: leaf.range };
    }

    /** Not used: every hover is built in `getHoverContent`. */
    protected getAstNodeHoverContent(): undefined {
        return undefined;
    }

    private keywordHover(leaf: CstNode): string | undefined {
        const id = keywordId(leaf.text);
        if (id === undefined) return undefined;
        const texts = lspMessagesFor(this.settings.locale);
        const pair: KeywordPair = KEYWORD_PAIRS[id];
        const others = [pair.nl, ...pair.en].filter((s, i, all) => s !== leaf.text && all.indexOf(s) === i);
        const lines = [`**${leaf.text}** — ${texts.keywordMeaning(id)}`];
        if (others.length > 0) lines.push(texts.alsoWritten(others));
        lines.push(`**${texts.worksheet()}:** ${texts.question(worksheetPartOf(leaf.astNode))}`);
        return lines.join('\n\n');
    }

    private elementHover(document: LangiumDocument, target: AstNode | undefined): string | undefined {
        if (!isNamedElement(target) || !target.name) return undefined;
        const texts = lspMessagesFor(this.settings.locale);
        const messages = this.settings.messages;
        const lines = [`**${messages.elementKind(elementKind(target))} ${target.name}** — ${texts.quadrantOf(worksheetPartOf(target))}`];
        if (target.description) lines.push(escapeMarkdown(target.description));
        lines.push(...contentsOf(target, texts));
        const findings = findingsOn(document, target);
        if (findings.length > 0) {
            lines.push(`**${texts.findings()}**\n${findings.map(f => `- \`${f.code}\` ${escapeMarkdown(f.message)}`).join('\n')}`);
        }
        return lines.join('\n\n');
    }
}

function listOf(title: string, items: ReadonlyArray<{ text?: string }>): string[] {
    // A text the parser could not read is left out (typed as present, it is undefined after error recovery).
    const texts = items.map(i => i.text).filter((t): t is string => typeof t === 'string');
    return texts.length === 0 ? [] : [`**${title}**\n${texts.map(t => `- ${escapeMarkdown(t)}`).join('\n')}`];
}

/** The element's texts, titled, from its kind's row; "no interest stated yet" by the same test as `unstated-interest`. */
function contentsOf(element: NamedElement, texts: LspMessages): string[] {
    const kind = namedKindOf(element);
    const parts = kind.texts.flatMap(list => listOf(texts[list.title](), list.of(element)));
    return statesInterest(element) ? parts : [texts.noInterestStated(), ...parts];
}

/** The findings of the last validation that lie on the element's own text. */
function findingsOn(document: LangiumDocument, element: NamedElement): Array<{ code: string; message: string }> {
    const cst = element.$cstNode;
    if (!cst) return [];
    const start = cst.offset;
    const end = cst.end;
    const result: Array<{ code: string; message: string }> = [];
    for (const diagnostic of document.diagnostics ?? []) {
        const at = document.textDocument.offsetAt(diagnostic.range.start);
        if (at >= start && at < end) result.push({ code: String(diagnostic.code ?? ''), message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value });
    }
    return result;
}
