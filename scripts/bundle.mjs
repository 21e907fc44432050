// Bundles the extension, the language server and the CLI with esbuild, each
// into one CommonJS file under out/. `--watch` rebuilds on change;
// `--dev` skips minification for readable stack traces.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { CASUS_VERSION: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
    // Langium is ESM; a few of its modules read import.meta.url, which a CommonJS bundle does not have.
    banner: { js: 'const __casus_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};
common.define['import.meta.url'] = '__casus_import_meta_url';

const builds = [
    { entryPoints: { 'extension/main': 'src/extension/main.ts' }, external: ['vscode'] },
    { entryPoints: { 'language/main': 'src/language/main.ts' } },
    // resvg is a native module: loaded at run time from node_modules, and only for `casus render --format png`.
    { entryPoints: { 'cli/casus': 'src/cli/bin.ts' }, external: ['@resvg/resvg-js'] },
].map(options => ({ ...common, ...options, outdir: 'out', outExtension: { '.js': '.cjs' } }));
// The preview's script runs inside the webview (a browser), loaded from out/preview/ under a strict CSP.
builds.push({
    ...common, platform: 'browser', format: 'iife', target: 'chrome120', banner: undefined, define: { 'process.env.NODE_ENV': '"production"' },
    entryPoints: { 'preview/webview': 'src/webview/preview-webview.ts' }, outdir: 'out',
});

// VS Code for the Web: the extension's browser entry and the language server as a web worker. No Node APIs.
const browser = { ...common, platform: 'browser', target: 'chrome120', banner: undefined, define: { CASUS_VERSION: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' } };
builds.push(
    // .cjs: the package is "type": "module", and VS Code's web worker extension host refuses a .js entry of such a package as ESM.
    { ...browser, format: 'cjs', entryPoints: { 'extension/browser': 'src/extension/main-browser.ts' }, external: ['vscode'], outdir: 'out', outExtension: { '.js': '.cjs' } },
    { ...browser, format: 'iife', entryPoints: { 'language/worker': 'src/language/main-browser.ts' }, outdir: 'out' },
);

if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
    console.log('[watch] bundling on change');
} else {
    const started = Date.now();
    await Promise.all(builds.map(options => esbuild.build(options)));
    console.log(`bundled extension, language server and CLI in ${Date.now() - started} ms`);
}
