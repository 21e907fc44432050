#!/usr/bin/env node
// Self-test of the e2e suite: it must fail, and say why, when the build is
// broken. Packages a copy of the extension whose language server throws at
// start-up, runs the suite's activation step against it and checks that the
// run fails with a message about the language server.
//
//   node test/e2e/check-broken-build.mjs      (after npm run package)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'casus-broken-'));
let ok = false;
try {
    if (!existsSync(join(ROOT, 'out/language/main.cjs'))) throw new Error('run npm run package first');
    // Copy what the package holds: the top-level entries that .vscodeignore re-includes with "!".
    const copy = join(base, 'extension');
    const included = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n')
        .filter(line => line.startsWith('!'))
        .map(line => new RegExp(`^${line.slice(1).split('/')[0].replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`));
    for (const entry of readdirSync(ROOT)) {
        if (entry === '.vscodeignore' || included.some(pattern => pattern.test(entry))) {
            cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
        }
    }
    writeFileSync(join(copy, 'out/language/main.cjs'), 'throw new Error("deliberately broken language server");\n');
    const vsix = join(base, 'broken.vsix');
    const vsce = spawnSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
        { cwd: copy, encoding: 'utf8' });
    if (vsce.status !== 0) throw new Error(`vsce failed: ${vsce.stderr}`);

    const run = spawnSync(process.execPath, [join(ROOT, 'test/e2e/run-e2e.mjs'), '--vsix', vsix],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CASUS_E2E_ONLY: '^activation' } });
    const output = `${run.stdout}${run.stderr}`;
    console.log(output.trim().split('\n').map(line => `  | ${line}`).join('\n'));
    const failedLine = /^e2e: \d+ passed, [1-9]\d* failed/m.test(output);
    const saysWhy = /language server/i.test(output) && /deliberately broken language server/.test(output);
    ok = run.status === 1 && failedLine && saysWhy;
    if (!ok) {
        console.log(`check-broken-build: expected exit 1 (got ${run.status}), a failed count (${failedLine}) and the server's error in the message (${saysWhy})`);
    }
} catch (error) {
    console.log(`check-broken-build: ${error instanceof Error ? error.message : String(error)}`);
} finally {
    rmSync(base, { recursive: true, force: true });
}
console.log(`check-broken-build: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
