// Totals every suite the CI ran into the one line the CI reads:
// `N passed, N failed[, N skipped]`. Sources: vitest's JSON report, and the
// `NAME: N passed, N failed[, N skipped]` lines other runners print (their logs
// are passed as arguments). A stage that failed without counting tests (build,
// type check, lint) is passed as `--failed-stage NAME` and counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0;
const lines = [];
const args = process.argv.slice(2);

const vitestReport = 'test-results/vitest.json';
if (existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    lines.push(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
}

for (let i = 0; i < args.length; i++) {
    if (args[i] === '--failed-stage') {
        failed += 1;
        lines.push(`${args[++i]}: failed`);
        continue;
    }
    if (!existsSync(args[i])) continue;
    for (const line of readFileSync(args[i], 'utf8').split('\n')) {
        const m = /^([\w:-]+): (\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line.trim());
        if (m && m[1] !== 'vitest') {
            passed += Number(m[2]); failed += Number(m[3]); skipped += Number(m[4] ?? 0);
            lines.push(line.trim());
        }
    }
}

for (const line of lines) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
