import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

/**
 * The environments are held apart by one tsconfig each (`npm run typecheck`
 * runs them all): these tests make sure every source file is in one, and that
 * the configs say what ARCHITECTURE.md says they say.
 */
const CONFIGS = ['core', 'node', 'worker', 'extension', 'extension-web', 'extension-node', 'webview', 'tests'];

function filesOf(config: string): string[] {
    const path = join(ROOT, `tsconfig.${config}.json`);
    const parsed = ts.getParsedCommandLineOfConfigFile(path, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: d => { throw new Error(String(d.messageText)); } });
    if (!parsed) throw new Error(`cannot read ${path}`);
    return parsed.fileNames.map(file => relative(ROOT, file));
}

function sourceFiles(folder: string): string[] {
    return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.ts'))
        .map(entry => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('one tsconfig per environment', () => {
    const byConfig = Object.fromEntries(CONFIGS.map(config => [config, filesOf(config)]));

    test('the typecheck script runs every environment config', () => {
        const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
        for (const config of CONFIGS) expect(scripts.typecheck).toContain(`tsc -p tsconfig.${config}.json`);
    });

    test('every source, test and script file is checked in at least one environment', () => {
        const checked = new Set(Object.values(byConfig).flat());
        const unchecked = [...sourceFiles('src'), ...sourceFiles('test'), ...sourceFiles('scripts')]
            .filter(file => !checked.has(file));
        expect(unchecked).toEqual([]);
    });

    test('the core, the renderer and the protocol are checked without DOM, Node or vscode types', () => {
        const core = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.core.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
        expect(core?.options.lib?.map(lib => lib.replace(/^lib\.|\.d\.ts$/g, ''))).toEqual(['es2023']);
        expect(core?.options.types).toEqual([]);
        const files = byConfig.core;
        expect(files).toContain('src/diagram/render-svg.ts');
        expect(files).toContain('src/protocol.ts');
        expect(files.filter(file => /^src\/language\/main(-browser)?\.ts$/.test(file))).toEqual([]);
    });

    test('the extension outside its Node entries has no Node types, the webview script has the DOM', () => {
        const extension = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.extension.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
        expect(extension?.options.types).toEqual([]);
        expect(byConfig.extension).toContain('src/extension/preview/case-preview.ts');
        expect(byConfig.extension).not.toContain('src/extension/main.ts');
        expect(byConfig.webview).toEqual(sourceFiles('src/webview'));
    });
});
