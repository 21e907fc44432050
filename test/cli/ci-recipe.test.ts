import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES, ROOT } from './run-cli.js';

const WORKFLOW = readFileSync(join(ROOT, 'docs/ci/casus.yml'), 'utf8');

/** The `run:` scripts of the workflow's steps, in order (single-line and `|` blocks). */
function runSteps(workflow: string): string[] {
    const lines = workflow.split('\n');
    const steps: string[] = [];
    for (let i = 0; i < lines.length; i++) {
        const m = /^(\s*)(?:- )?run: (.*)$/.exec(lines[i]);
        if (!m) continue;
        if (m[2] !== '|') {
            steps.push(m[2]);
            continue;
        }
        const block: string[] = [];
        const indent = /^\s*/.exec(lines[i + 1])![0].length;
        while (i + 1 < lines.length && (lines[i + 1].trim() === '' || /^\s*/.exec(lines[i + 1])![0].length >= indent)) {
            block.push(lines[++i].slice(indent));
        }
        steps.push(block.join('\n').trimEnd());
    }
    return steps;
}

let repo: string;

beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'casus-ci-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    cpSync(EXAMPLES, join(repo, 'cases'), { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'cases');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD'); // what actions/checkout with fetch-depth 0 provides
    writeFileSync(join(repo, 'cases/en-example.casus'), readFileSync(join(repo, 'cases/en-example.casus'), 'utf8').replace('interest "Fewer referrals that bounce back"', 'interest "We all want fewer referrals"'));
    // What `npm ci` gives a repository that lists casus as a dev dependency: its bin on npx's path.
    mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true });
    symlinkSync(join(ROOT, 'bin/casus.cjs'), join(repo, 'node_modules/.bin/casus'));
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('the CI recipe in the README', () => {
    test('the README shows the workflow file verbatim', () => {
        expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(WORKFLOW.trim());
    });

    test('its commands, run as GitHub Actions runs them, check, annotate, report and render', () => {
        const steps = runSteps(WORKFLOW);
        expect(steps[0]).toBe('npm ci');
        const env = { ...process.env, CASES: 'cases', BASE_REF: 'main', CI: 'true' };
        const run = (script: string) => spawnSync('bash', ['-e', '-c', script], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });

        const check = run(steps[1]);
        expect(check.status).toBe(1); // the proeftuin example has an error: the job fails, as it should
        expect(check.stdout).toMatch(/^::error file=cases\/proeftuin-populatiemanagement\.casus,line=15,/m);
        expect(check.stdout).toMatch(/^::warning file=cases\/en-example\.casus,line=\d+,.*title=casus assumed-we::/m);

        const sarif = run(steps[2]);
        expect(sarif.status).toBe(0);
        expect(JSON.parse(readFileSync(join(repo, 'casus.sarif'), 'utf8')).version).toBe('2.1.0');

        const report = run(steps[3]);
        expect(report.stderr).not.toMatch(/casus|Error/); // npx itself may warn about this machine's npm configuration
        expect(report.status).toBe(0);
        const md = readFileSync(join(repo, 'casus-out/report.md'), 'utf8');
        expect(md).toContain('Changes against `origin/main`');
        expect(md).toContain('+ YouthTeam · belang: We all want fewer referrals');
        const svgs = readdirSync(join(repo, 'casus-out')).filter(f => f.endsWith('.svg')).sort();
        expect(svgs).toEqual(['en-example.svg', 'proeftuin-populatiemanagement.svg', 'schulden-en-school.svg']);
        for (const svg of svgs) expect(readFileSync(join(repo, 'casus-out', svg), 'utf8')).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
        expect(existsSync(join(repo, 'casus.sarif'))).toBe(true);
    });
});
