import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inline } from '../../src/cli/report/report-markdown.js';
import { EXAMPLES, runCli } from './run-cli.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });

beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'casus-report-'));
    git('init', '-q', '-b', 'main');
    copyFileSync(join(EXAMPLES, 'schulden-en-school.casus'), join(repo, 'school.casus'));
    git('add', '.');
    git('commit', '-qm', 'base');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('casus report', () => {
    test('per case: title, ik, quadrants with members and interests, connections, tensions, findings', () => {
        const run = runCli(['report', '--lang', 'nl', join(EXAMPLES, 'schulden-en-school.casus'), join(EXAMPLES, 'proeftuin-populatiemanagement.casus')]);
        expect(run.status).toBe(0);
        const md = run.stdout;
        expect(md).toMatch(/^# Casus-rapport\n\n2 casussen, 1 fout, 6 waarschuwingen\.\n/);
        expect(md).toContain('## Vroegsignalering schulden via de school');
        expect(md).toContain('### Visie — Beleidsadviseur (Beleidsadviseur armoede, gemeente)');
        expect(md).toContain('- Belangen: Minder gezinnen met problematische schulden in 2027');
        expect(md).toContain('### Interne organisatie (omvang: groot)');
        expect(md).toContain('- **Schuldhulp** (actor) — Team schuldhulpverlening');
        expect(md).toContain('  - belang: Binnen de wettelijke termijn een eerste gesprek voeren');
        expect(md).toContain('### Wet- en regelgeving (omvang: middel)');
        expect(md).toContain('  - bepaling: Gemeenten moeten signalen van betalingsachterstanden opvolgen');
        expect(md).toContain('### Politieke omgeving (omvang: klein)');
        expect(md).toContain('  - wil: Minder verzuim en rust in de klas');
        expect(md).toMatch(/\| \*\*School\*\* \| De intern begeleider meldt .* \| School ziet minder verzuim .* \|/);
        expect(md).toContain('- **Wijkteam** ↔ **Schuldhulp**: Het wijkteam wil minder doorverwijzingen');
        expect(md).toContain('_Geen bevindingen._');
        expect(md).toContain('**Fouten (1)**');
        expect(md).toMatch(/- \[`.*proeftuin-populatiemanagement\.casus:15`\]\(.*proeftuin-populatiemanagement\.casus#L15\) `we-as-actor` /);
        expect(md).toContain('**Waarschuwingen (6)**');
    });

    test('texts from a case cannot inject markup', () => {
        const file = join(repo, 'hostile.casus');
        writeFileSync(file, 'casus "<script>alert(1)</script> [x](javascript:alert(1))" { ik A { belang "**vet** | `code` https://evil.example www.evil.example <img src=x onerror=alert(1)>" } }');
        const md = runCli(['report', file]).stdout;
        expect(md).not.toContain('<script>');
        expect(md).not.toContain('<img');
        expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
        expect(md).not.toContain('https://evil');
        expect(md).toContain('&lt;script&gt;');
        expect(inline('a | b')).toBe('a \\| b');
        rmSync(file);
    });

    test('--base REV shows what changed in the analysis', () => {
        const file = join(repo, 'school.casus');
        const original = readFileSync(file, 'utf8');
        writeFileSync(file, original
            .replace(/ {4}stakeholder School[\s\S]*?\n {4}}\n/, '')
            .replace(/ {2}verbinding School[\s\S]*?\n {2}}\n/, '')
            .replace('belang "De caseload per medewerker beheersbaar houden"', 'belang "Wij willen rust"')
            .replace('  politiek {', '  politiek {\n    stakeholder Raad { wil "Grip op de kosten" }'));
        writeFileSync(join(repo, 'new.casus'), 'casus "Nieuw" { ik A { belang "b" visie "v" } }');
        const run = runCli(['report', '--base', 'HEAD', 'school.casus', 'new.casus'], { cwd: repo });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const md = run.stdout;
        expect(md).toContain('> **Changes against `HEAD`**');
        expect(md).toContain('> - + stakeholder Raad');
        expect(md).toContain('> - − stakeholder School');
        expect(md).toContain('> - − verbinding School');
        expect(md).toContain('> - + Wijkteam · belang: Wij willen rust');
        expect(md).toContain('> - − Wijkteam · belang: De caseload per medewerker beheersbaar houden');
        expect(md).toMatch(/> New findings:\n> - \[`school\.casus:\d+`\]\(school\.casus#L\d+\) `assumed-we`/);
        expect(md).toContain('> New case.');
        writeFileSync(file, original);
        expect(runCli(['report', '--base', 'HEAD', 'school.casus'], { cwd: repo }).stdout).toContain('> No changes in the analysis.');
    });

    test('a bad revision is a usage error naming it', () => {
        const run = runCli(['report', '--base', 'no-such-rev', 'school.casus'], { cwd: repo });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('no-such-rev');
    });

    test('only markdown is a format; missing paths exit 2', () => {
        expect(runCli(['report', '--format', 'html', 'x.casus']).status).toBe(2);
        const run = runCli(['report', 'missing.casus', 'school.casus'], { cwd: repo });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('school.casus');
    });
});
