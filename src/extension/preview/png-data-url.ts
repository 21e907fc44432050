/**
 * The bytes of a `data:image/png;base64,…` URL, as the webview's canvas gives
 * them. `atob` rather than Node's `Buffer`: the extension runs in VS Code for
 * the Web too, whose extension host has no `Buffer`.
 */
export function pngBytesFromDataUrl(dataUrl: string): Uint8Array {
    const match = /^data:image\/png;base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl);
    if (!match) throw new Error('the webview did not answer with a PNG data URL');
    const binary = atob(match[1]);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    if (!isPng(bytes)) throw new Error('the webview answered with bytes that are not a PNG');
    return bytes;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
    return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}
