#!/usr/bin/env node
// End-to-end suite: the packaged extension in a real VS Code (code-server),
// driven like a user in Chromium with playwright-core.
//
//   npm run test:e2e                      package casus.vsix, then run every step
//   node test/e2e/run-e2e.mjs --vsix F    run the steps against an existing .vsix
//
// Needs the tools of scripts/e2e/setup-tools.sh. Screenshots and, on failure,
// the editor's logs go to test-results/e2e/. Everything else it writes lives
// in one temporary folder that is removed at the end. Ends with the line
// "e2e: N passed, N failed, N skipped" and exits 1 when a step failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, runFolders, startCodeServer, toolPaths } from './code-server.mjs';
import { bundleSuite } from '../integration/bundle-suite.mjs';
import { CASE, steps } from './steps.mjs';
import { vsixProblems } from './vsix.mjs';
import { createSuiteRun } from '../editor-harness/suite-run.mjs';
import { openFile, openWorkbench, waitFor } from './workbench.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = resolve(process.env.CASUS_SHARED ?? join(ROOT, 'test/fixtures/shared'));
const RESULTS = join(ROOT, 'test-results/e2e');
const STEP_TIMEOUT = 180_000;
const RUN_TIMEOUT = 15 * 60_000;

const vsixArgument = process.argv.indexOf('--vsix');
const givenVsix = vsixArgument > 0 ? resolve(process.argv[vsixArgument + 1] ?? '') : undefined;

const suite = createSuiteRun({ name: 'e2e', resultsDir: RESULTS, stepTimeout: STEP_TIMEOUT, runTimeout: RUN_TIMEOUT, page: () => context.page });
const { results, check, screenshotPath } = suite;

/** code-server plus a Chromium window on its workbench; `close()` stops both (and may be called twice). */
async function openEditor(tools, folders, env) {
    const server = await startCodeServer(tools, folders, env);
    suite.onCleanUp(server.stop);
    const { chromium } = await import('playwright-core');
    let browser, page;
    try {
        ({ context: browser, page } = await openWorkbench(chromium, {
            executablePath: tools.chromium, profile: folders.browserProfile, url: server.url, folder: folders.workspace,
            // Chromium, too, keeps its files (~/.pki, caches) inside the run's folder.
            env: { ...process.env, HOME: folders.home, XDG_CONFIG_HOME: join(folders.xdg, 'config'), XDG_CACHE_HOME: join(folders.xdg, 'cache') },
        }));
    } catch (error) {
        await server.stop();
        throw error;
    }
    const closeBrowser = () => browser.close();
    suite.onCleanUp(closeBrowser);
    return {
        page,
        async close() {
            await closeBrowser().catch(() => undefined);
            await server.stop();
        },
    };
}

const context = {
    page: undefined,
    folders: undefined,
    expectFile: join(SHARED, 'expected/examples.expect'),
    screenshot: name => context.page.screenshot({ path: screenshotPath(name) }),
};

async function main() {
    rmSync(RESULTS, { recursive: true, force: true });
    mkdirSync(RESULTS, { recursive: true });

    const tools = toolPaths(ROOT);
    const toolsReady = await check('tools: code-server, Node 24 and Chromium are installed', async () => {
        if (tools.missing.length) throw new Error(`${tools.missing.join(', ')} not found: run scripts/e2e/setup-tools.sh first`);
        if (!existsSync(context.expectFile)) throw new Error(`${context.expectFile} not found (set CASUS_SHARED to the shared folder)`);
    });

    let vsix = givenVsix;
    await check('package: npm run package makes casus.vsix with the extension and nothing else', async () => {
        if (!vsix) {
            const build = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
            if (build.status !== 0) {
                const output = `${build.stdout}\n${build.stderr}`.trim().split('\n').filter(line => !/^npm warn/.test(line));
                throw new Error(`npm run package failed (exit ${build.status}):\n${output.slice(-15).join('\n')}`);
            }
            vsix = join(ROOT, 'casus.vsix');
        }
        const { problems, files } = vsixProblems(vsix, ROOT);
        if (problems.length) throw new Error(`${vsix}: ${problems.join('; ')}`);
        return `${files} files${givenVsix ? ` in the given ${givenVsix}` : ''}`;
    });

    const base = suite.tempFolder('casus-e2e-');
    const folders = runFolders(base);
    context.folders = folders;

    await check('install: code-server installs casus.vsix', async () => {
        cpSync(join(SHARED, 'examples'), folders.workspace, { recursive: true });
        installExtension(tools, folders, vsix);
        if (!readdirSync(folders.extensions).some(name => name.startsWith('casus.casus'))) {
            throw new Error(`casus.casus is not in ${folders.extensions} after installing`);
        }
    }, toolsReady ? ['package'] : ['tools', 'package']);

    let session;
    const editorReady = await check('editor: code-server starts and Chromium opens the workbench on a copy of the examples', async () => {
        session = await openEditor(tools, folders, { CASUS_E2E_REPORT: folders.report });
        context.page = session.page;
        await context.screenshot('workbench');
    }, ['install']);

    // CASUS_E2E_ONLY=regex runs only the matching steps (while developing a step).
    const only = process.env.CASUS_E2E_ONLY ? new RegExp(process.env.CASUS_E2E_ONLY) : undefined;
    for (const step of steps.filter(step => !only || only.test(step.name))) {
        await check(step.name, () => step.run(context), editorReady ? step.needs ?? [] : ['editor']);
    }

    await session?.close();

    // The integration suite's checks (test/integration), which @vscode/test-electron cannot run here,
    // run in a fresh code-server's extension host through the extension's test hook.
    if (!only || only.test('integration')) {
        await check('integration: the checks of test/integration pass in code-server\'s extension host', async () => {
            const suiteFolders = runFolders(join(base, 'suite'));
            cpSync(join(SHARED, 'examples'), suiteFolders.workspace, { recursive: true });
            installExtension(tools, suiteFolders, vsix);
            const suiteBundle = await bundleSuite();
            const suiteSession = await openEditor(tools, suiteFolders, {
                CASUS_E2E_REPORT: suiteFolders.report, CASUS_E2E_SUITE: suiteBundle, CASUS_EXPECT: context.expectFile,
            });
            context.page = suiteSession.page;
            try {
                await openFile(suiteSession.page, CASE); // activates the extension, whose hook then runs the suite
                const log = `${suiteFolders.report}.suite.log`;
                const text = await waitFor('the integration suite to finish', () => {
                    const written = existsSync(log) ? readFileSync(log, 'utf8') : '';
                    return written.includes('integration: done') ? written : undefined;
                }, { timeout: 150_000, explain: () => `it wrote: ${existsSync(log) ? readFileSync(log, 'utf8') : 'nothing (did the extension activate?)'}` });
                await context.screenshot('integration');
                const total = /integration: (\d+) passed, (\d+) failed/.exec(text);
                const lines = text.trim().split('\n').filter(line => !/integration: done/.test(line))
                    .map(line => line.replace(/^ {2}/, ''))
                    // Reworded so that CI's tally, which sums "NAME: N passed, N failed" lines, does not count these checks twice.
                    .map(line => line.replace(/^integration: (\d+ passed)/, 'integration suite in code-server, $1'))
                    .join('\n');
                if (!total || Number(total[2]) > 0 || Number(total[1]) === 0) throw new Error(lines);
                return lines;
            } finally {
                await suiteSession.close();
            }
        }, ['install']);
    }

    if (results.some(result => result.status === 'failed')) {
        // Keep the editor's own logs next to the screenshots for whoever reads the failure.
        try { cpSync(join(folders.userData, 'logs'), join(RESULTS, 'logs'), { recursive: true }); } catch { /* no logs yet */ }
        try { cpSync(folders.serverLog, join(RESULTS, 'logs/code-server.log')); } catch { /* no log yet */ }
    }
}

await suite.run(main, { startedLine: 'the packaged extension in code-server, driven in Chromium' });
