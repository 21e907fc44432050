import { escapeXml } from '../../diagram/escape.js';
import { previewStyle } from '../../diagram/preview-style.js';

export interface PreviewPageTexts {
    stale: string;
    zoomIn: string;
    zoomOut: string;
    fit: string;
    loading: string;
}

export interface PreviewPageOptions {
    /** `webview.cspSource`: the only origin scripts may come from besides the nonce. */
    cspSource: string;
    /** `webview.asWebviewUri(out/preview/webview.js)`. */
    scriptUri: string;
    nonce: string;
    uri: string;
    language: 'nl' | 'en';
    texts: PreviewPageTexts;
}

/**
 * The webview's page: a strict Content Security Policy (nothing remote, the
 * one script and the one stylesheet by nonce, images only from blobs for the
 * PNG export), an empty viewport the script fills with the picture, a small
 * toolbar and the "out of date" badge. Pure, so tests load it in a browser.
 */
export function previewPage(options: PreviewPageOptions): string {
    const { cspSource, nonce, texts } = options;
    const csp = [
        "default-src 'none'",
        `img-src ${cspSource} blob: data:`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeXml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${escapeXml(nonce)}">
${previewStyle({ standalone: false })}
</style>
</head>
<body data-uri="${escapeXml(options.uri)}">
<div id="stale" role="status">${escapeXml(texts.stale)}</div>
<div id="toolbar" role="toolbar">
<button type="button" data-action="zoom-out" title="${escapeXml(texts.zoomOut)}" aria-label="${escapeXml(texts.zoomOut)}">−</button>
<button type="button" data-action="fit" title="${escapeXml(texts.fit)}" aria-label="${escapeXml(texts.fit)}">⤢</button>
<button type="button" data-action="zoom-in" title="${escapeXml(texts.zoomIn)}" aria-label="${escapeXml(texts.zoomIn)}">+</button>
</div>
<div id="viewport"></div>
<div id="empty">${escapeXml(texts.loading)}</div>
<script nonce="${escapeXml(nonce)}" src="${escapeXml(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** 24 random characters (144 bits) for the CSP nonce. */
export function createNonce(random: (size: number) => Uint8Array): string {
    return Array.from(random(24), byte => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[byte % 64]).join('');
}
