import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CaseModel } from '../../language/model/case-model.js';
import { CASE_MODEL_NOTIFICATION, type CaseModelParams } from '../../protocol.js';

export interface CaseModelState {
    /** The last model built from a text that parsed. */
    lastGood?: CaseModel;
    /** The latest text does not parse: `lastGood` is out of date. */
    stale: boolean;
}

/**
 * The models the language server announces, per document: the preview's only
 * source. Remembers the last good model so that a text that stops parsing
 * leaves the picture standing.
 */
export class CaseModelStore implements vscode.Disposable {
    private readonly states = new Map<string, CaseModelState>();
    private readonly changed = new vscode.EventEmitter<string>();
    readonly onDidChange = this.changed.event;
    private readonly subscription: vscode.Disposable;

    constructor(client: LanguageClient) {
        this.subscription = client.onNotification(CASE_MODEL_NOTIFICATION, (params: CaseModelParams) => this.accept(params));
    }

    accept(params: CaseModelParams): void {
        const previous = this.states.get(params.uri);
        this.states.set(params.uri, params.parsed && params.model
            ? { lastGood: params.model, stale: false }
            : { lastGood: previous?.lastGood, stale: true });
        this.changed.fire(params.uri);
    }

    get(uri: string): CaseModelState | undefined {
        return this.states.get(uri);
    }

    dispose(): void {
        this.subscription.dispose();
        this.changed.dispose();
    }
}
