// A small test harness for the extension host: named checks run one after
// another, each result printed, and `runChecks` rejects when one failed, so
// that @vscode/test-electron reports the run as failed. (No mocha: the checks
// are few, and this keeps the suite free of another dependency.)

export interface Check {
    readonly name: string;
    readonly run: () => Promise<void>;
}

export interface CheckResult {
    readonly name: string;
    readonly passed: boolean;
    readonly ms: number;
    readonly error?: string;
}

export async function runChecks(checks: readonly Check[], log: (line: string) => void = console.log): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    for (const check of checks) {
        const started = Date.now();
        try {
            await check.run();
            results.push({ name: check.name, passed: true, ms: Date.now() - started });
        } catch (error) {
            results.push({ name: check.name, passed: false, ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) });
        }
        const result = results[results.length - 1];
        log(`  ${result.passed ? 'ok  ' : 'FAIL'} ${result.name} (${(result.ms / 1000).toFixed(1)} s)${result.error ? `\n         ${result.error}` : ''}`);
    }
    const failed = results.filter(result => !result.passed).length;
    log(`integration: ${results.length - failed} passed, ${failed} failed`);
    return results;
}

/** Polls `probe` until it returns a truthy value; on timeout says what it last saw. */
export async function waitFor<T>(description: string, probe: () => T | undefined | false | Promise<T | undefined | false>,
    options: { timeout?: number; explain?: () => string } = {}): Promise<T> {
    const timeout = options.timeout ?? 60_000;
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() >= deadline) {
            throw new Error(`timed out after ${timeout / 1000} s waiting for ${description}${options.explain ? `; ${options.explain()}` : ''}`);
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}
