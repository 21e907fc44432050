import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { CaseModel } from '../../language/model/case-model.js';
import { CaseModelNotification, onNotification, sendNotification, WatchCaseModelsNotification, type CaseModelParams } from '../../protocol.js';

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

    private watched: string | undefined;

    constructor(private readonly client: LanguageClient) {
        this.subscription = onNotification(client, CaseModelNotification, params => this.accept(params));
    }

    /** Tells the server which document's model the preview needs (none: `undefined`); only that one is built and sent. */
    watch(uri: string | undefined): void {
        if (uri === this.watched) return;
        this.watched = uri;
        void sendNotification(this.client, WatchCaseModelsNotification, { uris: uri ? [uri] : [] }).catch(() => { /* the server is not running (yet); it starts with nothing watched */ });
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
        this.watch(undefined);
        this.subscription.dispose();
        this.changed.dispose();
    }
}
