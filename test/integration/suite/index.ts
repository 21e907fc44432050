// Entry point that @vscode/test-electron loads in the extension host
// (extensionTestsPath): `run` runs the checks and rejects when one failed.
// `runWith` is the same with a chosen log, for the e2e suite, which runs
// these checks in code-server through the extension's test hook.
import { checks } from './checks.js';
import { runChecks } from './harness.js';

export async function runWith(log: (line: string) => void): Promise<void> {
    const results = await runChecks(checks, log);
    const failed = results.filter(result => !result.passed);
    if (failed.length) throw new Error(`${failed.length} integration check(s) failed: ${failed.map(f => f.name).join('; ')}`);
}

export async function run(): Promise<void> {
    await runWith(line => console.log(line));
}
