// Polling waits: the suite waits for a condition, never for a fixed time, and
// on a timeout says what it last saw.

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Thrown by a probe when waiting longer cannot help: `waitFor` rethrows it at once. */
export class GiveUp extends Error {}

/**
 * Calls `probe` until it returns a truthy value (which is returned) or the
 * timeout passes. A probe may throw (a GiveUp ends the wait); the last error, or `explain()` when
 * given, is added to the timeout message.
 */
export async function waitFor(description, probe, { timeout = 60_000, interval = 250, explain } = {}) {
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
        try {
            const value = await probe();
            if (value) return value;
            lastError = undefined;
        } catch (error) {
            if (error instanceof GiveUp) throw error;
            lastError = error;
        }
        if (Date.now() >= deadline) {
            // The first line only: Playwright's errors carry a long call log.
            let detail = lastError ? `: ${String(lastError.message ?? lastError).split('\n')[0]}` : '';
            if (explain) {
                try { detail += `; ${await explain()}`; } catch { /* nothing more to say */ }
            }
            throw new Error(`timed out after ${Math.round(timeout / 1000)} s waiting for ${description}${detail}`);
        }
        await sleep(interval);
    }
}
