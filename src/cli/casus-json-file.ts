import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CASUS_JSON, parseCasusJson, type CasusJson } from '../language/workspace/casus-json.js';

export interface LoadedCasusJson extends CasusJson {
    path: string;
}

/**
 * The casus.json that applies to a command run in `folder`: the one in that
 * folder or in the nearest parent folder that has one (like .editorconfig or
 * package.json lookups), or `undefined` when there is none.
 */
export async function findCasusJson(folder: string): Promise<string | undefined> {
    let current = folder;
    for (;;) {
        const candidate = join(current, CASUS_JSON);
        try {
            if ((await stat(candidate)).isFile()) return candidate;
        } catch {
            // not here; look one folder up
        }
        const parent = dirname(current);
        if (parent === current) return undefined;
        current = parent;
    }
}

/** Reads and checks the casus.json for `folder`; a file that cannot be read is reported as a problem. */
export async function loadCasusJson(folder: string): Promise<LoadedCasusJson | undefined> {
    const path = await findCasusJson(folder);
    if (path === undefined) return undefined;
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch (error) {
        return { path, rules: {}, problems: [{ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) }] };
    }
    return { path, ...parseCasusJson(text) };
}
