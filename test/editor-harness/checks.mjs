// Named checks for the editor suites (code-server e2e and VS Code for the Web):
// each check runs with a time limit, is skipped when a check it needs did not
// pass, saves a screenshot when it fails, and is reported on one line.
import { join } from 'node:path';

/**
 * @param {{ resultsDir: string, stepTimeout: number, page: () => import('playwright-core').Page | undefined, stopping?: () => boolean }} options
 */
export function createChecks({ resultsDir, stepTimeout, page, stopping = () => false }) {
    /** @type {{ id: string, name: string, status: 'passed' | 'failed' | 'skipped', ms: number, detail?: string }[]} */
    const results = [];
    let stepNumber = 0;

    function screenshotPath(name) {
        return join(resultsDir, `${String(stepNumber).padStart(2, '0')}-${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    }

    function report(result) {
        const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[result.status];
        const time = result.status === 'skipped' ? '' : ` (${(result.ms / 1000).toFixed(1)} s)`;
        console.log(`  ${mark} ${result.name}${time}${result.detail ? `\n         ${result.detail.replace(/\n/g, '\n         ')}` : ''}`);
    }

    /** Runs one named check ("id: what it shows"); true when it passed. */
    async function check(name, run, needs = []) {
        if (stopping()) return false;
        const id = name.split(':')[0];
        stepNumber++;
        const missing = needs.filter(need => results.find(result => result.id === need)?.status !== 'passed');
        if (missing.length) {
            results.push({ id, name, status: 'skipped', ms: 0, detail: `needs ${missing.join(', ')}` });
            report(results.at(-1));
            return false;
        }
        const started = Date.now();
        let timer;
        try {
            const detail = await Promise.race([
                run(),
                new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`step took longer than ${stepTimeout / 1000} s`)), stepTimeout); }),
            ]);
            results.push({ id, name, status: 'passed', ms: Date.now() - started, detail: typeof detail === 'string' ? detail : undefined });
        } catch (error) {
            results.push({ id, name, status: 'failed', ms: Date.now() - started, detail: error instanceof Error ? error.message : String(error) });
            await page()?.screenshot({ path: screenshotPath(`${id}-failed`) }).catch(() => undefined);
        } finally {
            clearTimeout(timer);
        }
        if (stopping()) return false;
        report(results.at(-1));
        return results.at(-1).status === 'passed';
    }

    return { results, check, screenshotPath, report };
}
