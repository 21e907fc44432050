// Reads what the extension's test hook (src/extension/test-hook.ts) writes
// while code-server runs with CASUS_E2E_REPORT set: the diagnostics VS Code
// holds and the visible editors' selections. Also reads the specification's
// expected findings and the extension host's logs for failure messages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The hook's last report, or undefined while the extension has not activated. */
export function readReport(path) {
    if (!existsSync(path)) return undefined;
    return JSON.parse(readFileSync(path, 'utf8'));
}

/** The diagnostics of one file (by its name) in a report. */
export function diagnosticsOf(report, fileName) {
    const entry = Object.entries(report?.diagnostics ?? {}).find(([file]) => file.endsWith(`/${fileName}`));
    return entry?.[1] ?? [];
}

/** "LINE CODE" strings, sorted, the shape of shared/expected/examples.expect. */
export function lineCodes(diagnostics) {
    return diagnostics.map(d => `${d.line} ${d.code}`).sort(compareLineCodes);
}

export function compareLineCodes(a, b) {
    const [lineA, codeA] = a.split(' ');
    const [lineB, codeB] = b.split(' ');
    return Number(lineA) - Number(lineB) || codeA.localeCompare(codeB);
}

/** The findings shared/expected/examples.expect specifies for one example, as sorted "LINE CODE". */
export function expectedFindings(expectFile, fileName) {
    return readFileSync(expectFile, 'utf8').split('\n')
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'))
        .map(line => line.split(/\s+/))
        .filter(([file]) => file === fileName)
        .map(([, line, code]) => `${line} ${code}`)
        .sort(compareLineCodes);
}

/** The log files of the extension host and of the Casus output channel. */
function logFiles(userDataDir) {
    const logs = [];
    const walk = folder => {
        if (!existsSync(folder)) return;
        for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (/exthost\.log$|Casus\.log$/.test(name)) logs.push(path);
        }
    };
    walk(join(userDataDir, 'logs'));
    return logs;
}

/**
 * What the extension host's log and the Casus output channel say about
 * errors, first lines first (the cause comes before its consequences),
 * without stack frames: for the message of a failed step.
 */
export function extensionLogs(userDataDir, lines = 12) {
    return logFiles(userDataDir).map(path => {
        const relevant = readFileSync(path, 'utf8').split('\n')
            .filter(line => /casus|error|fail|exception/i.test(line) && !/^\s+at |\]\s+at /.test(line))
            .slice(0, lines);
        return `${path.slice(userDataDir.length + 1)}:\n    ${relevant.join('\n    ') || '(nothing about casus or errors)'}`;
    }).join('\n  ');
}

/** True once the language client has given up on its server (it will not be restarted). */
export function serverGaveUp(userDataDir) {
    return logFiles(userDataDir).some(path => /Casus\.log$/.test(path)
        && /Server initialization failed|couldn't create connection to server|will not be restarted/.test(readFileSync(path, 'utf8')));
}
