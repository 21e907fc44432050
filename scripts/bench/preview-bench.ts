import { performance } from 'node:perf_hooks';
import { CaseModelNotification, onNotification, sendNotification, WatchCaseModelsNotification, type CaseModelParams } from '../../src/protocol.js';
import { renderCaseSvg } from '../../src/diagram/render-svg.js';
import { generateCase } from '../../test/helpers/generate-case.js';
import type { LspTestClient } from '../../test/server/lsp-client.js';

interface Stats { median: number; min: number; max: number; runs: number }

/**
 * Keystroke → updated preview: from sending an edit to the language server
 * until the case model for that version has arrived and been rendered to SVG
 * (what the extension does before handing the picture to the webview).
 */
export interface PreviewStats { total: Stats; arrival: Stats; render: Stats }

export async function measurePreviewUpdate(client: LspTestClient, size: number, runs: number): Promise<PreviewStats | undefined> {
    const uri = `file:///bench/preview-${size}.casus`;
    const { text } = generateCase(size, 7);
    const lines = text.split('\n');
    const line = lines.findIndex(l => l.includes('belang "'));
    const at = { line, character: lines[line].indexOf('belang "') + 'belang "'.length };
    const waiting = new Map<number, (params: CaseModelParams) => void>();
    onNotification(client.connection, CaseModelNotification, (params: CaseModelParams) => {
        if (params.uri === uri && params.version !== undefined) waiting.get(params.version)?.(params);
    });
    const arrival = (version: number) => new Promise<CaseModelParams>((resolve, reject) => {
        waiting.set(version, resolve);
        setTimeout(() => reject(new Error(`no case model for version ${version}`)), 30_000);
    });

    let version = 1;
    await sendNotification(client.connection, WatchCaseModelsNotification, { uris: [uri] }); // as an open preview does
    const first = arrival(version);
    client.open(uri, text, version);
    try {
        await first;
    } catch {
        return undefined; // this server build does not send models
    }
    const totals: number[] = [], arrivals: number[] = [], renders: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
        const start = performance.now();
        const next = arrival(++version);
        client.edit(uri, version, { start: at, end: at }, 'x');
        const params = await next;
        const arrived = performance.now();
        if (params.model) renderCaseSvg(params.model);
        const done = performance.now();
        if (i >= 5) {
            totals.push(done - start);
            arrivals.push(arrived - start);
            renders.push(done - arrived);
        }
    }
    return { total: stats(totals), arrival: stats(arrivals), render: stats(renders) };
}

function stats(samples: number[]): Stats {
    const sorted = [...samples].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}
