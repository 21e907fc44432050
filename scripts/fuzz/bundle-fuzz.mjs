// Bundles the fuzz worker (TypeScript, importing the sources) into
// out/fuzz/worker.cjs, and with `--runner` the long-run script as well.
import * as esbuild from 'esbuild';

const entryPoints = { worker: 'test/fuzz/lib/fuzz-worker.ts' };
if (process.argv.includes('--runner')) entryPoints['long-run'] = 'scripts/fuzz/long-run.ts';
await esbuild.build({
    entryPoints,
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outdir: 'out/fuzz', outExtension: { '.js': '.cjs' },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.dirname': '__dirname' },
    logLevel: 'warning',
});
