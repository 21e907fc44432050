// The life of one editor-suite run (code-server e2e, VS Code for the Web):
// named checks, cleanups that run last-first exactly once, one temporary
// folder for everything the run writes, a deadline, signals, and the closing
// line "NAME: N passed, N failed, N skipped" that CI's tally reads. A run cut
// short (signal, deadline, crash) counts one more failure.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createChecks } from './checks.mjs';

/**
 * @param {{ name: string, resultsDir: string, stepTimeout: number, runTimeout: number, page: () => import('playwright-core').Page | undefined }} options
 */
export function createSuiteRun({ name, resultsDir, stepTimeout, runTimeout, page }) {
    let stopping = false;
    const cleanups = [];
    const checks = createChecks({ resultsDir, stepTimeout, page, stopping: () => stopping });
    const { results } = checks;

    let cleaning;
    /** Runs the cleanups, last registered first; concurrent callers (a signal during the run's own cleanup) share one pass. */
    function cleanUp() {
        cleaning ??= (async () => {
            while (cleanups.length) {
                try { await cleanups.pop()(); } catch (error) { console.error(`  cleanup: ${error instanceof Error ? error.message : error}`); }
            }
            cleaning = undefined;
        })();
        return cleaning;
    }

    const count = status => results.filter(result => result.status === status).length;
    function closingLine(extraFailed = 0) {
        console.log(`${name}: ${count('passed')} passed, ${count('failed') + extraFailed} failed, ${count('skipped')} skipped`);
    }

    return {
        ...checks,
        stopping: () => stopping,
        /** Registers a cleanup (run last-first at the end, on a signal and at the deadline). */
        onCleanUp(cleanup) { cleanups.push(cleanup); },
        cleanUp,
        /** A fresh temporary folder with `subfolders` made inside it, removed at clean-up. */
        tempFolder(prefix, subfolders = []) {
            const base = mkdtempSync(join(tmpdir(), prefix));
            cleanups.push(() => rmSync(base, { recursive: true, force: true }));
            for (const folder of subfolders) mkdirSync(join(base, folder), { recursive: true });
            return base;
        },
        /** Runs `main` (which returns nothing) with the deadline and signals in place, then exits with the closing line. */
        async run(main, { startedLine } = {}) {
            const started = Date.now();
            for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
                process.once(signal, () => {
                    stopping = true;
                    console.log(`${name}: stopped by ${signal}`);
                    void cleanUp().finally(() => { closingLine(1); process.exit(130); });
                });
            }
            const deadline = setTimeout(() => {
                stopping = true;
                console.log(`${name}: the whole run took longer than ${runTimeout / 60_000} minutes; stopping`);
                void cleanUp().finally(() => { closingLine(1); process.exit(1); });
            }, runTimeout);
            deadline.unref();
            if (startedLine) console.log(`${name}: ${startedLine}`);
            try {
                await main();
            } catch (error) {
                console.error(`${name}: ${error instanceof Error ? error.stack : error}`);
                await cleanUp();
                closingLine(1);
                process.exit(1);
            }
            await cleanUp();
            console.log(`${name}: finished in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${relative(process.cwd(), resultsDir) || resultsDir}/`);
            closingLine();
            process.exit(count('failed') === 0 ? 0 : 1);
        },
    };
}

/** A free TCP port on the loopback address (the editors' servers listen on 127.0.0.1 only). */
export async function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
