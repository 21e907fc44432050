#!/usr/bin/env node
// Integration suite with @vscode/test-electron, the ecosystem's standard: a
// downloaded VS Code runs the extension from this folder
// (extensionDevelopmentPath) on a copy of the examples and runs
// suite/checks.ts in its extension host.
//
//   npm run test:integration
//
// Where VS Code cannot be downloaded (no network to its update server) the
// suite cannot start: it then says so in one line and counts its checks as
// skipped, never as passed. With CASUS_INTEGRATION_REQUIRED=1 (set it in
// GitHub Actions) that is a failure instead.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle-suite.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = resolve(process.env.CASUS_SHARED ?? join(ROOT, 'test/fixtures/shared'));
/** The number of checks in suite/checks.ts (one `name:` each), to count them as skipped when they cannot run. */
const CHECK_COUNT = readFileSync(join(ROOT, 'test/integration/suite/checks.ts'), 'utf8').match(/^ {8}name: /gm)?.length ?? 0;
const required = process.env.CASUS_INTEGRATION_REQUIRED === '1';

/** Says that a download starts, and nothing else (the default spinner clutters CI logs). */
const quietReporter = {
    report(report) {
        if (report.stage === 'resolvingCDNLocation') console.log(`integration: downloading VS Code from ${report.url}`);
    },
    error() { /* the caught error is reported below */ },
};

async function main() {
    let vscodeExecutable;
    try {
        vscodeExecutable = await downloadAndUnzipVSCode({
            cachePath: join(ROOT, '.vscode-test'),
            version: process.env.CASUS_VSCODE_VERSION ?? 'stable',
            reporter: quietReporter,
        });
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        console.log(`integration: VS Code cannot be downloaded here (${reason}), so the @vscode/test-electron suite did not run`);
        console.log(`integration: 0 passed, ${required ? 1 : 0} failed, ${CHECK_COUNT} skipped`);
        return required ? 1 : 0;
    }

    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
        console.log('integration: npm run build failed');
        console.log(`integration: 0 passed, 1 failed, ${CHECK_COUNT} skipped`);
        return 1;
    }
    const suite = await bundleSuite();

    const base = mkdtempSync(join(tmpdir(), 'casus-integration-'));
    try {
        const workspace = join(base, 'workspace');
        cpSync(join(SHARED, 'examples'), workspace, { recursive: true });
        await runTests({
            vscodeExecutablePath: vscodeExecutable,
            extensionDevelopmentPath: ROOT,
            extensionTestsPath: suite,
            extensionTestsEnv: { CASUS_EXPECT: join(SHARED, 'expected/examples.expect') },
            launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
                '--user-data-dir', join(base, 'user'), '--extensions-dir', join(base, 'extensions')],
        });
        return 0; // the suite printed its own "integration: N passed, N failed" line
    } catch (error) {
        console.log(`integration: the suite failed (${error instanceof Error ? error.message : String(error)})`);
        return 1;
    } finally {
        rmSync(base, { recursive: true, force: true });
    }
}

process.exit(await main());
