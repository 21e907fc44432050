import { CaseFileError } from './read-case-file.js';

/**
 * What can be wrong with a path the CLI reads or writes, as data: the
 * message catalogue (cli-messages.ts) words it once per language.
 */
export type FileProblem =
    | { kind: 'not-found' }
    | { kind: 'permission-denied' }
    | { kind: 'link-loop' }
    | { kind: 'is-folder' }
    | { kind: 'not-regular-file' }
    | { kind: 'too-large'; megabytes: number; limitMegabytes: number }
    /** Anything else the system said, as it said it (no translation exists for it). */
    | { kind: 'other'; detail: string };

export function fileProblemOf(error: unknown): FileProblem {
    if (error instanceof CaseFileError) return error.problem;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    switch (code) {
        case 'ENOENT': return { kind: 'not-found' };
        case 'EACCES': case 'EPERM': return { kind: 'permission-denied' };
        case 'ELOOP': return { kind: 'link-loop' };
        case 'EISDIR': return { kind: 'is-folder' };
        default: return { kind: 'other', detail: error instanceof Error ? error.message : String(error) };
    }
}
