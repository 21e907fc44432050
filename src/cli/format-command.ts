import { randomBytes } from 'node:crypto';
import { access, chmod, constants, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createCasusServices } from '../language/casus-module.js';
import { formatCaseText } from '../language/formatting/format-case.js';
import type { Locale } from '../language/i18n/locale.js';
import type { CommandOutcome } from './check-command.js';
import { cliMessagesFor } from './cli-messages.js';
import { fileProblemOf } from './file-problem.js';
import { findCases } from './find-cases.js';
import { readCaseBytes } from './read-case-file.js';

export interface FormatOptions {
    paths: string[];
    /** Only report which files would change; write nothing. */
    check: boolean;
    locale: Locale;
}

/**
 * `casus format [--check] PATH...`: gives every case its canonical layout
 * (src/language/formatting). A file is written only when its text changes,
 * atomically (a temporary file in the same folder, then a rename), so an
 * interrupted run never leaves half a case. A file with syntax errors is left
 * alone and reported. Every path is processed, also when another fails.
 *
 * Exit codes: 2 when a path is missing or unreadable or a file cannot be
 * written; otherwise 1 when a file cannot be formatted (syntax errors) or,
 * with --check, when a file would change; 0 when all is well.
 */
export async function runFormat(options: FormatOptions): Promise<CommandOutcome> {
    const cli = cliMessagesFor(options.locale);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const { cases, problems } = await findCases(options.paths);
    let unreadable = problems.length;
    for (const problem of problems) stderr.push(cli.cannotRead(problem.path, problem.problem));
    if (cases.length === 0 && problems.length === 0) stderr.push(cli.noCasesFound(options.paths));

    const { Casus } = createCasusServices(EmptyFileSystem);
    let changed = 0;
    let notFormattable = 0;
    for (const { display: path } of cases) {
        let original: string;
        try {
            original = await readUtf8(path);
        } catch (error) {
            if (error instanceof TypeError) {
                // Not UTF-8: rewriting it would replace bytes we cannot read.
                stderr.push(cli.formatNotUtf8(path));
                notFormattable++;
            } else {
                stderr.push(cli.cannotRead(path, fileProblemOf(error)));
                unreadable++;
            }
            continue;
        }
        const outcome = formatCaseText(Casus, original);
        if (outcome.kind !== 'formatted') {
            stderr.push(outcome.kind === 'syntax-error' ? cli.formatSyntaxErrors(path) : cli.formatUnsafe(path));
            notFormattable++;
            continue;
        }
        if (outcome.text === original) continue;
        changed++;
        if (options.check) {
            stdout.push(path);
            continue;
        }
        try {
            await writeAtomically(path, outcome.text);
            stdout.push(cli.formatWrote(path));
        } catch (error) {
            stderr.push(cli.cannotWrite(path, fileProblemOf(error)));
            changed--; // not formatted after all: the summary must not claim it
            unreadable++;
        }
    }
    if (cases.length > 0) stdout.push(cli.formatSummary(cases.length, changed, options.check));
    const exitCode = unreadable > 0 ? 2 : notFormattable > 0 || (options.check && changed > 0) ? 1 : 0;
    return {
        exitCode,
        stdout: stdout.length ? stdout.join('\n') + '\n' : '',
        stderr: stderr.length ? stderr.join('\n') + '\n' : '',
    };
}

async function readUtf8(path: string): Promise<string> {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await readCaseBytes(path));
}

/**
 * Writes next to the real file (following a symbolic link, so the link stays
 * a link) and renames over it: readers see the old or the new text, never a
 * mix. The file keeps its permissions; a read-only file is not replaced.
 */
async function writeAtomically(path: string, text: string): Promise<void> {
    const target = await realpath(path);
    await access(target, constants.W_OK); // a read-only case stays untouched, even though its folder would allow a rename
    const mode = (await stat(target)).mode & 0o7777;
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
        await chmod(temporary, mode);
        await rename(temporary, target);
    } catch (error) {
        await rm(temporary, { force: true });
        throw error;
    }
}
