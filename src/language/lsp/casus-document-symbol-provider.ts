import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { CasusServices } from '../casus-module.js';
import { isCase, isIk, isOrganisatie, isPolitiek, isRegels, isSpanning, isVerbinding, type NamedElement } from '../generated/ast.js';
import type { QuadrantKind } from '../i18n/messages.js';
import type { CasusSettings } from '../workspace/casus-settings.js';

/** The symbol kind of each element, chosen for a distinct icon in the outline. */
const ELEMENT_KIND: Readonly<Record<NamedElement['$type'], SymbolKind>> = {
    Ik: SymbolKind.Variable,
    Actor: SymbolKind.Class,
    Stakeholder: SymbolKind.Interface,
    Wet: SymbolKind.Module,
    Regel: SymbolKind.Constant,
};

/**
 * The outline (and breadcrumbs) in the shape of the model: the case, the ik,
 * each quadrant by its label with its members, then the connections and
 * tensions. Texts are not symbols: they would drown the names.
 */
export class CasusDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly settings: CasusSettings;

    constructor(services: CasusServices) {
        this.settings = services.workspace.CasusSettings;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isCase(root) || !root.$cstNode) return [];
        const children: DocumentSymbol[] = [];
        for (const section of root.sections) {
            if (isIk(section)) {
                pushDefined(children, element(section));
            } else if (isOrganisatie(section)) {
                pushDefined(children, this.quadrant(section, 'organisatie', section.actors.map(element)));
            } else if (isRegels(section)) {
                const members = [...section.laws, ...section.rules].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
                pushDefined(children, this.quadrant(section, 'regels', members.map(element)));
            } else if (isPolitiek(section)) {
                pushDefined(children, this.quadrant(section, 'politiek', section.stakeholders.map(element)));
            } else if (isVerbinding(section)) {
                pushDefined(children, symbol(section, `${section.keyword} ${section.partner?.$refText ?? ''}`.trim(), SymbolKind.Event, 'partner'));
            } else if (isSpanning(section)) {
                const parties = [section.first?.$refText, section.second?.$refText].filter(Boolean).join(' ↔ ');
                pushDefined(children, symbol(section, `${section.keyword} ${parties}`.trim(), SymbolKind.Operator, 'keyword'));
            }
        }
        const caseSymbol = symbol(root, root.title || root.keyword || 'casus', SymbolKind.File, 'title', root.keyword);
        if (!caseSymbol) return children;
        caseSymbol.children = children;
        return [caseSymbol];
    }

    private quadrant(section: AstNode & { keyword: string }, kind: QuadrantKind, members: Array<DocumentSymbol | undefined>): DocumentSymbol | undefined {
        const result = symbol(section, this.settings.messages.quadrantLabel(kind), SymbolKind.Namespace, 'keyword', section.keyword);
        if (result) result.children = members.filter((m): m is DocumentSymbol => m !== undefined);
        return result;
    }
}

function element(node: NamedElement): DocumentSymbol | undefined {
    return node.name ? symbol(node, node.name, ELEMENT_KIND[node.$type], 'name', node.keyword) : undefined;
}

/** A symbol for a node, selected at one of its properties; none for a node the parser could not place in the text. */
function symbol(node: AstNode, name: string, kind: SymbolKind, selection: string, detail?: string): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const selected = GrammarUtils.findNodeForProperty(cst, selection) ?? cst;
    // Clients reject empty names (VS Code throws on them). The parser's error recovery can leave references out, whatever the AST types say.
    return { name: name || '…', detail, kind, range: cst.range, selectionRange: selected.range };
}

function pushDefined(list: DocumentSymbol[], item: DocumentSymbol | undefined): void {
    if (item) list.push(item);
}
