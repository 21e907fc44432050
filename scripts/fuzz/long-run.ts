/**
 * `npm run fuzz -- --runs N [--seed S] [--budget MS] [--cli-every K]`: the
 * fuzz properties of test/fuzz/ for as long as you like, outside vitest.
 * Prints progress and a final count; on the first failure prints the shrunk
 * input (paste it into test/fuzz/regressions.test.ts) and exits 1.
 */
import '../../src/language/polyfills.js';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { fuzzInputArb, type FuzzInput } from '../../test/fuzz/lib/arbitraries.js';
import { checkCliOn } from '../../test/fuzz/lib/cli-properties.js';
import { describeInput, FuzzRunner } from '../../test/fuzz/lib/fuzz-runner.js';

const { values } = parseArgs({
    options: {
        runs: { type: 'string', default: '2000' },
        seed: { type: 'string' },
        budget: { type: 'string', default: '120000' },
        'cli-every': { type: 'string', default: '500' },
        'no-shrink': { type: 'boolean', default: false },
    },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const cliEvery = Number(values['cli-every']);
const runner = new FuzzRunner(Number(values.budget));

let done = 0, parsed = 0, formatted = 0, diagnostics = 0, cliRuns = 0;
const started = Date.now();
const cliBatch: string[] = [];
console.log(`fuzzing ${runs} inputs, seed ${seed}, budget ${values.budget} ms per input`);

async function main(): Promise<void> {
const result = await fc.check(fc.asyncProperty(fuzzInputArb({ huge: true }), async (input: FuzzInput) => {
    const outcome = await runner.run(input);
    if (!outcome.ok) throw new Error(`${outcome.kind}: ${outcome.error}`);
    done++;
    if (outcome.stats.parsed) parsed++;
    if (outcome.stats.formatted) formatted++;
    diagnostics += outcome.stats.diagnostics;
    if (input.text.length < 100_000 && cliBatch.length < 5) cliBatch.push(input.text);
    if (cliEvery > 0 && done % cliEvery === 0 && cliBatch.length > 0) {
        checkCliOn(cliBatch.splice(0));
        cliRuns++;
    }
    if (done % 500 === 0) console.log(`  ${done} inputs (${parsed} parse, ${formatted} formatted), ${((Date.now() - started) / 1000).toFixed(0)} s`);
}), { numRuns: runs, seed, endOnFailure: values['no-shrink'] });
await runner.close();

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (result.failed) {
    const counterexample = result.counterexample?.[0];
    console.error(`FAILED after ${result.numRuns} inputs (seed ${seed}, path ${result.counterexamplePath}, ${result.numShrinks} shrinks, ${seconds} s)`);
    console.error(result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance));
    if (counterexample) console.error(`input: ${describeInput(counterexample)}`);
    process.exit(1);
}
console.log(`survived ${done} inputs (seed ${seed}): ${parsed} parsed, ${formatted} formatted, ${diagnostics} diagnostics checked, ${cliRuns} CLI batches, in ${seconds} s`);
}

void main();
