import { constants, open } from 'node:fs/promises';
import type { FileProblem } from './file-problem.js';

/**
 * The largest case file the CLI reads: 10 MB. A hand-written case is a few
 * kilobytes; the biggest realistic one stays far below a megabyte. Past this
 * size a file is an accident (a log, an export, a binary renamed to .casus),
 * and checking it would take minutes and gigabytes (50 MB: 45 s, 2 GB).
 */
export const MAX_CASE_BYTES = 10 * 1024 * 1024;

/** A path that exists but is no case file to read. */
export class CaseFileError extends Error {
    constructor(readonly problem: FileProblem) {
        super(problem.kind);
    }
}

/**
 * The bytes of a case file. Opened without blocking and checked before
 * reading: a named pipe (FIFO), socket or device given as a path would
 * otherwise make the CLI wait forever, and a huge file would exhaust memory.
 */
export async function readCaseBytes(path: string, limit = MAX_CASE_BYTES): Promise<Buffer> {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
        if (!info.isFile()) throw new CaseFileError({ kind: 'not-regular-file' });
        if (info.size > limit) throw new CaseFileError({ kind: 'too-large', megabytes: megabytes(info.size), limitMegabytes: megabytes(limit) });
        return await handle.readFile();
    } finally {
        await handle.close();
    }
}

/** Rounded to one decimal, as the message shows it. */
function megabytes(bytes: number): number {
    return Math.round(bytes / (1024 * 1024) * 10) / 10;
}
