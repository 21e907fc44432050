import * as vscode from 'vscode';
import { rasterScale, svgSize } from '../../diagram/raster-scale.js';
import { renderCaseSvg } from '../../diagram/render-svg.js';
import type { HostToWebview, PreviewState, Unaddressed, WebviewToHost } from '../../protocol.js';
import type { CaseModelStore } from './case-model-store.js';
import { createNonce, previewPage } from './preview-html.js';
import { pngBytesFromDataUrl } from './png-data-url.js';

/**
 * One preview panel: shows the picture of one case at a time, switching when
 * the manager points it at another. Renders in the extension host with the
 * one renderer; the webview only displays, pans, and reports clicks.
 */
export class CasePreview implements vscode.Disposable {
    private uri: vscode.Uri;
    private ready = false;
    /** The panel's width: the live picture is laid out for it (the export keeps the default width, like the CLI). */
    private layoutWidth: number | undefined;
    private cursor: { line: number; character: number } | undefined;
    private disposed = false;
    private queue: HostToWebview[] = [];
    private readonly disposables: vscode.Disposable[] = [];
    private readonly rasterRequests = new Map<number, (result: { png?: string; error?: string }) => void>();
    private nextRequest = 1;
    private readonly closed = new vscode.EventEmitter<void>();
    readonly onDidClose = this.closed.event;

    constructor(readonly panel: vscode.WebviewPanel, uri: vscode.Uri, private readonly extensionUri: vscode.Uri, private readonly models: CaseModelStore) {
        this.uri = uri;
        panel.webview.options = { enableScripts: true, localResourceRoots: previewResourceRoots(extensionUri) };
        panel.iconPath = {
            light: vscode.Uri.joinPath(extensionUri, 'media', 'preview-light.svg'),
            dark: vscode.Uri.joinPath(extensionUri, 'media', 'preview-dark.svg'),
        };
        panel.webview.html = this.page();
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: WebviewToHost) => this.receive(message)),
            models.onDidChange(changed => { if (changed === this.uri.toString()) this.refresh(); }),
            panel.onDidDispose(() => this.dispose()),
        );
        models.watch(uri.toString());
        this.refresh();
    }

    get resource(): vscode.Uri {
        return this.uri;
    }

    show(uri: vscode.Uri): void {
        if (uri.toString() === this.uri.toString()) return;
        this.uri = uri;
        this.cursor = undefined;
        this.models.watch(uri.toString());
        this.refresh();
    }

    /** The current picture, or the reason there is none. */
    refresh(): void {
        this.panel.title = vscode.l10n.t('Preview {0}', basename(this.uri));
        const state = this.models.get(this.uri.toString());
        if (!state?.lastGood) {
            this.post({ type: 'empty', message: state?.stale ? vscode.l10n.t('The case does not parse yet; the diagram appears as soon as it does.') : vscode.l10n.t('Loading the diagram…') });
            // A document the server has not seen (e.g. after a window reload) is opened, so that the server builds it.
            if (!state) void vscode.workspace.openTextDocument(this.uri).then(undefined, () => undefined);
            return;
        }
        this.post({ type: 'update', svg: renderCaseSvg(state.lastGood, { width: this.layoutWidth }), stale: state.stale });
    }

    highlight(position: vscode.Position | undefined): void {
        this.cursor = position && { line: position.line, character: position.character };
        this.post({ type: 'highlight', position: this.cursor });
    }

    /** The standalone picture (concrete colours after the current theme), for export. */
    standaloneSvg(): string | undefined {
        const model = this.models.get(this.uri.toString())?.lastGood;
        const kind = vscode.window.activeColorTheme.kind;
        const dark = kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast;
        return model && renderCaseSvg(model, { theme: dark ? 'dark' : 'light' });
    }

    /** PNG bytes drawn by the webview's canvas: no native module in the extension. */
    rasterize(svg: string): Promise<Uint8Array> {
        const { width, height } = svgSize(svg);
        const requestId = this.nextRequest++;
        return new Promise((resolve, reject) => {
            this.rasterRequests.set(requestId, result => {
                try {
                    if (!result.png) throw new Error(result.error ?? 'no picture');
                    resolve(pngBytesFromDataUrl(result.png));
                } catch (error) {
                    reject(error instanceof Error ? error : new Error(String(error)));
                }
            });
            this.post({ type: 'rasterize', requestId, svg, width, height, scale: rasterScale(width, height) });
        });
    }

    private receive(message: WebviewToHost): void {
        // A click on the picture of a case this panel no longer shows must not select text in the one it shows now.
        if (message.type === 'select' && message.uri !== this.uri.toString()) return;
        switch (message.type) {
            case 'resize':
                this.layoutWidth = message.width;
                this.refresh();
                return;
            case 'ready':
                // Also after the webview was hidden and reloaded (no retained context): draw the current state afresh.
                this.ready = true;
                this.layoutWidth = message.width;
                for (const queued of this.queue.splice(0).filter(m => m.type === 'rasterize')) void this.panel.webview.postMessage(queued);
                this.refresh();
                if (this.cursor) this.post({ type: 'highlight', position: this.cursor });
                return;
            case 'select':
                void this.reveal(new vscode.Range(message.range.start.line, message.range.start.character, message.range.end.line, message.range.end.character));
                return;
            case 'rasterized':
                this.rasterRequests.get(message.requestId)?.(message);
                this.rasterRequests.delete(message.requestId);
                return;
        }
    }

    /** Selects the clicked element's source in the editor that shows it (or opens one beside the preview). */
    private async reveal(range: vscode.Range): Promise<void> {
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
        const document = visible?.document ?? await vscode.workspace.openTextDocument(this.uri);
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
            preserveFocus: false,
        });
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    /** Messages wait until the script has loaded, keeping only the newest picture. */
    private post(unaddressed: Unaddressed<HostToWebview>): void {
        const message = { ...unaddressed, uri: this.uri.toString() } as HostToWebview;
        if (this.ready) {
            void this.panel.webview.postMessage(message);
            return;
        }
        if (message.type === 'update' || message.type === 'empty') this.queue = this.queue.filter(m => m.type !== 'update' && m.type !== 'empty');
        this.queue.push(message);
    }

    private page(): string {
        const webview = this.panel.webview;
        const model = this.models.get(this.uri.toString())?.lastGood;
        return previewPage({
            cspSource: webview.cspSource,
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'out', 'preview', 'webview.js')).toString(),
            nonce: createNonce(size => globalThis.crypto.getRandomValues(new Uint8Array(size))), // Web Crypto: in Node's extension host and in the browser
            uri: this.uri.toString(),
            language: model?.keywordLanguage ?? (vscode.env.language.startsWith('nl') ? 'nl' : 'en'),
            texts: {
                stale: vscode.l10n.t('Out of date: the text does not parse'),
                zoomIn: vscode.l10n.t('Zoom in'),
                zoomOut: vscode.l10n.t('Zoom out'),
                fit: vscode.l10n.t('Fit to window'),
                loading: vscode.l10n.t('Loading the diagram…'),
            },
        });
    }

    state(): PreviewState {
        return { uri: this.uri.toString() };
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.models.watch(undefined);
        for (const resolve of this.rasterRequests.values()) resolve({ error: 'closed' });
        this.rasterRequests.clear();
        for (const d of this.disposables.splice(0)) d.dispose();
        this.panel.dispose();
        this.closed.fire();
        this.closed.dispose();
    }
}

/** The only files the preview's webview may load: the extension's own preview script and media. */
export function previewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
    return [vscode.Uri.joinPath(extensionUri, 'out', 'preview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

function basename(uri: vscode.Uri): string {
    return uri.path.split('/').pop() ?? uri.path;
}
