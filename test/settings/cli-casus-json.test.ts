import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../cli/run-cli.js';

// The built CLI (`npm run build` first) reading casus.json from the folder it runs in, or the nearest parent.

const CASE = 'casus "T" {\n  ik A {\n    belang "Wij willen minder schulden"\n  }\n}\n';

let work: string;
beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'casus-json-'));
    mkdirSync(join(work, 'project/cases'), { recursive: true });
    writeFileSync(join(work, 'project/cases/a.casus'), CASE);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

interface Report { files: Array<{ diagnostics: Array<{ code: string; severity: string }> }>; summary: { errors: number } }

function severities(args: string[], cwd: string): Record<string, string> {
    const result = runCli(['check', '--format', 'json', ...args], { cwd });
    const report = JSON.parse(result.stdout) as Report;
    return Object.fromEntries(report.files[0].diagnostics.map(d => [d.code, d.severity]));
}

describe('casus check with casus.json', () => {
    test('without casus.json: the defaults', () => {
        expect(severities(['cases'], join(work, 'project'))).toEqual({ 'assumed-we': 'warning', 'missing-vision': 'warning', 'empty-quadrant': 'hint' });
    });

    test('casus.json in the current folder changes severities and switches codes off; exit code follows', () => {
        writeFileSync(join(work, 'project/casus.json'), JSON.stringify({ rules: { 'assumed-we': 'error', 'empty-quadrant': 'off' } }));
        expect(severities(['cases'], join(work, 'project'))).toEqual({ 'assumed-we': 'error', 'missing-vision': 'warning' });
        expect(runCli(['check', 'cases'], { cwd: join(work, 'project') }).status).toBe(1);
    });

    test('the nearest parent folder with casus.json counts', () => {
        writeFileSync(join(work, 'casus.json'), JSON.stringify({ rules: { 'missing-vision': 'off' } }));
        writeFileSync(join(work, 'project/casus.json'), JSON.stringify({ rules: { 'assumed-we': 'info' } }));
        // From project/cases the nearest is project/casus.json (the one above it is not merged in).
        expect(severities(['a.casus'], join(work, 'project/cases'))).toEqual({ 'assumed-we': 'info', 'missing-vision': 'warning', 'empty-quadrant': 'hint' });
    });

    test('--rule wins over casus.json', () => {
        writeFileSync(join(work, 'project/casus.json'), JSON.stringify({ rules: { 'assumed-we': 'error', 'empty-quadrant': 'off' } }));
        expect(severities(['--rule', 'assumed-we=hint', 'cases'], join(work, 'project')))
            .toEqual({ 'assumed-we': 'hint', 'missing-vision': 'warning' });
    });

    test('a bad casus.json: every problem named, in English or Dutch, exit 2, no report', () => {
        writeFileSync(join(work, 'project/casus.json'), JSON.stringify({ rules: { 'assumed-we': 'eror', 'no-such-code': 'off' }, extra: true }));
        const english = runCli(['check', 'cases'], { cwd: join(work, 'project') });
        expect(english.status).toBe(2);
        expect(english.stdout).toBe('');
        const path = join(work, 'project/casus.json');
        expect(english.stderr.split('\n')).toEqual([
            `casus: ${path}: unknown setting 'extra'; only "rules" is allowed`,
            `casus: ${path}: code 'assumed-we' cannot be set to "eror"; choose off, error, warning, info, hint`,
            expect.stringMatching(new RegExp(`^casus: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: unknown code 'no-such-code' in "rules"; known codes: syntax-error, `)),
            '',
        ]);
        const dutch = runCli(['check', '--lang', 'nl', 'cases'], { cwd: join(work, 'project') });
        expect(dutch.status).toBe(2);
        expect(dutch.stderr).toContain("code 'assumed-we' kan niet op \"eror\" staan; kies off, error, warning, info, hint");
    });

    test('casus.json that is not JSON', () => {
        writeFileSync(join(work, 'project/casus.json'), '{ "rules": { "assumed-we": "error", } }');
        const result = runCli(['check', 'cases'], { cwd: join(work, 'project') });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/casus\.json: not valid JSON \(.+\); write for example \{ "rules": \{ "assumed-we": "error" \} \}/);
    });
});

describe('casus render and casus report take their severities the same way as check', () => {
    /** The codes the picture marks, by the severity it marks them with. */
    function markedCodes(svg: string): Record<string, string> {
        const marked: Record<string, string> = {};
        for (const match of svg.matchAll(/class="finding severity-(\w+)"[^>]*data-codes="([^"]*)"|data-codes="([^"]*)"[^>]*class="finding severity-(\w+)"/g)) {
            const severity = match[1] ?? match[4];
            for (const code of (match[2] ?? match[3]).split(' ')) marked[code] = severity;
        }
        return marked;
    }

    test('render: without casus.json the defaults are marked', () => {
        const result = runCli(['render', 'cases/a.casus'], { cwd: join(work, 'project') });
        expect(result.status).toBe(0);
        expect(markedCodes(result.stdout)).toMatchObject({ 'assumed-we': 'warning', 'missing-vision': 'warning' });
    });

    test('render: casus.json switches a code off and changes another severity; --rule wins', () => {
        writeFileSync(join(work, 'project/casus.json'), JSON.stringify({ rules: { 'assumed-we': 'off', 'missing-vision': 'error' } }));
        const configured = runCli(['render', 'cases/a.casus'], { cwd: join(work, 'project') });
        expect(configured.status).toBe(0);
        const marked = markedCodes(configured.stdout);
        expect(marked).not.toHaveProperty('assumed-we');
        expect(marked['missing-vision']).toBe('error');
        const overridden = runCli(['render', '--rule', 'assumed-we=info', 'cases/a.casus'], { cwd: join(work, 'project') });
        expect(markedCodes(overridden.stdout)['assumed-we']).toBe('info');
    });

    test('render: a bad casus.json or --rule stops with exit 2, as check does', () => {
        expect(runCli(['render', '--rule', 'assumed-we=loud', 'cases/a.casus'], { cwd: join(work, 'project') }).status).toBe(2);
        writeFileSync(join(work, 'project/casus.json'), JSON.stringify({ rules: { 'assumed-we': 'eror' } }));
        const bad = runCli(['render', 'cases/a.casus'], { cwd: join(work, 'project') });
        expect(bad.status).toBe(2);
        expect(bad.stdout).toBe('');
        expect(bad.stderr).toContain("code 'assumed-we' cannot be set to \"eror\"");
    });

    test('report: casus.json and --rule decide which findings it lists', () => {
        writeFileSync(join(work, 'project/casus.json'), JSON.stringify({ rules: { 'assumed-we': 'off' } }));
        expect(runCli(['report', 'cases'], { cwd: join(work, 'project') }).stdout).not.toContain('assumed-we');
        expect(runCli(['report', '--rule', 'assumed-we=warning', 'cases'], { cwd: join(work, 'project') }).stdout).toContain('assumed-we');
    });
});
