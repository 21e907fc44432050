import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES } from '../cli/run-cli.js';
import { validate } from '../helpers/validate.js';
import { LspTestClient } from '../server/lsp-client.js';

/**
 * The built language server in a long editing session: 10,000 random edits
 * on one open document, sent in batches the way a fast typist's editor sends
 * them, with hover, completion and formatting requests in between, most of
 * them cancelled while stale ($/cancelRequest). The server must keep
 * answering, end with the diagnostics a fresh parse of the final text gives,
 * and not keep growing in memory (its RSS from /proc, with generous slack).
 */
const URI = 'file:///long-session/case.casus';
const EDITS = 10_000;
const BATCH = 50;
let client: LspTestClient;

beforeAll(async () => {
    client = await LspTestClient.start('en');
});
afterAll(async () => {
    await client?.stop();
});

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'))!;
    return Number(/(\d+)/.exec(line)![1]) / 1024;
}

type Position = { line: number; character: number };

/** LSP position of an offset (this session only writes \n line breaks). */
function positionAt(text: string, offset: number): Position {
    let line = 0, lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, character: offset - lineStart };
}

const SNIPPETS = ['a', 'e', ' ', '\n', '"', '{', '}', 'wij', ' belang "Minder wachttijd"', '\n    actor Nieuw { belang "b" }', 'verbinding ', 'spanning Ik Wijkteam "t"', '// c\n', '/*', '*/', 'ë', '\u202e', '\\'];

interface Edit { start: number; end: number; text: string }

/** A seeded stream of edits: mostly typing and deleting, sometimes pasting or cutting a block; the text stays around its size. */
function editsFor(initial: string): Edit[] {
    const random = fc.sample(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat(99), fc.nat(SNIPPETS.length - 1), fc.integer({ min: 1, max: 12 })), { numRuns: EDITS, seed: 424242 });
    let text = initial;
    return random.map(([where, kind, snippet, length]) => {
        const at = Math.floor(where * (text.length + 1));
        let edit: Edit;
        if (kind < 45 || text.length < 200) edit = { start: at, end: at, text: SNIPPETS[snippet] };
        else if (kind < 90 || text.length > 3 * initial.length) edit = { start: at, end: Math.min(text.length, at + length), text: '' };
        else if (kind < 95) edit = { start: at, end: at, text: text.slice(at, at + 300) }; // paste a copied block
        else edit = { start: at, end: Math.min(text.length, at + 200), text: SNIPPETS[snippet] }; // select and overtype
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
        return edit;
    });
}

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`;

describe('the language server in a long editing session', () => {
    test(`${EDITS} edits with requests and cancellations: always answering, diagnostics of a fresh parse at the end, memory bounded`, async () => {
        const initial = readFileSync(join(EXAMPLES, 'schulden-en-school.casus'), 'utf8').replace(/\r\n?/g, '\n');
        client.open(URI, initial);
        await client.diagnosticsFor(URI);
        const pid = client.pid!;
        const edits = editsFor(initial);
        let text = initial;
        let version = 1;
        let answered = 0, cancelled = 0;
        let rssAfterWarmUp = 0;
        const pending: Array<Promise<unknown>> = [];

        for (let i = 0; i < edits.length; i++) {
            const edit = edits[i];
            client.edit(URI, ++version, { start: positionAt(text, edit.start), end: positionAt(text, edit.end) }, edit.text);
            text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
            if ((i + 1) % BATCH !== 0) continue;

            // Requests at the cursor, as an editor sends them while typing; two of three go stale and are cancelled.
            const position = positionAt(text, Math.min(edit.start + edit.text.length, text.length));
            const params = { textDocument: { uri: URI }, position };
            const requests = [
                ['textDocument/hover', params], ['textDocument/completion', params],
                ['textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } }],
            ] as const;
            requests.forEach(([method, requestParams], r) => {
                const source = new CancellationTokenSource();
                const promise = client.connection.sendRequest(method, requestParams, source.token);
                if (((i + 1) / BATCH + r) % 3 !== 0) {
                    source.cancel();
                    cancelled++;
                    pending.push(promise.catch(() => undefined)); // a cancelled request may answer or fail: it must settle
                } else {
                    pending.push(promise.then(() => { answered++; }));
                }
            });
            // Every tenth batch: wait for everything in flight, so a server that stopped answering fails here, not at the end.
            if ((i + 1) % (BATCH * 10) === 0) {
                await withTimeout(Promise.all(pending.splice(0)), 60_000, `requests after edit ${i + 1}`);
                if (i + 1 === 1_000) rssAfterWarmUp = rssMb(pid);
            }
        }
        await withTimeout(Promise.all(pending.splice(0)), 60_000, 'the last requests');

        const expected = (await validate(text)).map(key);
        const final = await client.diagnosticsFor(URI, d => d.map(key).join('\n') === expected.join('\n'), 60_000).catch(error => {
            throw new Error(`the server's final diagnostics differ from a fresh parse of the final text (${text.length} characters): ${(error as Error).message.slice(0, 3000)}\nexpected: ${expected.slice(0, 20).join('\n')}`);
        });
        expect(final.map(key)).toEqual(expected);

        // Still answering after it all.
        const hover = await withTimeout(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 2 } }), 20_000, 'a last hover');
        expect(hover === null || typeof hover === 'object').toBe(true);

        const rssAtEnd = rssMb(pid);
        console.log(`long session: ${EDITS} edits, ${answered} requests answered, ${cancelled} cancelled; server RSS ${rssAfterWarmUp.toFixed(0)} MB after 1,000 edits, ${rssAtEnd.toFixed(0)} MB after ${EDITS}; final text ${text.length} characters, ${expected.length} diagnostics`);
        expect(answered).toBeGreaterThan(EDITS / BATCH / 2);
        // Generous: garbage collection comes when it comes; a leak per edit would grow by far more.
        expect(rssAtEnd).toBeLessThan(rssAfterWarmUp * 1.5 + 100);
    }, 240_000);
});

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
        return await Promise.race([promise, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer for ${what} within ${ms} ms: the server stopped answering`)), ms); })]);
    } finally {
        clearTimeout(timer);
    }
}
