import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fuzzInputArb, validCaseArb, type FuzzInput } from './lib/arbitraries.js';
import { checkCliOn } from './lib/cli-properties.js';
import { describeInput, FuzzRunner } from './lib/fuzz-runner.js';
import { ROOT } from '../cli/run-cli.js';

/**
 * The short, seeded fuzz run of `npm test` (`npm run fuzz -- --runs N` runs
 * long ones). Every input goes through the parser, linker and validator, the
 * case model and SVG renderer, the formatter and hover/completion, in a worker
 * thread: the budget below is a generous hang detector, not a speed check.
 */
const HANG_BUDGET_MS = 45_000;
let runner: FuzzRunner;

beforeAll(() => {
    const bundled = spawnSync(process.execPath, ['scripts/fuzz/bundle-fuzz.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(bundled.status, bundled.stderr).toBe(0);
    runner = new FuzzRunner(HANG_BUDGET_MS);
});
afterAll(async () => {
    await runner?.close();
});

async function expectSurvives(input: FuzzInput): Promise<void> {
    const outcome = await runner.run(input);
    if (!outcome.ok) throw new Error(`${outcome.kind}: ${outcome.error}\ninput: ${describeInput(input)}`);
}

describe('fuzz: nothing throws, hangs, leaves the document or breaks the SVG; the formatter is idempotent and keeps the model', () => {
    test('300 valid and mutated cases (fixed seed)', async () => {
        let parsed = 0;
        await fc.assert(fc.asyncProperty(fuzzInputArb(), async input => {
            await expectSurvives(input);
            if (!input.text.includes('<<<<<<<')) parsed++;
        }), { numRuns: 300, seed: 20261123, interruptAfterTimeLimit: 100_000, markInterruptAsFailure: true }); // a hang found while shrinking ends the run, reported
        expect(parsed).toBeGreaterThan(0);
    }, 120_000);

    test('valid cases all parse and format', async () => {
        // The generator of valid cases is what the mutations start from: if it
        // drifted into writing broken cases, the mutations would test less.
        await fc.assert(fc.asyncProperty(validCaseArb, async text => {
            const outcome = await runner.run({ text, offsets: [0, text.length >> 1] });
            if (!outcome.ok) throw new Error(`${outcome.kind}: ${outcome.error}\ninput: ${describeInput({ text, offsets: [] })}`);
            expect(outcome.stats.parsed, describeInput({ text, offsets: [] })).toBe(true);
            expect(outcome.stats.formatted).toBe(true);
        }), { numRuns: 60, seed: 7 });
    }, 120_000);

    test('1 MB single lines', async () => {
        // Three of the eight kinds (all eight run in `npm run fuzz`; some take ~20 s, too long for every test run).
        const lines = [`casus "${'x'.repeat(1 << 20)}" {}`, `casus "T" { // ${'c'.repeat(1 << 20)}\n}`, `casus "T" { ${'"'.repeat(1 << 20)} }`];
        for (const text of lines) await expectSurvives({ text, offsets: [0, text.length >> 1, text.length] });
    }, 180_000);

    test('the hang detector: an input that outlasts the budget is reported as a hang, and the next input gets a fresh worker', async () => {
        // A 1 ms budget for a megabyte: no machine parses that fast, so this does not depend on speed.
        const impatient = new FuzzRunner(1);
        try {
            const text = `casus "${'x'.repeat(1 << 20)}" {}`;
            expect(await impatient.run({ text, offsets: [0] })).toMatchObject({ ok: false, kind: 'hang' });
        } finally {
            await impatient.close();
        }
        expect(await runner.run({ text: 'casus "T" {}', offsets: [0] })).toMatchObject({ ok: true });
    });

    test('the built CLI on generated files: documented exit codes, no stack trace, read-only commands change nothing', () => {
        const texts = fc.sample(fuzzInputArb(), { numRuns: 4, seed: 5 }).map(input => input.text);
        checkCliOn(texts);
    }, 180_000);
});
