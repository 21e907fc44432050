// Extension activation outside VS Code: `require` of the bundled extension and
// its `activate()` (which does not wait for the language server), against a
// stand-in `vscode` module that answers every call with another stand-in.
// A real editor adds its own overhead; this measures what the extension costs.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

function standIn(name) {
    const fn = function () { return standIn(`${name}()`); };
    return new Proxy(fn, {
        get(_target, property) {
            if (property === 'then') return undefined; // not a promise
            if (property === Symbol.toPrimitive) return () => name;
            if (property === Symbol.iterator) return function* () { /* empty */ };
            if (property === 'length') return 0;
            return standIn(`${name}.${String(property)}`);
        },
        construct() { return standIn(`new ${name}`); },
        apply() { return standIn(`${name}()`); },
    });
}

// The module's top-level names, from its type declarations, each a stand-in (esbuild copies own properties).
const declarations = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const vscode = {};
for (const [, name] of declarations.matchAll(/^\s*export (?:namespace|class|enum|const|function|let) (\w+)/gm)) vscode[name] = standIn(`vscode.${name}`);
vscode.version = '1.95.0'; // the client checks it
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const root = path.join(__dirname, '..', '..');
const context = {
    subscriptions: [],
    extensionUri: vscode.Uri.file(root),
    extensionPath: root,
    asAbsolutePath: relative => path.join(root, relative),
    globalState: standIn('globalState'),
    workspaceState: standIn('workspaceState'),
};
const started = performance.now();
const extension = require(path.join(root, 'out', 'extension', 'main.cjs'));
const loaded = performance.now();
extension.activate(context);
const activated = performance.now();
process.stdout.write(JSON.stringify({ requireMs: loaded - started, activateMs: activated - loaded }) + '\n');
process.exit(0); // do not wait for the (stand-in) client's server
