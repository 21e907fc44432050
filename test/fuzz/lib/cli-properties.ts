/**
 * The built CLI on generated files: `check` (text and JSON), `format --check`,
 * `render` and `report` each finish, exit with a documented code, never print
 * a stack trace, and never change a file they only read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWellFormedXml } from './xml-well-formed.js';
import { PropertyViolation } from './properties.js';
import { repositoryRoot } from './repository-root.js';

const ROOT = repositoryRoot(import.meta.dirname);
const BIN = join(ROOT, 'bin/casus.cjs');

export function checkCliOn(texts: readonly string[], timeoutMs = 120_000): void {
    if (!existsSync(join(ROOT, 'out/cli/casus.cjs'))) throw new Error('The CLI is not built: run `npm run build` first.');
    const folder = mkdtempSync(join(tmpdir(), 'casus-fuzz-'));
    try {
        const files = texts.map((text, i) => {
            const path = join(folder, `case-${i}.casus`);
            writeFileSync(path, text);
            return path;
        });
        const bytes = files.map(file => readFileSync(file));
        const run = (args: string[], allowed: number[]) => {
            const result = spawnSync(process.execPath, [BIN, ...args], { cwd: folder, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 << 20, env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
            const command = `casus ${args.map(a => a.replace(folder, '<tmp>')).join(' ')}`;
            if (result.error) throw new PropertyViolation(`${command}: ${result.error.message}`);
            if (!allowed.includes(result.status ?? -1)) throw new PropertyViolation(`${command} exited ${result.status} (${result.signal ?? 'no signal'}):\n${result.stderr.slice(0, 2000)}`);
            if (/\n\s+at .+:\d+:\d+\)?/.test(result.stderr)) throw new PropertyViolation(`${command} printed a stack trace:\n${result.stderr.slice(0, 2000)}`);
            return result;
        };
        run(['check', folder], [0, 1]);
        const json = JSON.parse(run(['check', '--format', 'json', folder], [0, 1]).stdout) as { files: unknown[] };
        if (json.files.length !== files.length) throw new PropertyViolation(`casus check --format json listed ${json.files.length} of ${files.length} files`);
        run(['format', '--check', folder], [0, 1]);
        run(['report', folder], [0, 1]);
        for (const file of files) {
            const svg = run(['render', file], [0, 1]).stdout;
            if (svg.length > 0) checkWellFormedXml(svg);
        }
        files.forEach((file, i) => {
            if (!readFileSync(file).equals(bytes[i])) throw new PropertyViolation(`a read-only command changed ${file}`);
        });
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
