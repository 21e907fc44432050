import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isNamedElement, isSpanning, isVerbinding, type NamedElement } from '../generated/ast.js';

/**
 * Standard token types, so every client and theme colours them without
 * configuration; picked so that the ik, actors and stakeholders get three
 * different colours in VS Code's default themes (readonly variable, class,
 * function). Keywords, texts and comments stay with the TextMate grammar.
 */
const TOKEN_TYPE: Readonly<Record<NamedElement['$type'], string>> = {
    Ik: SemanticTokenTypes.variable,
    Actor: SemanticTokenTypes.class,
    Stakeholder: SemanticTokenTypes.function,
    Wet: SemanticTokenTypes.namespace,
    Regel: SemanticTokenTypes.namespace,
};

function modifiers(element: NamedElement, declaration: boolean): string[] {
    const result = element.$type === 'Ik' ? [SemanticTokenModifiers.readonly] : [];
    return declaration ? [...result, SemanticTokenModifiers.declaration] : result;
}

/** Names coloured by what they name, at their declaration and wherever a `verbinding` or `spanning` refers to them. */
export class CasusSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isNamedElement(node)) {
            if (node.name) acceptor({ node, property: 'name', type: TOKEN_TYPE[node.$type], modifier: modifiers(node, true) });
        } else if (isVerbinding(node)) {
            // The parser's error recovery can leave a reference out altogether, whatever the AST types say.
            const target = node.partner?.ref;
            if (target) acceptor({ node, property: 'partner', type: TOKEN_TYPE[target.$type], modifier: modifiers(target, false) });
        } else if (isSpanning(node)) {
            for (const property of ['first', 'second'] as const) {
                const target = node[property]?.ref;
                if (target) acceptor({ node, property, type: TOKEN_TYPE[target.$type], modifier: modifiers(target, false) });
            }
        }
    }
}
