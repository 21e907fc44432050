// Bundles the benchmark (TypeScript, importing the sources) and runs it on the
// freshly built bundles. `npm run bench -- --quick` for a shorter run.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await esbuild.build({
    entryPoints: { bench: 'scripts/bench/bench.ts', memory: 'scripts/bench/memory.ts', 'ablation-worker': 'scripts/bench/ablation-worker.ts' },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outdir: 'out/bench', outExtension: { '.js': '.cjs' },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.dirname': '__dirname' },
    logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['out/bench/bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
