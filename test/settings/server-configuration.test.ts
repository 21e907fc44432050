import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FileChangeType } from 'vscode-languageserver';
import { createCasusServices } from '../../src/language/casus-module.js';
import { CasusConfiguration } from '../../src/language/workspace/casus-configuration.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';

// A case with one finding of each of three codes: assumed-we (warning), missing-vision (warning), empty-quadrant (hint, ×3).
const CASE = 'casus "T" {\n  ik A {\n    belang "Wij willen minder schulden"\n  }\n}\n';

let folder: string;
beforeEach(() => { folder = mkdtempSync(join(tmpdir(), 'casus-settings-')); });
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The real services of the language server (Node file system), a workspace folder, one built document. */
async function server(options: { locale?: string } = {}) {
    const { shared, Casus } = createCasusServices(NodeFileSystem);
    const warnings: string[] = [];
    const configuration = new CasusConfiguration(shared, Casus, message => warnings.push(message));
    configuration.initialize({ locale: options.locale ?? 'en', workspaceFolders: [{ uri: URI.file(folder).toString() }] });
    // On disk as well: a change of language re-reads and re-parses (syntax messages are made while parsing).
    writeFileSync(join(folder, 'a.casus'), CASE);
    const [document] = await buildCaseDocuments(shared, [{ uri: URI.file(join(folder, 'a.casus')), text: CASE }]);
    return { shared, Casus, configuration, document, warnings };
}

const severities = (document: LangiumDocument) => Object.fromEntries((document.diagnostics ?? []).map(d => [String(d.code), d.severity]));
const ERROR = 1, WARNING = 2, INFO = 3, HINT = 4;

describe('the language server follows settings and casus.json', () => {
    test('defaults without settings or casus.json', async () => {
        const { configuration, document } = await server();
        await configuration.start();
        expect(severities(document)).toEqual({ 'assumed-we': WARNING, 'missing-vision': WARNING, 'empty-quadrant': HINT });
    });

    test('casus.json at the workspace root applies at start', async () => {
        writeFileSync(join(folder, 'casus.json'), JSON.stringify({ rules: { 'assumed-we': 'error', 'empty-quadrant': 'off' } }));
        const { configuration, document, warnings } = await server();
        await configuration.start();
        expect(severities(document)).toEqual({ 'assumed-we': ERROR, 'missing-vision': WARNING });
        expect(warnings).toEqual([]);
    });

    test('a configuration update (workspace/didChangeConfiguration) re-validates with the new severities; editor settings win over casus.json', async () => {
        writeFileSync(join(folder, 'casus.json'), JSON.stringify({ rules: { 'assumed-we': 'error', 'missing-vision': 'info' } }));
        const { shared, configuration, document } = await server();
        await configuration.start();
        expect(severities(document)).toMatchObject({ 'assumed-we': ERROR, 'missing-vision': INFO });

        shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: { casus: { diagnostics: { severity: { 'assumed-we': 'hint', 'empty-quadrant': 'off', 'not-a-code': 'error' } } } },
        });
        await configuration.settled();
        // The document object is rebuilt in place by the DocumentBuilder: its diagnostics are the new ones.
        expect(severities(document)).toEqual({ 'assumed-we': HINT, 'missing-vision': INFO });

        // Settings removed: back to casus.json, then the defaults.
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { casus: {} } });
        await configuration.settled();
        expect(severities(document)).toEqual({ 'assumed-we': ERROR, 'missing-vision': INFO, 'empty-quadrant': HINT });
    });

    test('casus.language overrides the display language; auto follows it', async () => {
        const { shared, Casus, configuration, document } = await server({ locale: 'en-US' });
        await configuration.start();
        const message = () => String(document.diagnostics?.find(d => d.code === 'missing-vision')?.message);
        expect(message()).toBe(Casus.workspace.CasusSettings.messages.missingVision('A'));
        const english = message();
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { casus: { language: 'nl' } } });
        await configuration.settled();
        expect(Casus.workspace.CasusSettings.locale).toBe('nl');
        expect(message()).toBe(Casus.workspace.CasusSettings.messages.missingVision('A'));
        expect(message()).not.toBe(english);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { casus: { language: 'auto' } } });
        await configuration.settled();
        expect(message()).toBe(english);
    });

    test('a language change also re-words syntax errors (they are made while parsing)', async () => {
        const { shared, configuration } = await server({ locale: 'en' });
        const broken = join(folder, 'broken.casus');
        writeFileSync(broken, 'casus "T" {\n  ik A {\n');
        const [document] = await buildCaseDocuments(shared, [{ uri: URI.file(broken), text: 'casus "T" {\n  ik A {\n' }]);
        await configuration.start();
        const syntax = () => (document.diagnostics ?? []).filter(d => d.code === 'syntax-error').map(d => d.message).join('\n');
        const english = syntax();
        expect(english).not.toBe('');
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { casus: { language: 'nl' } } });
        await configuration.settled();
        expect(syntax()).not.toBe('');
        expect(syntax()).not.toBe(english);
    });

    test('a changed casus.json (watched-file event) is read again', async () => {
        const { shared, configuration, document } = await server();
        await configuration.start();
        expect(severities(document)['assumed-we']).toBe(WARNING);
        writeFileSync(join(folder, 'casus.json'), JSON.stringify({ rules: { 'assumed-we': 'off' } }));
        shared.lsp.DocumentUpdateHandler!.didChangeWatchedFiles!({ changes: [{ uri: URI.file(join(folder, 'casus.json')).toString(), type: FileChangeType.Created }] });
        await configuration.settled();
        expect(severities(document)['assumed-we']).toBeUndefined();
    });

    test('a bad casus.json is reported in the display language; its good entries still apply', async () => {
        writeFileSync(join(folder, 'casus.json'), JSON.stringify({ rules: { 'assumed-we': 'error', 'missing-vision': 'loud', 'geen-code': 'off' } }));
        const { configuration, document, warnings } = await server({ locale: 'nl' });
        await configuration.start();
        expect(severities(document)['assumed-we']).toBe(ERROR);
        expect(warnings).toHaveLength(2);
        expect(warnings[0]).toContain('casus.json');
        expect(warnings.join('\n')).toContain("code 'missing-vision' kan niet op \"loud\" staan");
        expect(warnings.join('\n')).toContain("onbekende code 'geen-code'");
    });

    test('a casus.json that is not JSON is reported, and the defaults apply', async () => {
        writeFileSync(join(folder, 'casus.json'), '{ rules: ');
        const { configuration, document, warnings } = await server();
        await configuration.start();
        expect(severities(document)['assumed-we']).toBe(WARNING);
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(/casus\.json: not valid JSON/);
    });
});
