#!/usr/bin/env node
// Self-test of the VS Code for the Web suite: it must fail, and say why, when
// the web extension is broken, never pass silently. Runs test/web/run-web.mjs
// against copies of the built extension, each broken in one way:
//   - no build: the setup check fails and names `npm run build`;
//   - the browser entry as a .js file of this "type": "module" package (the
//     bug this suite found): activation fails with VS Code's own words;
//   - a language server worker that throws at start: the Problems check fails
//     with the language client's error.
//
//   node test/web/check-broken-build.mjs      (after npm run build and scripts/web/setup-web-tools.sh)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'casus-web-broken-'));

/** A copy of what the extension package holds (the top-level entries .vscodeignore re-includes). */
function copyExtension(name) {
    const copy = join(base, name);
    const included = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n')
        .filter(line => line.startsWith('!'))
        .map(line => new RegExp(`^${line.slice(1).split('/')[0].replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`));
    for (const entry of readdirSync(ROOT)) {
        if (included.some(pattern => pattern.test(entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    return copy;
}

const cases = [
    {
        name: 'no build: the setup check fails and asks for npm run build',
        prepare(copy) { rmSync(join(copy, 'out'), { recursive: true, force: true }); },
        failed: /FAIL setup:/,
        says: /run npm run build first/,
    },
    {
        name: 'a .js browser entry in a "type": "module" package: activation fails with VS Code\'s reason',
        prepare(copy) {
            const manifestPath = join(copy, 'package.json');
            const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
            cpSync(join(copy, manifest.browser), join(copy, 'out/extension/browser.js'));
            manifest.browser = './out/extension/browser.js';
            writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
        },
        failed: /FAIL activation:/,
        says: /ESM modules are not supported in the web worker extension host/,
    },
    {
        // Activation fails when the client's error comes before the worker's fetch is seen, the Problems check otherwise.
        name: 'a language server worker that throws: the run fails with the language client\'s error',
        prepare(copy) { writeFileSync(join(copy, 'out/language/worker.js'), 'throw new Error("deliberately broken language server worker");\n'); },
        failed: /FAIL (activation|problems):/,
        says: /connection to server is erroring[\s\S]*deliberately broken language server worker/,
    },
];

let passed = 0;
let failed = 0;
try {
    if (!existsSync(join(ROOT, 'out/language/worker.js'))) throw new Error('run npm run build first');
    for (const [index, testCase] of cases.entries()) {
        const copy = copyExtension(`extension-${index}`);
        testCase.prepare(copy);
        const run = spawnSync(process.execPath, [join(ROOT, 'test/web/run-web.mjs')], {
            cwd: ROOT, encoding: 'utf8', timeout: 300_000,
            env: { ...process.env, CASUS_WEB_EXTENSION: copy, CASUS_WEB_RESULTS: join(ROOT, 'test-results/web-broken', String(index)) },
        });
        const output = `${run.stdout}${run.stderr}`;
        const failedLine = /^web: \d+ passed, [1-9]\d* failed/m.test(output);
        const ok = run.status === 1 && failedLine && testCase.failed.test(output) && testCase.says.test(output);
        if (ok) passed++;
        else failed++;
        console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${testCase.name}`);
        if (!ok) {
            console.log(`         expected exit 1 (got ${run.status}), a failed count (${failedLine}), ${testCase.failed} and ${testCase.says}; the run said:`);
            // Indented so that CI's tally does not read the nested run's closing line as a suite of its own.
            console.log(output.trim().split('\n').map(line => `         | ${line}`).join('\n'));
        }
    }
} catch (error) {
    failed++;
    console.log(`web-broken: ${error instanceof Error ? error.message : String(error)}`);
} finally {
    rmSync(base, { recursive: true, force: true });
}
console.log(`web-broken: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
