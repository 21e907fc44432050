// Lint: TypeScript's recommended rules, `any` only with a written reason, and
// the architecture's boundaries per folder (which imports and globals each
// environment may use; see ARCHITECTURE.md, "Invariants"). The tsconfig of
// each environment holds the same boundaries for types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_ENTRIES = ['src/language/main.ts', 'src/extension/main.ts', 'src/extension/test-hook.ts', 'src/cli/**'];

const portableGlobals = { console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', queueMicrotask: 'readonly', performance: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', URL: 'readonly', atob: 'readonly', btoa: 'readonly', crypto: 'readonly' };
const nodeGlobals = { ...portableGlobals, process: 'readonly', Buffer: 'readonly', require: 'readonly', __dirname: 'readonly', __filename: 'readonly', module: 'writable', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly' };
const browserGlobals = { ...portableGlobals, window: 'readonly', document: 'readonly', navigator: 'readonly', requestAnimationFrame: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', acquireVsCodeApi: 'readonly', Worker: 'readonly', self: 'readonly' };

const nodeBuiltins = { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'util', 'module', 'crypto'], message: 'Node APIs only in a Node entry point (src/language/main.ts, src/extension/main.ts, src/extension/test-hook.ts, src/cli/): this code also runs in a browser or web worker.' };
const noVscode = { name: 'vscode', message: 'vscode only in src/extension/: the core, the renderer, the CLI and the webview run without VS Code.' };
const noExtension = { group: ['**/extension/**', '**/extension'], message: 'Nothing outside the extension imports the extension.' };
const noCli = { group: ['**/cli/**', '**/cli'], message: 'The CLI sits on top: nothing in the core, the renderer, the extension or the webview imports it.' };
const nodeOnlyGlobals = [
    { name: 'Buffer', message: 'Node only: use Uint8Array, TextEncoder/TextDecoder or atob/btoa (the web host has no Buffer).' },
    { name: 'process', message: 'Node only: settings reach this code as parameters.' },
    { name: 'require', message: 'Node only.' },
    { name: '__dirname', message: 'Node only.' },
    { name: '__filename', message: 'Node only.' },
];

export default tseslint.config(
    { ignores: ['out/**', 'node_modules/**', 'src/language/generated/**', '.tools/**', 'test-results/**', '.vscode-test*/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            '@typescript-eslint/no-require-imports': 'off',
        },
    },
    // Tests, scripts, bin and the Node entries: Node (and the DOM for code that runs in a page).
    { files: ['test/**', 'scripts/**', 'bin/**', '*.mjs', '*.ts'], languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } } },
    { files: NODE_ENTRIES, languageOptions: { globals: nodeGlobals } },
    // The language core: portable, no vscode, no extension, no CLI, no Node outside main.ts.
    {
        files: ['src/language/**', 'src/protocol.ts', 'src/types/**'],
        ignores: ['src/language/main.ts'],
        languageOptions: { globals: portableGlobals },
        rules: {
            'no-restricted-imports': ['error', { paths: [noVscode], patterns: [nodeBuiltins, noExtension, noCli] }],
            'no-restricted-globals': ['error', ...nodeOnlyGlobals],
        },
    },
    { files: ['src/language/main-browser.ts'], languageOptions: { globals: { ...portableGlobals, self: 'readonly' } } },
    // The renderer: pure, model in and SVG out; it knows the case model's types, not Langium or any editor.
    {
        files: ['src/diagram/**'],
        languageOptions: { globals: portableGlobals },
        rules: {
            'no-restricted-imports': ['error', {
                paths: [noVscode],
                patterns: [nodeBuiltins, noExtension, noCli, { group: ['langium', 'langium/*', 'vscode-*'], message: 'The renderer takes the case model (src/language/model/case-model.ts), not the AST.' }],
            }],
            'no-restricted-globals': ['error', ...nodeOnlyGlobals],
        },
    },
    // The webview's script: DOM only; types from the protocol and the model.
    {
        files: ['src/webview/**'],
        languageOptions: { globals: browserGlobals },
        rules: {
            'no-restricted-imports': ['error', { paths: [noVscode], patterns: [nodeBuiltins, noExtension, noCli, { group: ['langium', 'langium/*', 'vscode-*'], message: 'The webview never parses: it shows what the host posts.' }] }],
            'no-restricted-globals': ['error', ...nodeOnlyGlobals],
        },
    },
    // The extension: vscode, no Node outside its Node entries, never the CLI.
    {
        files: ['src/extension/**'],
        ignores: ['src/extension/main.ts', 'src/extension/test-hook.ts'],
        languageOptions: { globals: { ...portableGlobals, Worker: 'readonly' } },
        rules: {
            'no-restricted-imports': ['error', { patterns: [nodeBuiltins, noCli] }],
            'no-restricted-globals': ['error', ...nodeOnlyGlobals],
        },
    },
    { files: ['src/extension/main.ts', 'src/extension/test-hook.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [noCli] }] } },
    // The CLI: Node, the core and the renderer; never the extension or vscode.
    { files: ['src/cli/**'], rules: { 'no-restricted-imports': ['error', { paths: [noVscode], patterns: [noExtension] }] } },
);
