/**
 * Every custom message of Casus in one place: between the language server and
 * the extension (LSP notifications), and between the extension and the
 * preview's webview (postMessage). Types only, no runtime dependency, so the
 * server, the extension host and the webview script all import this file.
 */
import type { CaseModel, SourcePosition, SourceRange } from './language/model/case-model.js';

// ---- language server → extension --------------------------------------------

/** Sent by the server after each build of a document open in an editor: one parse feeds the preview. */
export const CASE_MODEL_NOTIFICATION = 'casus/caseModel';

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
export const WATCH_CASE_MODELS_NOTIFICATION = 'casus/watchCaseModels';

export interface WatchCaseModelsParams {
    uris: string[];
}

// ---- extension → webview ----------------------------------------------------------

export type HostToWebview =
    /** A new picture; `stale` marks it out of date (the text does not parse). */
    | { type: 'update'; uri: string; svg: string; stale: boolean }
    /** The text stopped or started parsing again; the picture stays. */
    | { type: 'stale'; stale: boolean }
    /** Nothing to show yet (no case, or the first parse failed). */
    | { type: 'empty'; message: string }
    /** The editor's cursor: the diagram highlights the innermost element that contains it. */
    | { type: 'highlight'; position: SourcePosition | undefined }
    /** Draw this standalone SVG onto a canvas and answer with a PNG (export without a native module). */
    | { type: 'rasterize'; requestId: number; svg: string; width: number; height: number; scale: number };

// ---- webview → extension ------------------------------------------------------------

export type WebviewToHost =
    /** The script has loaded; `width` is the room for the picture, which the host lays out to fit. */
    | { type: 'ready'; width: number }
    /** The panel changed width: the host lays the picture out again. */
    | { type: 'resize'; width: number }
    /** A click on an element: select its source text. */
    | { type: 'select'; range: SourceRange }
    | { type: 'rasterized'; requestId: number; png?: string; error?: string };

/** What the webview keeps across a window reload (the serializer hands it back). */
export interface PreviewState {
    uri: string;
    view?: { scale: number; x: number; y: number };
}

export const PREVIEW_VIEW_TYPE = 'casus.preview';
