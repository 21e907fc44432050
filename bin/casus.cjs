#!/usr/bin/env node
// The `casus` command: runs the bundled CLI (built by `npm run build`).
//
// Most of a short run is V8 compiling the bundle. Node 22 caches that by
// itself (module.enableCompileCache); on Node 20 we keep V8's code cache for
// the bundle in the user's own cache folder, so the second run onwards starts
// faster. Any problem with the cache just means a normal, uncached start.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const bundle = path.join(__dirname, '..', 'out', 'cli', 'casus.cjs');

function cacheFolder() {
    const base = process.env.XDG_CACHE_HOME || (process.env.HOME && path.join(process.env.HOME, '.cache'));
    return base ? path.join(base, 'casus') : undefined;
}

/**
 * The command the cache is for: a cache holds the functions its first run
 * compiled, so one made by `casus --version` would leave `casus check`
 * compiling most of its code on every run.
 */
function commandOf(args) {
    const command = args.find(arg => !arg.startsWith('-'));
    return ['check', 'format', 'render', 'report'].includes(command) ? command : 'other';
}

/** Caches of this command for other builds of the bundle (or another Node), and those of Casus 0.1 (one for all commands), are never read again. */
function removeStaleCaches(folder, prefix, keep) {
    try {
        for (const name of fs.readdirSync(folder)) {
            const stale = (name.startsWith(prefix) || /^cli-v\d/.test(name)) && name.endsWith('.v8') && name !== keep;
            if (stale) fs.rmSync(path.join(folder, name), { force: true });
        }
    } catch { /* nothing to tidy */ }
}

function runCached() {
    const vm = require('node:vm');
    const source = fs.readFileSync(bundle, 'utf8');
    const stat = fs.statSync(bundle);
    const folder = cacheFolder();
    const prefix = `cli-${commandOf(process.argv.slice(2))}-`;
    const cacheName = `${prefix}${process.version}-${process.arch}-${stat.size}-${Math.round(stat.mtimeMs)}.v8`;
    const cacheFile = folder && path.join(folder, cacheName);
    let cachedData;
    try { if (cacheFile) cachedData = fs.readFileSync(cacheFile); } catch { /* first run */ }
    const script = new vm.Script(Module.wrap(source), {
        filename: bundle,
        cachedData,
        // import() inside the bundle resolves as it would in a plain require()d module.
        importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) {
        // Written at exit, so that it also holds the functions this run compiled lazily.
        process.once('exit', () => {
            try {
                fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
                const temporary = `${cacheFile}.${process.pid}`;
                fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
                fs.renameSync(temporary, cacheFile);
                removeStaleCaches(folder, prefix, cacheName);
            } catch { /* a read-only home: no cache, no harm */ }
        });
    }
    const module = new Module(bundle, null);
    module.filename = bundle;
    module.paths = Module._nodeModulePaths(path.dirname(bundle));
    script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
}

if (!fs.existsSync(bundle)) {
    process.stderr.write('casus: the CLI is not built yet; run `npm run build` (or `npm ci`) first.\n');
    process.exitCode = 2;
} else if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(cacheFolder());
    require(bundle);
} else {
    runCached();
}
