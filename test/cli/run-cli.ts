import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const EXAMPLES = join(ROOT, 'test/fixtures/shared/examples');
const BIN = join(ROOT, 'bin/casus.cjs');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built CLI (`npm run build` first) as a user's shell would, in `cwd`. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
    if (!existsSync(join(ROOT, 'out/cli/casus.cjs'))) {
        throw new Error('The CLI is not built: run `npm run build` before these tests.');
    }
    const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: options.cwd ?? ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', LANG: 'C', ...options.env },
        timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
