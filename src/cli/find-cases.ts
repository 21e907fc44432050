import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileProblemOf, type FileProblem } from './file-problem.js';

export interface FoundCase {
    /** The path as the user gave it, or a given folder joined with the file's relative path. */
    display: string;
}

export interface PathProblem {
    path: string;
    problem: FileProblem;
}

/**
 * Expands the paths a user gave into `.casus` files: a file stands for itself,
 * a folder is searched recursively, skipping `node_modules` and dot-folders.
 * Symbolic links to folders are followed once (a link loop ends there).
 */
export async function findCases(paths: readonly string[]): Promise<{ cases: FoundCase[]; problems: PathProblem[] }> {
    const cases: FoundCase[] = [];
    const problems: PathProblem[] = [];
    const seenFolders = new Set<string>();
    for (const path of paths) {
        let info;
        try {
            info = await stat(path);
        } catch (error) {
            problems.push({ path, problem: fileProblemOf(error) });
            continue;
        }
        if (info.isDirectory()) {
            await walk(path, cases, problems, seenFolders);
        } else {
            cases.push({ display: path });
        }
    }
    return { cases, problems };
}

async function walk(folder: string, cases: FoundCase[], problems: PathProblem[], seen: Set<string>): Promise<void> {
    let real: string;
    let entries;
    try {
        real = await realpath(folder);
        if (seen.has(real)) return;
        seen.add(real);
        entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
        problems.push({ path: folder, problem: fileProblemOf(error) });
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const path = join(folder, entry.name);
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
            try {
                const target = await stat(path);
                isDirectory = target.isDirectory();
                isFile = target.isFile();
            } catch {
                continue; // a dangling link is not a case
            }
        }
        if (isDirectory) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
            await walk(path, cases, problems, seen);
        } else if (isFile && entry.name.endsWith('.casus')) {
            cases.push({ display: path });
        }
    }
}
