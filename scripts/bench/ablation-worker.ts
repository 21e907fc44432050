/** One ablation variant in a fresh process (see ablation.ts): `ablation-worker.cjs VARIANT LINES RUNS` prints `{"median": ms}`. */
import { measureVariant } from './ablation.js';

const [variant, lines, runs] = process.argv.slice(2).map(Number);
measureVariant(variant, lines, runs).then(
    median => { process.stdout.write(JSON.stringify({ median })); process.exit(0); },
    error => { console.error(error); process.exit(1); },
);
