/**
 * The globals that Node, browsers and web workers all have, and so the only
 * ones the language core, the renderer and the protocol may use (their
 * tsconfig has no DOM and no Node types). Anything else belongs in an entry
 * point of one environment.
 */
/* eslint-disable no-var -- `var`, not `const`: a global declared with var is also a property of globalThis, as these are. */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function queueMicrotask(callback: () => void): void;
declare function atob(data: string): string;
declare function btoa(data: string): string;

declare var console: {
    log(...data: unknown[]): void;
    info(...data: unknown[]): void;
    warn(...data: unknown[]): void;
    error(...data: unknown[]): void;
};

declare var performance: { now(): number };

declare class TextEncoder {
    encode(input?: string): Uint8Array;
}

declare class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare var crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };
