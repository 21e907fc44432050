import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EXAMPLES, runCli } from './run-cli.js';

// Node 22 and later cache compiled code themselves (module.enableCompileCache); bin/casus.cjs keeps its own cache only on Node 20.
const ownCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const example = join(EXAMPLES, 'en-example.casus');

describe.skipIf(!ownCache)('the CLI\'s code cache (Node 20)', () => {
    let cache: string;
    const caches = () => readdirSync(join(cache, 'casus')).sort();
    const run = (args: string[]) => runCli(args, { env: { XDG_CACHE_HOME: cache } });

    beforeEach(() => { cache = mkdtempSync(join(tmpdir(), 'casus-cache-')); });
    afterEach(() => rmSync(cache, { recursive: true, force: true }));

    test('one cache per command, so that `--version` first does not leave `check` uncached', () => {
        expect(run(['--version']).status).toBe(0);
        expect(caches()).toEqual([expect.stringMatching(/^cli-other-v\d+.*\.v8$/)]);
        const first = run(['check', example]);
        expect(caches()).toEqual([expect.stringMatching(/^cli-check-/), expect.stringMatching(/^cli-other-/)]);
        // A run that reads the cache gives the same answer as the one that wrote it.
        const second = run(['check', example]);
        expect(second).toEqual(first);
        expect(first.status).toBe(0);
    });

    test('caches of other builds and of earlier versions are removed; a damaged cache is replaced', () => {
        const folder = join(cache, 'casus');
        run(['check', example]);
        const [current] = caches();
        writeFileSync(join(folder, current), 'not a V8 code cache');
        writeFileSync(join(folder, 'cli-check-v20.0.0-x64-1-1.v8'), 'an older build');
        writeFileSync(join(folder, 'cli-v20.0.0-x64-1-1.v8'), 'Casus 0.1, one cache for every command');
        writeFileSync(join(folder, 'cli-render-v20.0.0-x64-1-1.v8'), 'another command: left alone');
        writeFileSync(join(folder, 'notes.txt'), 'not ours');
        expect(run(['check', example]).status).toBe(0);
        expect(caches()).toEqual([current, 'cli-render-v20.0.0-x64-1-1.v8', 'notes.txt']);
        expect(statSync(join(folder, current)).size, 'the damaged cache was written anew').toBeGreaterThan(10_000);
        expect(run(['check', example]).stdout).toMatch(/1 file checked/);
    });
});
