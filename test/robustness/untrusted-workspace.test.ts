import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { LspTestClient } from '../server/lsp-client.js';

/**
 * Untrusted workspaces: the extension declares it works in Restricted Mode
 * (`capabilities.untrustedWorkspaces.supported: true`), which is safe because
 * nothing in a workspace is ever run: a case is parsed and checked, the
 * preview draws it under a strict CSP, and casus.json only sets severities.
 * These tests hold the code to that: every file system access in the
 * extension and the language server is on an allow-list (a new one fails here
 * until someone looks at it), and the built server, given a hostile workspace,
 * reads only the workspace's cases and casus.json, and writes nothing.
 */

const SOURCE_ROOTS = ['src/extension', 'src/language', 'src/diagram', 'src/webview', 'src/protocol.ts'];

function sources(): Array<{ file: string; text: string }> {
    const files: string[] = [];
    const walk = (path: string) => {
        const full = join(ROOT, path);
        if (path.endsWith('.ts')) return files.push(path);
        for (const entry of readdirSync(full, { withFileTypes: true })) {
            if (entry.name === 'generated') continue;
            if (entry.isDirectory() || entry.name.endsWith('.ts')) walk(join(path, entry.name));
        }
    };
    SOURCE_ROOTS.forEach(walk);
    return files.map(file => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}

/** Calls that touch files, run code or start processes. */
const SENSITIVE = /\bnode:fs\b|from 'fs'|\bworkspace\.fs\.\w+|FileSystemProvider\.\w+|\bfiles\.readFile\b|\bchild_process\b|\beval\(|new Function\(|\brequire\((?!'vscode')[^)'"]*\)|\bexecSync\(|\bspawn\(/g;

/** Every sensitive use, with why it is safe in an untrusted workspace. */
const ALLOWED: Record<string, string> = {
    // The example case of "New Case from Example": read from the extension's own media folder…
    'src/extension/new-case-example.ts: workspace.fs.readFile': 'the extension\'s own media/examples, and an existing example copy it compares byte for byte',
    // …and written, on the user's command, to a fresh name in the first workspace folder (never over another file).
    'src/extension/new-case-example.ts: workspace.fs.writeFile': 'only to freeUri(): a name that does not exist yet, on the user\'s command',
    'src/extension/new-case-example.ts: workspace.fs.stat': 'does a candidate name exist',
    'src/extension/new-case-command.ts: workspace.fs.writeFile': 'only to the path the user picked in a save dialog',
    'src/extension/preview/preview-manager.ts: workspace.fs.writeFile': 'the SVG/PNG export, only to the path the user picked in a save dialog',
    'src/extension/test-hook.ts: node:fs': 'only with CASUS_E2E_REPORT set by the e2e suite: writes that report file',
    'src/extension/test-hook.ts: require(suitePath)': 'only with CASUS_E2E_SUITE set by the e2e suite',
    'src/language/workspace/casus-configuration.ts: files.readFile': 'casus.json at the root of a workspace folder; it only holds severities',
};

describe('untrusted workspaces', () => {
    test('the extension declares support for untrusted workspaces and contributes nothing that runs workspace code', () => {
        const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
            capabilities: { untrustedWorkspaces: { supported: boolean | string } };
            contributes: Record<string, unknown>;
        };
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
        // No task providers, debuggers, terminals or notebook kernels: nothing that could execute a file.
        for (const key of ['taskDefinitions', 'debuggers', 'terminal', 'notebooks']) expect(manifest.contributes).not.toHaveProperty(key);
    });

    test('every file access and code-running call in the extension and the server is on the reviewed allow-list', () => {
        const found = new Set<string>();
        for (const { file, text } of sources()) {
            for (const match of text.matchAll(SENSITIVE)) {
                const call = match[0].replace(/^from 'fs'$/, 'node:fs').replace(/\($/, '');
                found.add(`${file}: ${call.replace(/^FileSystemProvider\./, 'FileSystemProvider.')}`);
            }
        }
        const unreviewed = [...found].filter(use => !(use in ALLOWED));
        expect(unreviewed, 'a new file access or code-running call: check it is safe in an untrusted workspace, then add it to ALLOWED with the reason').toEqual([]);
        // The allow-list stays honest: each entry still exists.
        expect(Object.keys(ALLOWED).filter(use => !found.has(use))).toEqual([]);
    });

    test('writes happen only to a path the user chose (save dialog) or a fresh example name', () => {
        for (const { file, text } of sources()) {
            for (const match of text.matchAll(/workspace\.fs\.writeFile\((\w+)/g)) {
                const variable = match[1];
                const assigned = new RegExp(`const ${variable} = await (vscode\\.window\\.showSaveDialog|freeUri)\\(`).test(text);
                expect(assigned, `${file}: writeFile(${variable}) must write to a save-dialog choice or a fresh name`).toBe(true);
            }
        }
    });

    test('the webview loads only the extension\'s own script and media, under a CSP with nothing remote', () => {
        const preview = readFileSync(join(ROOT, 'src/extension/preview/case-preview.ts'), 'utf8');
        const roots = /function previewResourceRoots[^{]*\{\s*return \[([^\]]*)\]/.exec(preview)?.[1] ?? '';
        expect(roots.split(/,\s*(?=vscode)/).map(r => r.trim())).toEqual([
            "vscode.Uri.joinPath(extensionUri, 'out', 'preview')", "vscode.Uri.joinPath(extensionUri, 'media')",
        ]);
        // Every webview the extension creates or adopts is given exactly those roots.
        for (const file of ['case-preview.ts', 'preview-manager.ts']) {
            const source = readFileSync(join(ROOT, 'src/extension/preview', file), 'utf8');
            for (const [setting] of source.matchAll(/localResourceRoots:[^,}\n]*/g)) {
                expect(setting, file).toMatch(/^localResourceRoots: previewResourceRoots\((this\.)?extensionUri\)/);
            }
        }
        const page = readFileSync(join(ROOT, 'src/extension/preview/preview-html.ts'), 'utf8');
        expect(page).toContain(`"default-src 'none'"`);
        expect(page).not.toMatch(/unsafe-eval|unsafe-inline|https?:\/\//);
    });
});

describe('the built server in a hostile workspace', () => {
    let workspace: string | undefined;
    afterAll(() => { if (workspace) rmSync(workspace, { recursive: true, force: true }); });

    test('reads only the workspace\'s cases and casus.json, writes nothing, whatever the case names', async () => {
        workspace = mkdtempSync(join(tmpdir(), 'casus-untrusted-'));
        const outside = mkdtempSync(join(tmpdir(), 'casus-outside-'));
        writeFileSync(join(outside, 'secret.casus'), 'casus "geheim" {}');
        writeFileSync(join(outside, 'casus.json'), '{}');
        mkdirSync(join(workspace, 'cases'));
        const hostile = `// casus-ignore ../../${relative(workspace, outside)}/secret.casus
casus "file://${outside}/secret.casus" {
  ik A "${outside}/casus.json" { belang "../../../../etc/passwd" visie "\${require('child_process').execSync('touch ${outside}/pwned')}" }
  organisatie { actor B { belang "file:///etc/shadow" } }
  verbinding B { helpt "<img src=file://${outside}/x.png>" waarom "v" }
}
`;
        writeFileSync(join(workspace, 'cases/hostile.casus'), hostile);
        writeFileSync(join(workspace, 'casus.json'), JSON.stringify({ $schema: `file://${outside}/schema.json`, rules: { 'assumed-we': 'off' }, extends: `${outside}/casus.json` }));

        // Every path the server process opens, logged from inside it by a preloaded probe.
        const log = join(tmpdir(), `casus-fs-probe-${process.pid}.log`);
        const probe = join(tmpdir(), `casus-fs-probe-${process.pid}.cjs`);
        writeFileSync(probe, `
const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(log)}, 'a'); const writeSync = fs.writeSync;
const note = (kind, path) => { try { writeSync(fd, kind + ' ' + String(path instanceof URL ? path.pathname : path) + '\\n'); } catch {} };
for (const [name, kind] of [['readFile', 'read'], ['readFileSync', 'read'], ['open', 'open'], ['openSync', 'open'], ['writeFile', 'write'], ['writeFileSync', 'write'], ['appendFile', 'write'], ['readdir', 'list'], ['readdirSync', 'list'], ['rename', 'write'], ['unlink', 'write'], ['mkdir', 'write'], ['createWriteStream', 'write']]) {
  const original = fs[name]; if (typeof original !== 'function') continue;
  fs[name] = function (path, ...rest) { if (typeof path !== 'number') note(kind + (name === 'open' || name === 'openSync' ? ':' + String(rest[0] ?? 'r') : ''), path); return original.call(this, path, ...rest); };
}
for (const [name, kind] of [['readFile', 'read'], ['open', 'open'], ['writeFile', 'write'], ['appendFile', 'write'], ['readdir', 'list'], ['rename', 'write'], ['unlink', 'write'], ['mkdir', 'write']]) {
  const original = fs.promises[name];
  fs.promises[name] = function (path, ...rest) { note(kind + (name === 'open' ? ':' + String(rest[0] ?? 'r') : ''), path); return original.call(this, path, ...rest); };
}
`);
        const previous = process.env.NODE_OPTIONS;
        process.env.NODE_OPTIONS = `${previous ?? ''} --require ${probe}`.trim();
        let client: LspTestClient | undefined;
        try {
            client = await LspTestClient.start('en', pathToFileURL(workspace).href);
        } finally {
            if (previous === undefined) delete process.env.NODE_OPTIONS; else process.env.NODE_OPTIONS = previous;
        }
        try {
            await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(workspace, 'casus.json')).href, type: 2 }] });
            const uri = pathToFileURL(join(workspace, 'cases/hostile.casus')).href;
            client.open(uri, hostile);
            await client.diagnosticsFor(uri);
            const textDocument = { uri };
            for (let line = 0; line < 6; line++) {
                for (const character of [3, 12, 30]) {
                    await client.connection.sendRequest('textDocument/hover', { textDocument, position: { line, character } });
                    await client.connection.sendRequest('textDocument/completion', { textDocument, position: { line, character } });
                    await client.connection.sendRequest('textDocument/definition', { textDocument, position: { line, character } });
                }
            }
            await client.connection.sendRequest('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
            await client.connection.sendRequest('textDocument/documentSymbol', { textDocument });
            await client.connection.sendRequest('textDocument/codeAction', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } }, context: { diagnostics: [] } });
            await client.connection.sendRequest('textDocument/documentLink', { textDocument }).catch(() => null);
        } finally {
            await client.stop();
        }
        const entries = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map(line => {
            const [kind, ...path] = line.split(' ');
            return { kind, path: resolve(path.join(' ')) };
        });
        rmSync(log, { force: true });
        rmSync(probe, { force: true });
        const mine = (path: string) => path.startsWith(ROOT + '/') || path.startsWith('/usr/') || path.startsWith('/proc/') || path.startsWith('/sys/') || path.startsWith('/etc/ssl') || path === '/dev/null';
        const touched = entries.filter(e => !mine(e.path));
        // The probe saw the server at work: it read the workspace's casus.json (and so would have seen any other read).
        expect(touched.some(e => e.path === join(workspace!, 'casus.json')), JSON.stringify(touched)).toBe(true);
        expect(touched.filter(e => e.path.startsWith(outside)), 'nothing outside the workspace').toEqual([]);
        expect(touched.filter(e => e.kind.startsWith('write') || /^open:(w|a|r\+)/.test(e.kind)), 'nothing written').toEqual([]);
        const allowed = (path: string) => path === workspace || path === join(workspace!, 'casus.json') || (path.startsWith(workspace! + '/') && path.endsWith('.casus')) || path === join(workspace!, 'cases');
        expect(touched.filter(e => !allowed(e.path)).map(e => `${e.kind} ${e.path}`)).toEqual([]);
        expect(readdirSync(outside).sort()).toEqual(['casus.json', 'secret.casus']);
        rmSync(outside, { recursive: true, force: true });
    }, 60_000);
});

describe('a workspace whose casus.json is wrong, opened by a minimal client', () => {
    test('the server keeps running when the client refuses window/showMessageRequest (it used to exit on the rejected warning)', async () => {
        const workspace = mkdtempSync(join(tmpdir(), 'casus-bad-json-'));
        writeFileSync(join(workspace, 'casus.json'), '{"rules": {"bogus": 1}, "extra": true}');
        const server = spawn(process.execPath, [join(ROOT, 'out/language/main.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        server.stderr!.on('data', chunk => { stderr += String(chunk); });
        const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
        const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const refused: string[] = [];
        connection.onRequest('workspace/configuration', () => []);
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
            refused.push(params.message);
            throw new ResponseError(-32601, 'Unhandled method window/showMessageRequest');
        });
        connection.listen();
        try {
            await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, locale: 'en' });
            await connection.sendNotification('initialized', {});
            await expect.poll(() => refused.length, { timeout: 20_000 }).toBeGreaterThan(0);
            // Still answering after the refusal.
            const uri = pathToFileURL(join(workspace, 'a.casus')).href;
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'casus', version: 1, text: 'casus "T" { ik A }' } });
            const symbols = await Promise.race([
                connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
                exited.then(code => { throw new Error(`the server exited (${code}): ${stderr.slice(-500)}`); }),
            ]);
            expect(Array.isArray(symbols)).toBe(true);
        } finally {
            connection.dispose();
            server.kill();
            rmSync(workspace, { recursive: true, force: true });
        }
    }, 60_000);
});
