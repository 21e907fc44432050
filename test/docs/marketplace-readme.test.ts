import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validate } from '../helpers/validate.js';

/** The Marketplace page (vsce --readme-path docs/marketplace/README.md). */
const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'docs/marketplace/README.md'), 'utf8');

describe('the Marketplace README', () => {
    test('is the one vsce packages', () => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
        expect(manifest.scripts.package).toContain('--readme-path docs/marketplace/README.md');
    });

    test('its example case gives no finding', async () => {
        const blocks = [...readme.matchAll(/```casus\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(blocks.length).toBeGreaterThan(0);
        for (const block of blocks) expect((await validate(block)).map(d => `${d.range.start.line + 1} ${String(d.code)}`)).toEqual([]);
    });

    test('has no relative links or images: without a public repository vsce cannot rewrite them', () => {
        const targets = [...readme.matchAll(/\]\(([^)]+)\)/g)].map(m => m[1]);
        expect(targets.filter(target => !/^(https:|#)/.test(target))).toEqual([]);
    });

    test('names the walkthrough and commands by their real titles', () => {
        const flat = readme.replace(/\s+/g, ' ');
        for (const file of ['package.nls.json', 'package.nls.nl.json']) {
            const nls = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
            for (const key of ['walkthrough.title', 'command.newCase']) expect(flat, file).toContain(nls[key]);
        }
        expect(flat).toContain(JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'))['command.preview.openToSide'] as string);
    });
});
