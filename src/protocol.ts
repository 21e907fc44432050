/**
 * Every custom message of Casus in one place: between the language server and
 * the extension (LSP notifications, each declared once with its method name
 * and parameter type and sent or received only through `sendNotification` /
 * `onNotification` below), and between the extension and the preview's
 * webview (postMessage, each message naming the document it is about). No
 * runtime dependency, so the server, the extension host and the webview
 * script all import this file.
 */
import type { CaseModel, SourcePosition, SourceRange } from './language/model/case-model.js';

/** A notification: its method name, and its parameter type carried along for the compiler. */
export interface NotificationSignature<P> {
    readonly method: string;
    /** Never set: only there so that `P` is part of the type. */
    readonly params?: P;
}

function notification<P>(method: string): NotificationSignature<P> {
    return { method };
}

/** What both ends of an LSP connection can do with a notification (the server's Connection, the LanguageClient). */
export interface NotificationEndpoint<D> {
    // `any`: the LSP libraries declare the untyped overload so; the typed wrappers below are what checks the parameters.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    sendNotification(method: string, params?: any): unknown;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    onNotification(method: string, handler: (...params: any[]) => void): D;
}

export function sendNotification<P>(endpoint: NotificationEndpoint<unknown>, type: NotificationSignature<P>, params: P): Promise<void> {
    return Promise.resolve(endpoint.sendNotification(type.method, params)).then(() => undefined);
}

/** Subscribes to a notification; returns what the endpoint returns (a Disposable). */
export function onNotification<P, D>(endpoint: NotificationEndpoint<D>, type: NotificationSignature<P>, handler: (params: P) => void): D {
    return endpoint.onNotification(type.method, handler);
}

// ---- language server → extension --------------------------------------------

/** Sent by the server after each build of a document open in an editor: one parse feeds the preview. */
export const CaseModelNotification = notification<CaseModelParams>('casus/caseModel');

export interface CaseModelParams {
    uri: string;
    /** The editor's version of the text this model was built from. */
    version: number | undefined;
    /** False while the text does not parse: the preview then keeps its last good picture, marked stale. */
    parsed: boolean;
    /** Present when `parsed`. */
    model?: CaseModel;
}

// ---- extension → language server ------------------------------------------

/**
 * The documents whose case models the extension wants: those a preview shows.
 * Replaces the previous set. Building and sending a model costs time on every
 * keystroke, so the server does it only for these.
 */
export const WatchCaseModelsNotification = notification<WatchCaseModelsParams>('casus/watchCaseModels');

export interface WatchCaseModelsParams {
    uris: string[];
}

// ---- extension → webview ----------------------------------------------------------
// Every message names the document (`uri`) it is about: the panel follows the
// active editor, so a message may cross one about another case on its way.

export type HostToWebview = { uri: string } & (
    /** A new picture; `stale` marks it out of date (the text does not parse). */
    | { type: 'update'; svg: string; stale: boolean }
    /** The text stopped or started parsing again; the picture stays. */
    | { type: 'stale'; stale: boolean }
    /** Nothing to show yet (no case, or the first parse failed). */
    | { type: 'empty'; message: string }
    /** The editor's cursor: the diagram highlights the innermost element that contains it. */
    | { type: 'highlight'; position: SourcePosition | undefined }
    /** Draw this standalone SVG onto a canvas and answer with a PNG (export without a native module). */
    | { type: 'rasterize'; requestId: number; svg: string; width: number; height: number; scale: number });

// ---- webview → extension ------------------------------------------------------------
// `uri` is the document whose picture the webview shows; the host drops a
// click on the picture of a case it no longer shows.

export type WebviewToHost = { uri: string } & (
    /** The script has loaded; `width` is the room for the picture, which the host lays out to fit. */
    | { type: 'ready'; width: number }
    /** The panel changed width: the host lays the picture out again. */
    | { type: 'resize'; width: number }
    /** A click on an element: select its source text. */
    | { type: 'select'; range: SourceRange }
    | { type: 'rasterized'; requestId: number; png?: string; error?: string });

/** A message before its sender stamps it with the document it is about. */
export type Unaddressed<M> = M extends unknown ? Omit<M, 'uri'> : never;

/** What the webview keeps across a window reload (the serializer hands it back). */
export interface PreviewState {
    uri: string;
    view?: { scale: number; x: number; y: number };
}

export const PREVIEW_VIEW_TYPE = 'casus.preview';
