// `npm run fuzz -- --runs N [--seed S] [--budget MS] [--cli-every K] [--no-shrink]`:
// builds the CLI (the fuzzer also runs it), bundles the fuzz worker and the
// long-run script (TypeScript, importing the sources), and runs it.
import { spawnSync } from 'node:child_process';

for (const args of [['scripts/bundle.mjs'], ['scripts/fuzz/bundle-fuzz.mjs', '--runner']]) {
    const step = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (step.status !== 0) process.exit(step.status ?? 1);
}
const run = spawnSync(process.execPath, ['out/fuzz/long-run.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
