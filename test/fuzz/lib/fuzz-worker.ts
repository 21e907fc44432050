/**
 * Runs the fuzz properties in a worker thread, so that the thread that
 * generates inputs can stop a hung check and report the input that hung.
 * Bundled to out/fuzz/worker.cjs by scripts/fuzz/bundle-fuzz.mjs.
 */
import '../../../src/language/polyfills.js';
import { parentPort } from 'node:worker_threads';
import { checkInput, createFuzzServices, PropertyViolation } from './properties.js';
import type { WorkerReply, WorkerRequest } from './fuzz-protocol.js';

// Fresh services now and then: a long run must not measure a slowly growing index.
let services = createFuzzServices();
let checked = 0;

parentPort!.on('message', async (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
        if (++checked % 500 === 0) services = createFuzzServices();
        const stats = await checkInput(services, request.text, request.offsets);
        reply = { id: request.id, ok: true, stats };
    } catch (error) {
        const violation = error instanceof PropertyViolation;
        reply = {
            id: request.id, ok: false, kind: violation ? 'property' : 'crash',
            error: error instanceof Error ? (violation ? error.message : error.stack ?? error.message) : String(error),
        };
    }
    parentPort!.postMessage(reply);
});
