import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, launchChromium } from './browser.js';

/**
 * The language server as VS Code for the Web runs it: the bundled worker
 * (out/language/worker.js) in a real browser's Web Worker, spoken to with
 * LSP messages over postMessage. No Node APIs are available there.
 */
describe('the web-worker language server in Chromium', () => {
    let server: Server;
    let browser: Browser;
    let origin: string;

    beforeAll(async () => {
        const worker = readFileSync(join(ROOT, 'out/language/worker.js'));
        server = createServer((request, response) => {
            if (request.url === '/worker.js') {
                response.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
            } else {
                response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>worker</title>');
            }
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        browser = await launchChromium();
    });

    afterAll(async () => {
        await browser?.close();
        await new Promise(resolve => server?.close(resolve));
    });

    test('answers initialize and publishes the specified findings of an example', async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', error => errors.push(error.message));
        await page.goto(`${origin}/`);
        const text = readFileSync(join(ROOT, 'test/fixtures/shared/examples/proeftuin-populatiemanagement.casus'), 'utf8');
        const result = await page.evaluate(async (caseText: string) => {
            const worker = new Worker('/worker.js');
            const failures: string[] = [];
            worker.onerror = event => failures.push(String(event.message));
            const messages: Array<{ id?: number; method?: string; params?: { uri: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }; result?: { capabilities: Record<string, unknown> } }> = [];
            worker.onmessage = event => messages.push(event.data);
            const waitFor = async <T>(find: () => T | undefined): Promise<T> => {
                for (let i = 0; i < 300; i++) {
                    const found = find();
                    if (found !== undefined) return found;
                    await new Promise(resolve => setTimeout(resolve, 50));
                }
                throw new Error(`timed out; failures: ${failures.join('; ')}; messages: ${JSON.stringify(messages).slice(0, 500)}`);
            };
            worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, locale: 'nl' } });
            const initialized = await waitFor(() => messages.find(m => m.id === 1));
            worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
            const uri = 'memfs:/cases/proeftuin.casus';
            worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'casus', version: 1, text: caseText } } });
            const published = await waitFor(() => messages.find(m => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri));
            worker.terminate();
            return {
                capabilities: Object.keys(initialized.result?.capabilities ?? {}),
                findings: published.params!.diagnostics.map(d => `${d.range.start.line + 1} ${d.code}`),
                failures,
            };
        }, text);
        expect(errors).toEqual([]);
        expect(result.failures).toEqual([]);
        expect(result.capabilities).toEqual(expect.arrayContaining(['completionProvider', 'hoverProvider', 'documentFormattingProvider', 'codeActionProvider']));
        expect(result.findings).toEqual(['6 missing-vision', '7 assumed-we', '11 unstated-interest', '15 we-as-actor', '16 assumed-we', '25 unstated-interest', '32 vertical-argument', '35 link-without-why']);
        await page.close();
    });
});
