import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type InitializeParams } from 'vscode-languageserver';
import type { CasusServices } from '../../casus-module.js';
import { isCase } from '../../generated/ast.js';
import { isDiagnosticCode } from '../../validation/diagnostic-codes.js';
import type { CasusSettings } from '../../workspace/casus-settings.js';
import { keywordLanguageOf } from '../keyword-language.js';
import { lspMessagesFor } from '../lsp-messages.js';
import { toWorkspaceEdit } from './fix-edit.js';
import { quickFixesFor, type FixContext } from './quick-fixes.js';
import { layoutOf } from './text-layout.js';

/**
 * Quick fixes for the findings the client sends along (each carries its code
 * in `code` and `data.code`). Computed only when the client asks, from the
 * document as it is; nothing here runs on a keystroke.
 */
export class CasusCodeActionProvider implements CodeActionProvider {
    private readonly settings: CasusSettings;
    /** Whether the client applies LSP 3.18 snippet text edits (VS Code does, through vscode-languageclient). */
    private snippetEdits = false;

    constructor(services: CasusServices) {
        this.settings = services.workspace.CasusSettings;
        services.shared.lsp.LanguageServer.onInitialize(params => this.initialize(params));
    }

    private initialize(params: InitializeParams): void {
        // `snippetEditSupport` is proposed in LSP 3.18 and not yet in the 3.17 capability types.
        const workspaceEdit = params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined;
        this.snippetEdits = workspaceEdit?.snippetEditSupport === true;
    }

    /** For tests and other hosts without an `initialize` request. */
    useSnippetEdits(enabled: boolean): void {
        this.snippetEdits = enabled;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<CodeAction | Command> | undefined {
        // Editors ask on every cursor move (for the light bulb): answer cheaply when there is nothing to fix.
        const only = params.context.only;
        if (params.context.diagnostics.length === 0 || (only && !only.some(kind => CodeActionKind.QuickFix.startsWith(kind)))) return undefined;
        const root = document.parseResult.value;
        if (!isCase(root)) return undefined;
        const context: FixContext = {
            document,
            root,
            layout: layoutOf(document.textDocument.getText()),
            language: keywordLanguageOf(document) ?? 'nl',
            texts: lspMessagesFor(this.settings.locale),
        };
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as { code?: unknown } | undefined;
            const code = data?.code ?? diagnostic.code;
            if (!isDiagnosticCode(code)) continue;
            for (const fix of quickFixesFor(code, diagnostic, context)) {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fix.preferred,
                    edit: toWorkspaceEdit(document, fix, this.snippetEdits),
                });
            }
        }
        return actions.length > 0 ? actions : undefined;
    }
}
