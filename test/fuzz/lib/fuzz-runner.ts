/**
 * Sends fuzz inputs to the worker thread (out/fuzz/worker.cjs) and waits at
 * most a fixed budget for each: a check that does not answer in time is a
 * hang, reported with its input; the worker is then replaced. The budget is a
 * generous hang detector, not a speed requirement.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FuzzInput } from './arbitraries.js';
import type { WorkerReply } from './fuzz-protocol.js';
import type { CheckStats } from './properties.js';
import { repositoryRoot } from './repository-root.js';

export type FuzzOutcome =
    | { ok: true; stats: CheckStats }
    | { ok: false; kind: 'property' | 'crash' | 'hang'; error: string };

export const WORKER_BUNDLE = join(repositoryRoot(import.meta.dirname), 'out/fuzz/worker.cjs');

export class FuzzRunner {
    private worker: Worker | undefined;
    private nextId = 0;

    constructor(private readonly budgetMs: number, private readonly bundle = WORKER_BUNDLE) {
        if (!existsSync(bundle)) throw new Error(`The fuzz worker is not built: run \`node scripts/fuzz/bundle-fuzz.mjs\` (${bundle}).`);
    }

    run(input: FuzzInput): Promise<FuzzOutcome> {
        const worker = this.worker ??= new Worker(this.bundle);
        const id = this.nextId++;
        return new Promise(resolve => {
            const finish = (outcome: FuzzOutcome) => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                resolve(outcome);
            };
            const onMessage = (reply: WorkerReply) => {
                if (reply.id !== id) return;
                finish(reply.ok ? { ok: true, stats: reply.stats } : { ok: false, kind: reply.kind, error: reply.error });
            };
            const onError = (error: Error) => {
                this.worker = undefined;
                finish({ ok: false, kind: 'crash', error: `the worker died: ${error.stack ?? error.message}` });
            };
            const timer = setTimeout(() => {
                this.worker = undefined;
                void worker.terminate();
                finish({ ok: false, kind: 'hang', error: `no answer within ${this.budgetMs} ms` });
            }, this.budgetMs);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.postMessage({ id, text: input.text, offsets: input.offsets });
        });
    }

    async close(): Promise<void> {
        await this.worker?.terminate();
        this.worker = undefined;
    }
}

/** An input in a form that can be pasted into a regression test (every odd character escaped). */
export function describeInput(input: FuzzInput): string {
    const text = input.text.length > 4000 ? `${input.text.slice(0, 2000)}…[${input.text.length} characters]…${input.text.slice(-1000)}` : input.text;
    return `${JSON.stringify(text).replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)} at offsets ${JSON.stringify(input.offsets)}`;
}
