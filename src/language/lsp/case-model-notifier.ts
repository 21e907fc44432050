import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { CaseModelNotification, onNotification, sendNotification, WatchCaseModelsNotification, type CaseModelParams } from '../../protocol.js';
import { isCase } from '../generated/ast.js';
import { buildCaseModel } from '../model/build-case-model.js';

/**
 * After each build, sends the CaseModel of every watched document (one a
 * preview shows, see WatchCaseModelsNotification) to the client, which feeds
 * the preview from it: one parse per edit, no second parser in the extension.
 * A text that does not parse is announced as such (without a model), so the
 * preview keeps its last good picture. A document nobody watches costs nothing.
 */
export function registerCaseModelNotifier(shared: LangiumSharedServices, connection: Connection): void {
    let watched = new Set<string>();
    const send = (document: LangiumDocument) => {
        const uri = document.uri.toString();
        const open = shared.workspace.TextDocuments.get(uri);
        if (open && watched.has(uri)) void sendNotification(connection, CaseModelNotification, caseModelParams(document, open.version));
    };
    onNotification(connection, WatchCaseModelsNotification, params => {
        const before = watched;
        watched = new Set(params.uris);
        // A newly watched document that is already built gets its model at once.
        for (const uri of watched) {
            if (before.has(uri)) continue;
            const document = shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === uri);
            if (document && document.state >= DocumentState.Validated) send(document);
        }
    });
    // Right after the document's diagnostics (registered after the language server's own handler), not after the whole build.
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        if (watched.size > 0) send(document);
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
