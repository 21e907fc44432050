import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';

/**
 * The CLI under bad input, every command: each problem gets a clear message
 * and the documented exit code (2 for a path that cannot be read), and the
 * other files are still processed. The CLI runs as a child process; its own
 * 60 s timeout (run-cli.ts) is the hang detector.
 *
 * These tests run as root in CI, where file modes do not stop reading; a
 * named pipe (FIFO) is what cannot be read there (reading one would wait for a
 * writer forever), and a folder named `x.casus` is what is not a file.
 */
const GOOD = 'casus "Goed" {\n  ik A {\n    belang "b"\n    visie "v"\n  }\n}\n';
const MESSY = 'casus "Rommelig" {\nik A { belang "b" visie "v" }\n}\n';
let work: string;

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'casus-bad-input-'));
    writeFileSync(join(work, 'good.casus'), GOOD);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fresh(name: string): string {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    return dir;
}

const json = (stdout: string) => JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> };
const COMMANDS: string[][] = [['check'], ['format', '--check'], ['format'], ['report']];

describe('paths that are not there or not cases', () => {
    test.each(COMMANDS)('%s: a missing path is named, exit 2, the other file still processed', (...command) => {
        const dir = fresh(`missing-${command.join('-')}`);
        writeFileSync(join(dir, 'messy.casus'), MESSY);
        const run = runCli([...command, 'nope.casus', 'messy.casus'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('cannot read nope.casus: no such file or folder');
        expect(run.stdout + run.stderr).toContain('messy.casus');
        expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

    test('render: a missing path, exit 2 with the reason, in Dutch too', () => {
        expect(runCli(['render', 'nope.casus'], { cwd: work })).toMatchObject({ status: 2, stdout: '' });
        expect(runCli(['render', '--lang', 'nl', 'nope.casus'], { cwd: work }).stderr).toContain('kan nope.casus niet lezen: bestand of map bestaat niet');
    });

    test.each(COMMANDS)('%s: a folder without cases says so', (...command) => {
        const dir = fresh(`empty-${command.join('-')}`);
        mkdirSync(join(dir, 'nothing/deeper'), { recursive: true });
        writeFileSync(join(dir, 'nothing/notes.txt'), 'geen casus');
        const run = runCli([...command, 'nothing'], { cwd: dir });
        expect(run.stderr).toContain('no .casus files found in nothing');
        expect([0, 1, 2]).toContain(run.status);
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });
});

describe('what cannot be read', () => {
    test.each([...COMMANDS, ['render']])('%s: a named pipe given as a path is refused at once, not waited on (it used to hang)', (...command) => {
        const dir = fresh(`fifo-${command.join('-')}`);
        expect(spawnSync('mkfifo', [join(dir, 'pipe.casus')]).status).toBe(0);
        writeFileSync(join(dir, 'messy.casus'), MESSY);
        const args = command[0] === 'render' ? ['render', 'pipe.casus'] : [...command, 'pipe.casus', 'messy.casus'];
        const run = runCli(args, { cwd: dir });
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr).toContain('cannot read pipe.casus: not a regular file');
        if (command[0] !== 'render') expect(run.stdout + run.stderr).toContain('messy.casus');
    });

    test('in a folder, a pipe and a folder named x.casus are not cases; the real case beside them is checked', () => {
        const dir = fresh('odd-entries');
        mkdirSync(join(dir, 'cases/x.casus'), { recursive: true });
        writeFileSync(join(dir, 'cases/x.casus/inside.casus'), GOOD);
        expect(spawnSync('mkfifo', [join(dir, 'cases/pipe.casus')]).status).toBe(0);
        writeFileSync(join(dir, 'cases/real.casus'), GOOD);
        const run = runCli(['check', '--format', 'json', 'cases'], { cwd: dir });
        expect(run.status).toBe(0);
        expect(json(run.stdout).files.map(f => f.file)).toEqual(['cases/real.casus', 'cases/x.casus/inside.casus']);
        // Named directly, a folder called x.casus is searched like any folder.
        expect(json(runCli(['check', '--format', 'json', 'cases/x.casus'], { cwd: dir }).stdout).files.map(f => f.file)).toEqual(['cases/x.casus/inside.casus']);
    });

    test('a symbolic link loop in a folder ends; every case is checked once', () => {
        const dir = fresh('loop');
        mkdirSync(join(dir, 'cases/sub'), { recursive: true });
        writeFileSync(join(dir, 'cases/sub/a.casus'), GOOD);
        symlinkSync('..', join(dir, 'cases/sub/up'));
        symlinkSync(join(dir, 'cases'), join(dir, 'cases/again'));
        symlinkSync('self.casus', join(dir, 'cases/self.casus')); // a file link to itself
        const run = runCli(['check', '--format', 'json', 'cases'], { cwd: dir });
        expect(run.status).toBe(0);
        expect(json(run.stdout).files.map(f => f.file)).toEqual(['cases/sub/a.casus']);
        const direct = runCli(['check', 'cases/self.casus', 'cases/sub/a.casus'], { cwd: dir });
        expect(direct.status).toBe(2);
        expect(direct.stderr).toContain('cannot read cases/self.casus: too many levels of symbolic links');
        expect(direct.stdout).toContain('1 file checked');
    });

    test('invalid UTF-8: check reads it (bad bytes become U+FFFD), format refuses to rewrite it, nothing is written', () => {
        const dir = fresh('utf8');
        const bytes = Buffer.concat([Buffer.from('casus "caf'), Buffer.from([0xe9, 0xff, 0xc3]), Buffer.from('" {\n  ik A { belang "\x80" visie "v" }\n}\n')]);
        writeFileSync(join(dir, 'latin.casus'), bytes);
        writeFileSync(join(dir, 'messy.casus'), MESSY);
        const check = runCli(['check', '--format', 'json', 'latin.casus'], { cwd: dir });
        expect(check.status).toBe(0);
        expect(json(check.stdout).files[0].diagnostics.map(d => d.code)).not.toContain('syntax-error');
        const format = runCli(['format', 'latin.casus', 'messy.casus'], { cwd: dir });
        expect(format.status).toBe(1);
        expect(format.stderr).toContain('latin.casus not formatted: it is not UTF-8 text');
        expect(readFileSync(join(dir, 'latin.casus')).equals(bytes)).toBe(true);
        expect(readFileSync(join(dir, 'messy.casus'), 'utf8')).toBe(GOOD.replace('"Goed"', '"Rommelig"'));
        expect(runCli(['report', 'latin.casus'], { cwd: dir }).stdout).toContain('caf\ufffd');
    });

    describe('a 50 MB file', () => {
        let dir: string;
        beforeAll(() => {
            // Written once, shared by the commands below (format runs third and tidies messy.casus; the others only read).
            dir = fresh('huge');
            const line = Buffer.from('    actor A { belang "Een beheersbare caseload voor het wijkteam" }\n');
            const fd = openSync(join(dir, 'huge.casus'), 'w');
            writeSync(fd, 'casus "Groot" {\n  organisatie {\n');
            const chunk = Buffer.concat(Array.from({ length: 16_384 }, () => line));
            for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
            writeSync(fd, '  }\n}\n');
            closeSync(fd);
            writeFileSync(join(dir, 'messy.casus'), MESSY);
        });
        afterAll(() => rmSync(join(dir, 'huge.casus'), { force: true }));

        test.each([...COMMANDS, ['render']])('%s: refused with its size and the limit; the others are still processed', (...command) => {
            expect(statSync(join(dir, 'huge.casus')).size).toBeGreaterThan(50 * 1024 * 1024);
            const args = command[0] === 'render' ? ['render', 'huge.casus'] : [...command, 'huge.casus', 'messy.casus'];
            const run = runCli(args, { cwd: dir });
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/cannot read huge\.casus: too large \(5\d(\.\d)? MB; the limit is 10 MB\)/);
            if (command[0] !== 'render') expect(run.stdout + run.stderr).toContain('messy.casus');
        });

        test('the message in Dutch', () => {
            expect(runCli(['check', '--lang', 'nl', 'huge.casus'], { cwd: dir }).stderr).toMatch(/te groot \(5\d(,\d)? MB; de grens is 10 MB\)/);
        });
    });
});

describe('nothing but `casus format` writes, and it writes atomically', () => {
    test('check, format --check, report and render leave every byte and timestamp alone', () => {
        const dir = fresh('read-only');
        writeFileSync(join(dir, 'messy.casus'), MESSY);
        const before = statSync(join(dir, 'messy.casus'));
        for (const args of [['check', '.'], ['check', '--format', 'sarif', '.'], ['format', '--check', '.'], ['report', '.'], ['render', 'messy.casus'], ['render', '--format', 'html', 'messy.casus']]) {
            runCli(args, { cwd: dir });
        }
        const after = statSync(join(dir, 'messy.casus'));
        expect([after.mtimeMs, after.ino, after.size]).toEqual([before.mtimeMs, before.ino, before.size]);
        expect(readdirSync(dir)).toEqual(['messy.casus']);
    });

    test('format replaces the file by a rename (a new inode), never by writing into it', () => {
        const dir = fresh('rename');
        writeFileSync(join(dir, 'messy.casus'), MESSY);
        const before = statSync(join(dir, 'messy.casus')).ino;
        expect(runCli(['format', 'messy.casus'], { cwd: dir }).status).toBe(0);
        expect(statSync(join(dir, 'messy.casus')).ino).not.toBe(before);
        expect(readdirSync(dir)).toEqual(['messy.casus']);
    });

    test('a write that fails halfway (file size limit: EFBIG) leaves the old file intact and no temporary file', () => {
        // As root, read-only folders do not stop a rename; a file size limit
        // (ulimit -f, in 1 KiB blocks) makes the write itself fail part-way.
        const dir = fresh('halfway');
        const big = `casus "Groot" {\nik A { belang "b" visie "v" }\norganisatie {\n${Array.from({ length: 200 }, (_, i) => `actor A${i} { belang "b${i}" }`).join('\n')}\n}\n}\n`;
        writeFileSync(join(dir, 'big.casus'), big);
        writeFileSync(join(dir, 'messy.casus'), MESSY);
        const result = spawnSync('bash', ['-c', `ulimit -f 4 && exec "${process.execPath}" "${join(ROOT, 'bin/casus.cjs')}" format big.casus messy.casus`], {
            cwd: dir, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', LANG: 'C' },
        });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('cannot write big.casus: EFBIG');
        expect(readFileSync(join(dir, 'big.casus'), 'utf8')).toBe(big);
        expect(readdirSync(dir).sort()).toEqual(['big.casus', 'messy.casus']);
        // The small file beside it was still formatted, and the summary counts only that one.
        expect(readFileSync(join(dir, 'messy.casus'), 'utf8')).toBe(GOOD.replace('"Goed"', '"Rommelig"'));
        expect(result.stdout).toContain('2 files checked: 1 file formatted');
    });
});
