import { describe, expect, it } from 'vitest';
import { createNonce, previewPage } from '../../src/extension/preview/preview-html.js';

const page = (uri = 'file:///a.casus') => previewPage({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/out/preview/webview.js',
    nonce: 'N0nce', uri, language: 'nl', texts: { stale: 'Verouderd', zoomIn: 'In', zoomOut: 'Uit', fit: 'Passend', loading: 'Laden' },
});

describe('the webview page', () => {
    it('has a strict CSP: nothing by default, the one script and stylesheet by nonce, images only from blobs and data for the export', () => {
        const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page())![1].replaceAll('&#39;', "'");
        expect(csp.split('; ')).toEqual([
            "default-src 'none'",
            'img-src https://file+.vscode-resource.vscode-cdn.net blob: data:',
            "style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-N0nce'",
            "script-src 'nonce-N0nce'",
        ]);
        expect(page()).not.toContain('unsafe-inline');
        expect(page()).not.toContain('unsafe-eval');
        expect(page().match(/<script /g)).toHaveLength(1);
        expect(page()).toContain('<script nonce="N0nce" src="https://file+.vscode-resource.vscode-cdn.net/ext/out/preview/webview.js">');
        expect(page()).toContain('<style nonce="N0nce">');
    });

    it('escapes the document URI it carries', () => {
        expect(page('file:///"><script>x</script>.casus')).toContain('data-uri="file:///&quot;&gt;&lt;script&gt;x&lt;/script&gt;.casus"');
    });

    it('makes nonces of 24 characters from the random source', () => {
        const nonce = createNonce(size => new Uint8Array(size).map((_, i) => i * 7));
        expect(nonce).toMatch(/^[A-Za-z0-9_-]{24}$/);
        expect(createNonce(size => crypto.getRandomValues(new Uint8Array(size)))).not.toBe(createNonce(size => crypto.getRandomValues(new Uint8Array(size))));
    });
});
