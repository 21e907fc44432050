import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The static side of "New Case…", the example and the walkthrough: what
 * package.json promises must exist (texts in both languages, media files,
 * registered commands), since VS Code shows a broken step or a raw `%key%`
 * without any error.
 */
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
    contributes: {
        commands: Array<{ command: string; title: string }>;
        menus: Record<string, Array<{ command: string; when?: string }>>;
        walkthroughs: Array<{ id: string; title: string; description: string; steps: Array<{ id: string; title: string; description: string; media: { markdown?: string }; completionEvents?: string[] }> }>;
    };
};
const nls: Record<'en' | 'nl', Record<string, string>> = {
    en: JSON.parse(read('package.nls.json')) as Record<string, string>,
    nl: JSON.parse(read('package.nls.nl.json')) as Record<string, string>,
};
const bundle = JSON.parse(read('l10n/bundle.l10n.nl.json')) as Record<string, string>;
const ours = readdirSync(join(root, 'src/extension')).filter(f => /^new-case-.*\.ts$/.test(f)).map(f => read(`src/extension/${f}`)).join('\n');

/** `%key%` → the text in one language; throws for a missing key. */
function localized(value: string, language: 'en' | 'nl'): string {
    const key = /^%(.+)%$/.exec(value)?.[1];
    if (!key) return value;
    const text = nls[language][key];
    if (text === undefined) throw new Error(`package.nls${language === 'nl' ? '.nl' : ''}.json has no "${key}"`);
    return text;
}

describe('package.json and its translations', () => {
    test('every %key% in package.json has an English and a Dutch text', () => {
        const keys = [...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map(m => m[1]);
        expect(keys.length).toBeGreaterThan(0);
        for (const language of ['en', 'nl'] as const) {
            expect(keys.filter(key => nls[language][key] === undefined), language).toEqual([]);
        }
    });

    test('every vscode.l10n.t text of New Case and the example has a Dutch translation', () => {
        const texts = [...ours.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map(m => m[1]);
        expect(texts.length).toBeGreaterThan(5);
        expect(texts.filter(text => !bundle[text])).toEqual([]);
    });

    test('the commands registered by New Case and the example are the ones contributed', () => {
        const registered = [...ours.matchAll(/registerCommand\(\s*'([^']+)'/g)].map(m => m[1]).sort();
        expect(registered).toEqual(['casus.newCase', 'casus.openExample', 'casus.walkthrough.openPreview', 'casus.walkthrough.quickFix']);
        const contributed = manifest.contributes.commands.map(c => c.command);
        for (const command of registered) expect(contributed).toContain(command);
        expect(manifest.contributes.menus['file/newFile']?.map(m => m.command)).toContain('casus.newCase');
        // The walkthrough's helpers act on "the open case": hidden from the Command Palette.
        const hidden = manifest.contributes.menus.commandPalette.filter(m => m.when === 'false').map(m => m.command);
        expect(hidden).toEqual(expect.arrayContaining(['casus.walkthrough.openPreview', 'casus.walkthrough.quickFix']));
    });

    test('the example files the command opens exist for both languages', () => {
        for (const file of ['voorbeeld.casus', 'example.casus']) {
            expect(ours).toContain(`'${file}'`);
            expect(existsSync(join(root, 'media/examples', file)), file).toBe(true);
        }
    });
});

describe('the walkthrough', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    const builtIn = ['workbench.actions.view.problems'];
    const contributed = new Set(manifest.contributes.commands.map(c => c.command));

    test('takes the analyst from the example to their own case', () => {
        expect(walkthrough.steps.map(step => step.id)).toEqual(['openExample', 'findings', 'quickFix', 'preview', 'export', 'newCase']);
    });

    for (const language of ['en', 'nl'] as const) {
        test(`${language}: every step has a title, a button that runs an existing command, and its own media file`, () => {
            localized(walkthrough.title, language);
            localized(walkthrough.description, language);
            const media = new Set<string>();
            for (const step of walkthrough.steps) {
                expect(localized(step.title, language).length, step.id).toBeGreaterThan(3);
                const description = localized(step.description, language);
                const commands = [...description.matchAll(/\]\(command:(?:toSide:)?([\w.]+)\)/g)].map(m => m[1]);
                expect(commands.length, `${step.id} has a button`).toBeGreaterThan(0);
                for (const command of commands) expect(contributed.has(command) || builtIn.includes(command), command).toBe(true);
                const path = localized(step.media.markdown ?? '', language);
                expect(path, step.id).toMatch(new RegExp(`^media/walkthrough/${language}/[\\w-]+\\.md$`));
                expect(existsSync(join(root, path)), path).toBe(true);
                media.add(path);
                for (const event of step.completionEvents ?? []) {
                    const command = /^onCommand:(.+)$/.exec(event)?.[1];
                    const context = /^onContext:(.+)$/.exec(event)?.[1];
                    if (context !== undefined) {
                        // A context key the extension itself sets on the real event.
                        expect(readFileSync(join(root, 'src/extension/new-case-example.ts'), 'utf8'), event).toContain(`'${context}'`);
                        continue;
                    }
                    expect(command !== undefined && (contributed.has(command) || builtIn.includes(command)), event).toBe(true);
                }
            }
            expect(media.size).toBe(walkthrough.steps.length);
        });
    }

    test('the Dutch media files are Dutch and the English ones English', () => {
        for (const step of walkthrough.steps) {
            expect(read(localized(step.media.markdown ?? '', 'nl'))).toMatch(/\b(je|jij|jouw|het|een)\b/);
            expect(read(localized(step.media.markdown ?? '', 'en'))).toMatch(/\b(you|your|the|a)\b/);
        }
    });
});
