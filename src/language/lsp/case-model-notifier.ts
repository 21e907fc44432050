import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { CASE_MODEL_NOTIFICATION, type CaseModelParams } from '../../protocol.js';
import { isCase } from '../generated/ast.js';
import { buildCaseModel } from '../model/build-case-model.js';

/**
 * After each build, sends the CaseModel of every document open in an editor
 * to the client, which feeds the preview from it: one parse per edit, no
 * second parser in the extension. A text that does not parse is announced as
 * such (without a model), so the preview keeps its last good picture.
 */
export function registerCaseModelNotifier(shared: LangiumSharedServices, connection: Connection): void {
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        for (const document of documents) {
            const open = shared.workspace.TextDocuments.get(document.uri.toString());
            if (!open) continue;
            void connection.sendNotification(CASE_MODEL_NOTIFICATION, caseModelParams(document, open.version));
        }
    });
}

export function caseModelParams(document: LangiumDocument, version: number | undefined): CaseModelParams {
    const { value, lexerErrors, parserErrors } = document.parseResult;
    const parsed = lexerErrors.length === 0 && parserErrors.length === 0 && isCase(value);
    return {
        uri: document.uri.toString(),
        version,
        parsed,
        model: parsed && isCase(value) ? buildCaseModel(value, document.diagnostics ?? []) : undefined,
    };
}
