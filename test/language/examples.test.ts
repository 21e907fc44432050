import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validate } from '../helpers/validate.js';

const shared = join(import.meta.dirname, '../fixtures/shared');
const examples = join(shared, 'examples');

/** `FILE LINE CODE` lines of examples.expect (the copy of ../shared in test/fixtures/shared). */
function expectedFindings(): Map<string, string[]> {
    const byFile = new Map<string, string[]>();
    for (const file of readdirSync(examples).filter(f => f.endsWith('.casus'))) byFile.set(file, []);
    for (const line of readFileSync(join(shared, 'expected/examples.expect'), 'utf8').split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        const [file, lineNumber, code] = line.trim().split(/\s+/);
        byFile.get(file)?.push(`${lineNumber} ${code}`);
    }
    return byFile;
}

describe('the shared examples give exactly the specified findings', () => {
    for (const [file, expected] of expectedFindings()) {
        test(file, async () => {
            const diagnostics = await validate(readFileSync(join(examples, file), 'utf8'));
            const got = diagnostics.map(d => `${d.range.start.line + 1} ${String(d.code)}`).sort();
            expect(got).toEqual([...expected].sort());
        });
    }
});
