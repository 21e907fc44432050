import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EXAMPLES, runCli } from '../cli/run-cli.js';

// These run the built CLI (`npm run build` first), as a user's shell or CI would.

const FORMATTED = 'casus "Netjes" {\n  ik A {\n    belang "a"\n  }\n}\n';
const MESSY = 'casus "Rommelig" {ik A{belang "a"   // uitleg\n}}';
const MESSY_FORMATTED = 'casus "Rommelig" {\n  ik A {\n    belang "a" // uitleg\n  }\n}\n';
const BROKEN = 'casus "Kapot" {\n  ik A {\n    belang\n';

let work: string;
beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'casus-format-'));
    mkdirSync(join(work, 'cases/sub'), { recursive: true });
    mkdirSync(join(work, 'cases/node_modules'), { recursive: true });
    writeFileSync(join(work, 'cases/netjes.casus'), FORMATTED);
    writeFileSync(join(work, 'cases/sub/rommelig.casus'), MESSY);
    writeFileSync(join(work, 'cases/node_modules/skipped.casus'), MESSY);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(work, path), 'utf8');
const run = (args: string[]) => runCli(args, { cwd: work });

describe('casus format --check', () => {
    test('lists the files that would change, changes nothing, exits 1', () => {
        const result = run(['format', '--check', 'cases']);
        expect(result.status).toBe(1);
        expect(result.stdout.split('\n')).toEqual([join('cases', 'sub', 'rommelig.casus'), '2 files checked: 1 file would change', '']);
        expect(result.stderr).toBe('');
        expect(read('cases/sub/rommelig.casus')).toBe(MESSY);
        expect(read('cases/node_modules/skipped.casus')).toBe(MESSY);
    });

    test('exits 0 when every file is formatted', () => {
        const result = run(['format', '--check', 'cases/netjes.casus']);
        expect(result).toMatchObject({ status: 0, stdout: '1 file checked: all formatted\n', stderr: '' });
    });

    test('the examples: after formatting, --check is satisfied and only white space changed', () => {
        mkdirSync(join(work, 'examples'));
        const names = readdirSync(EXAMPLES).filter(name => name.endsWith('.casus'));
        for (const name of names) writeFileSync(join(work, 'examples', name), readFileSync(join(EXAMPLES, name)));
        expect(run(['format', 'examples']).status).toBe(0);
        expect(run(['format', '--check', 'examples'])).toMatchObject({ status: 0, stderr: '' });
        for (const name of names) {
            expect(read(`examples/${name}`).replace(/\s+/g, '')).toBe(readFileSync(join(EXAMPLES, name), 'utf8').replace(/\s+/g, ''));
        }
    });

    test('a missing path: exit 2, the other paths are still checked', () => {
        const result = run(['format', '--check', 'nope.casus', 'cases']);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('casus: cannot read nope.casus: no such file or folder\n');
        expect(result.stdout).toContain('rommelig.casus');
    });

    test('in Dutch', () => {
        const result = run(['format', '--check', '--lang', 'nl', 'cases']);
        expect(result.stdout).toContain('2 bestanden nagekeken: 1 bestand zou veranderen');
    });
});

describe('casus format', () => {
    test('writes the canonical layout, only to files that change, and leaves no temporary files', () => {
        const before = statSync(join(work, 'cases/netjes.casus'));
        const result = run(['format', 'cases']);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(`formatted ${join('cases', 'sub', 'rommelig.casus')}\n2 files checked: 1 file formatted\n`);
        expect(read('cases/sub/rommelig.casus')).toBe(MESSY_FORMATTED);
        // Untouched: the very same file (same inode, same modification time), not a rewrite with equal content.
        const after = statSync(join(work, 'cases/netjes.casus'));
        expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
        expect(readdirSync(join(work, 'cases/sub'))).toEqual(['rommelig.casus']);
        // A second run finds nothing to do.
        expect(run(['format', '--check', 'cases']).status).toBe(0);
    });

    test('a file with syntax errors is left alone and reported; exit 1; the other files are formatted', () => {
        writeFileSync(join(work, 'cases/kapot.casus'), BROKEN);
        const result = run(['format', 'cases']);
        expect(result.status).toBe(1);
        expect(result.stderr).toBe(`casus: ${join('cases', 'kapot.casus')} not formatted: it has syntax errors (run casus check ${join('cases', 'kapot.casus')})\n`);
        expect(read('cases/kapot.casus')).toBe(BROKEN);
        expect(read('cases/sub/rommelig.casus')).toBe(MESSY_FORMATTED);
    });

    test('a missing path: exit 2, the other files are still formatted', () => {
        const result = run(['format', 'missing', 'cases/sub/rommelig.casus']);
        expect(result.status).toBe(2);
        expect(read('cases/sub/rommelig.casus')).toBe(MESSY_FORMATTED);
    });

    test('CRLF and a byte order mark are kept', () => {
        writeFileSync(join(work, 'crlf.casus'), '\ufeffcasus "T" {\r\nik A { belang "a" }}\r\n');
        expect(run(['format', 'crlf.casus']).status).toBe(0);
        expect(readFileSync(join(work, 'crlf.casus'))).toEqual(Buffer.from('\ufeffcasus "T" {\r\n  ik A {\r\n    belang "a"\r\n  }\r\n}\r\n', 'utf8'));
    });

    test('a symbolic link stays a link; the file it points to is formatted', () => {
        symlinkSync(join(work, 'cases/sub/rommelig.casus'), join(work, 'link.casus'));
        expect(run(['format', 'link.casus']).status).toBe(0);
        expect(lstatSync(join(work, 'link.casus')).isSymbolicLink()).toBe(true);
        expect(read('cases/sub/rommelig.casus')).toBe(MESSY_FORMATTED);
    });

    test('a file that is not UTF-8 is not rewritten', () => {
        const latin1 = Buffer.from('casus "Caf\xe9" {ik A}', 'latin1');
        writeFileSync(join(work, 'latin1.casus'), latin1);
        const result = run(['format', 'latin1.casus']);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('not UTF-8');
        expect(readFileSync(join(work, 'latin1.casus'))).toEqual(latin1);
    });

    test('usage errors: no path, unknown option', () => {
        expect(run(['format']).status).toBe(2);
        expect(run(['format', '--write', 'cases']).status).toBe(2);
        expect(existsSync(join(work, 'cases/sub/rommelig.casus'))).toBe(true);
        expect(read('cases/sub/rommelig.casus')).toBe(MESSY);
    });
});

test('the usage text names the format command in both languages', () => {
    expect(runCli(['help']).stdout).toMatch(/format\s+Give cases their canonical layout/);
    expect(runCli(['help', '--lang', 'nl']).stdout).toMatch(/format\s+Geef casussen hun vaste opmaak/);
});
