import { describe, expect, it } from 'vitest';
import { isPng, pngBytesFromDataUrl } from '../../src/extension/preview/png-data-url.js';

// A 1×1 transparent PNG, as a canvas gives it.
const ONE_PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('PNG bytes from the webview canvas data URL (no Buffer: the web host lacks it)', () => {
    it('decodes the base64 payload to the same bytes Node decodes', () => {
        const bytes = pngBytesFromDataUrl(`data:image/png;base64,${ONE_PIXEL}`);
        expect(isPng(bytes)).toBe(true);
        expect([...bytes]).toEqual([...Buffer.from(ONE_PIXEL, 'base64')]);
    });

    it('refuses what is not a PNG data URL', () => {
        expect(() => pngBytesFromDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toThrow(/PNG data URL/);
        expect(() => pngBytesFromDataUrl(`data:image/png;base64,${Buffer.from('not a png at all').toString('base64')}`)).toThrow(/not a PNG/);
    });

});
