import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository's root, found upwards from `start`: this library runs from
 * its sources (vitest, test/fuzz/lib) and bundled (out/fuzz), at different depths.
 */
export function repositoryRoot(start: string): string {
    for (let folder = start; ; folder = dirname(folder)) {
        if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'langium-config.json'))) return folder;
        if (dirname(folder) === folder) throw new Error(`no repository root above ${start}`);
    }
}
