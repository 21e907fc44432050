import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DiagnosticCodes } from '../../src/language/validation/diagnostic-codes.js';
import { EXAMPLES, runCli } from './run-cli.js';

const PROEFTUIN = 'proeftuin-populatiemanagement.casus';
let work: string;

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'casus-cli-'));
    mkdirSync(join(work, 'cases/sub'), { recursive: true });
    mkdirSync(join(work, 'cases/node_modules'), { recursive: true });
    mkdirSync(join(work, 'cases/.hidden'), { recursive: true });
    copyFileSync(join(EXAMPLES, PROEFTUIN), join(work, 'cases', PROEFTUIN));
    copyFileSync(join(EXAMPLES, 'schulden-en-school.casus'), join(work, 'cases/sub/schulden-en-school.casus'));
    copyFileSync(join(EXAMPLES, PROEFTUIN), join(work, 'cases/node_modules/skipped.casus'));
    copyFileSync(join(EXAMPLES, PROEFTUIN), join(work, 'cases/.hidden/skipped.casus'));
    writeFileSync(join(work, 'cases/notes.txt'), 'not a case');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface JsonReport {
    version: number;
    files: Array<{ file: string; diagnostics: Array<{ code: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }> }>;
    summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

function json(stdout: string): JsonReport {
    return JSON.parse(stdout) as JsonReport;
}

describe('casus check', () => {
    test('the examples: exactly the specified findings, exit 1', () => {
        const run = runCli(['check', '--format', 'json', EXAMPLES]);
        expect(run.status).toBe(1);
        const report = json(run.stdout);
        const expected = readFileSync(join(EXAMPLES, '../expected/examples.expect'), 'utf8').split('\n')
            .filter(l => l.trim() && !l.startsWith('#')).map(l => l.trim().split(/\s+/).join(' ')).sort();
        const got = report.files.flatMap(f => f.diagnostics.map(d => `${f.file.split('/').pop()} ${d.line} ${d.code}`)).sort();
        expect(got).toEqual(expected);
        expect(report.files.map(f => f.file.split('/').pop())).toEqual(['en-example.casus', PROEFTUIN, 'schulden-en-school.casus']);
    });

    test('a clean case exits 0', () => {
        const run = runCli(['check', join(EXAMPLES, 'schulden-en-school.casus'), join(EXAMPLES, 'en-example.casus')]);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('2 files checked: 0 errors, 0 warnings, 0 infos, 0 hints\n');
        expect(run.status).toBe(0);
    });

    test('text format: path:line:column: severity code message, then a summary', () => {
        const run = runCli(['check', 'cases'], { cwd: work });
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^cases\/proeftuin-populatiemanagement\.casus:6:6: warning missing-vision \S.*$/);
        expect(lines).toHaveLength(9);
        expect(lines[8]).toBe('2 files checked: 1 error, 6 warnings, 1 info, 0 hints');
    });

    test('json format: 1-based positions with exclusive ends, every file, paths as given', () => {
        const report = json(runCli(['check', '--format', 'json', 'cases'], { cwd: work }).stdout);
        expect(report.version).toBe(1);
        expect(report.files.map(f => f.file)).toEqual(['cases/proeftuin-populatiemanagement.casus', 'cases/sub/schulden-en-school.casus']);
        expect(report.files[1].diagnostics).toEqual([]);
        const text = readFileSync(join(work, 'cases', PROEFTUIN), 'utf8').split('\n');
        for (const d of report.files[0].diagnostics.filter(d => d.line === d.endLine)) {
            const covered = text[d.line - 1].slice(d.column - 1, d.endColumn - 1);
            if (d.code === 'assumed-we') expect(['Wij willen allemaal', 'gezamenlijk belang']).toContain(covered);
            if (d.code === 'we-as-actor') expect(covered).toBe('Iedereen');
        }
        expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 6, infos: 1, hints: 0 });
    });

    test('sarif format: SARIF 2.1.0 with rules and located results', () => {
        const run = runCli(['check', '--format', 'sarif', 'cases'], { cwd: work });
        const log = JSON.parse(run.stdout);
        expect(log.version).toBe('2.1.0');
        expect(log.$schema).toMatch(/sarif/);
        expect(log.runs).toHaveLength(1);
        const driver = log.runs[0].tool.driver;
        expect(driver.name).toBe('casus');
        expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...DiagnosticCodes]);
        for (const rule of driver.rules) expect(rule.shortDescription.text.length).toBeGreaterThan(10);
        const results = log.runs[0].results;
        expect(results).toHaveLength(8);
        for (const result of results) {
            expect(DiagnosticCodes).toContain(result.ruleId);
            expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
            expect(['error', 'warning', 'note']).toContain(result.level);
            expect(result.message.text.length).toBeGreaterThan(10);
            const location = result.locations[0].physicalLocation;
            expect(location.artifactLocation.uri).toBe('cases/proeftuin-populatiemanagement.casus');
            expect(location.region.startLine).toBeGreaterThan(0);
            expect(location.region.startColumn).toBeGreaterThan(0);
        }
        expect(results.find((r: { ruleId: string }) => r.ruleId === 'vertical-argument').level).toBe('note');
    });

    test('github format: workflow commands with escaped properties', () => {
        const run = runCli(['check', '--format', 'github', 'cases'], { cwd: work });
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(8);
        expect(lines[0]).toMatch(/^::warning file=cases\/proeftuin-populatiemanagement\.casus,line=6,col=6,endLine=6,endColumn=22,title=casus missing-vision::\S/);
        expect(lines.find(l => l.includes('we-as-actor'))).toMatch(/^::error /);
        expect(lines.find(l => l.includes('vertical-argument'))).toMatch(/^::notice /);
    });

    test('--max-warnings', () => {
        const clean = join(EXAMPLES, 'schulden-en-school.casus');
        const warn = join(work, 'warn.casus');
        writeFileSync(warn, readFileSync(clean, 'utf8').replace('"Team schuldhulpverlening" {', '"Team schuldhulpverlening" { belang "Wij"'));
        expect(runCli(['check', warn]).status).toBe(0);
        expect(runCli(['check', '--max-warnings', '1', warn]).status).toBe(0);
        const strict = runCli(['check', '--max-warnings', '0', warn]);
        expect(strict.status).toBe(1);
        expect(strict.stderr).toContain('--max-warnings');
        expect(runCli(['check', '--max-warnings', 'many', warn]).status).toBe(2);
    });

    test('--rule changes or silences a code', () => {
        const file = join(work, 'cases', PROEFTUIN);
        const off = json(runCli(['check', '--format', 'json', '--rule', 'we-as-actor=off', '--rule', 'assumed-we=error', file]).stdout);
        const codes = off.files[0].diagnostics.map(d => `${d.code}:${d.severity}`);
        expect(codes).not.toContain('we-as-actor:error');
        expect(codes.filter(c => c === 'assumed-we:error')).toHaveLength(2);
        expect(runCli(['check', '--rule', 'we-as-actor=off', '--rule', 'assumed-we=off', '--rule', 'vertical-argument=off', file]).status).toBe(0);
        expect(runCli(['check', '--rule', 'no-such-code=off', file]).status).toBe(2);
        expect(runCli(['check', '--rule', 'assumed-we=loud', file]).status).toBe(2);
    });

    test('--lang nl gives Dutch messages and summary; LANG=nl_NL too', () => {
        const file = join(work, 'cases', PROEFTUIN);
        const nl = runCli(['check', '--lang', 'nl', file]);
        expect(nl.stdout).toContain("Er is geen 'wij'");
        expect(nl.stdout.trimEnd().split('\n').pop()).toBe('1 bestand gecontroleerd: 1 fout, 6 waarschuwingen, 1 opmerking, 0 hints');
        expect(runCli(['check', file], { env: { LANG: 'nl_NL.UTF-8' } }).stdout).toContain("Er is geen 'wij'");
        expect(runCli(['check', '--lang', 'en', file], { env: { LANG: 'nl_NL.UTF-8' } }).stdout).toContain("There is no 'we'");
        expect(runCli(['check', '--lang', 'fr', file]).status).toBe(2);
    });

    test('a missing path: exit 2, named on stderr, the other paths still checked', () => {
        const run = runCli(['check', '--format', 'json', 'does-not-exist.casus', 'cases/sub'], { cwd: work });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('does-not-exist.casus');
        expect(json(run.stdout).files.map(f => f.file)).toEqual(['cases/sub/schulden-en-school.casus']);
    });

    test('an unreadable file: exit 2, named, others checked', () => {
        if (process.getuid?.() === 0) {
            // root reads any file; a folder symlink loop and a dangling file stand in for "unreadable" here.
            const dir = join(work, 'loop');
            mkdirSync(dir, { recursive: true });
            symlinkSync(dir, join(dir, 'again'));
            symlinkSync(join(work, 'nowhere.casus'), join(work, 'dangling.casus'));
            const run = runCli(['check', '--format', 'json', 'loop', 'dangling.casus', 'cases/sub'], { cwd: work });
            expect(run.status).toBe(2);
            expect(run.stderr).toContain('dangling.casus');
            expect(json(run.stdout).files.map(f => f.file)).toEqual(['cases/sub/schulden-en-school.casus']);
            return;
        }
        const locked = join(work, 'locked.casus');
        writeFileSync(locked, 'casus "x" {}');
        chmodSync(locked, 0o000);
        const run = runCli(['check', locked, 'cases/sub'], { cwd: work });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('locked.casus');
    });

    test('binary and empty files get a syntax-error, never a crash', () => {
        writeFileSync(join(work, 'binary.casus'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)));
        writeFileSync(join(work, 'empty.casus'), '');
        writeFileSync(join(work, 'latin1.casus'), Buffer.from('casus "caf\xe9" { ik A }', 'latin1'));
        const run = runCli(['check', '--format', 'json', 'binary.casus', 'empty.casus', 'latin1.casus'], { cwd: work });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        const report = json(run.stdout);
        expect(report.files[0].diagnostics[0].code).toBe('syntax-error');
        expect(report.files[1].diagnostics.map(d => d.code)).toEqual(['syntax-error']);
        expect(report.files[2].diagnostics.map(d => d.code)).toContain('missing-vision');
    });

    test('a folder without cases says so', () => {
        mkdirSync(join(work, 'nothing'), { recursive: true });
        const run = runCli(['check', 'nothing'], { cwd: work });
        expect(run.status).toBe(0);
        expect(run.stderr).toContain('no .casus files');
    });

    test('usage errors exit 2 with the usage', () => {
        for (const args of [['check'], ['check', '--format', 'xml', 'x'], ['check', '--bogus', 'x'], ['frobnicate'], []]) {
            const run = runCli(args);
            expect(run.status, args.join(' ')).toBe(2);
            expect(run.stdout + run.stderr).toMatch(/Usage: casus/);
        }
        expect(runCli(['--help']).status).toBe(0);
    });
});
