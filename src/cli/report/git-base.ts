import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

export class GitError extends Error { }

function git(args: string[], cwd: string): Promise<{ ok: boolean; stdout: string; stderr: string }> {
    return new Promise(resolve => {
        // execFile, not a shell: a path or revision cannot run anything.
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            resolve({ ok: !error, stdout, stderr });
        });
    });
}

/** Fails early and clearly when `rev` is not a revision of the repository the file is in. */
export async function verifyRevision(rev: string, file: string): Promise<void> {
    const result = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], dirname(file));
    if (!result.ok) throw new GitError(result.stderr.trim() || `'${rev}' is not a revision here`);
}

/** The file's text at `rev`, or undefined when it did not exist there (a new case). */
export async function textAtRevision(rev: string, file: string): Promise<string | undefined> {
    const result = await git(['show', `${rev}:./${basename(file)}`], dirname(file));
    return result.ok ? result.stdout : undefined;
}
