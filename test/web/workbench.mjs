// Drives VS Code for the Web in Chromium the way a user does: the Explorer,
// the command palette, the keyboard, clicks (after test/e2e/workbench.mjs,
// adapted to the web workbench). Every helper waits for the element it needs
// rather than for a fixed time.

/**
 * Chromium's flags. `--disable-features` replaces Playwright's own list,
 * which disables third-party storage partitioning: with it, webviews hang
 * ("Could not register service worker"). The resolver rule keeps every
 * name the workbench uses (localhost and the webviews' <uuid>.localhost)
 * on 127.0.0.1.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-features=Translate,MediaRouter,HttpsUpgrades',
    '--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1'];

/** Launches Chromium with a fresh profile and opens the workbench at `url`. */
export async function openWorkbench(chromium, { executablePath, profile, url, env }) {
    const context = await chromium.launchPersistentContext(profile, {
        executablePath, env, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1600, height: 1000 },
    });
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(url);
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 90_000 });
    // The explorer lists the mounted folder once test-web's file system provider has registered.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
    return { context, page };
}

/** Opens a workspace file from the Explorer (double click: a pinned editor) and waits until its editor has focus. */
export async function openFile(page, name) {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.dblclick();
    await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: 20_000 });
    await page.locator('.editor-group-container.active .monaco-editor textarea').first().waitFor({ timeout: 20_000 });
}

/** Runs a command by its title from the command palette (F1); fails plainly when the palette does not offer it. */

// The rest works alike in both workbenches.
export { escapeRegExp, focusTextEditor, goTo, openLineAfter, problemsOf, runCommand, startCommand, waitFor, webviewContent } from '../e2e/workbench.mjs';
