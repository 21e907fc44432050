// Drives code-server's workbench in Chromium the way a user does: Quick Open,
// the command palette, the keyboard, clicks. Every helper waits for the
// element it needs rather than for a fixed time.
import { waitFor } from '../editor-harness/wait.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium with a fresh profile and opens the workbench on `folder`. */
export async function openWorkbench(chromium, { executablePath, profile, url, folder, env }) {
    const context = await chromium.launchPersistentContext(profile, {
        executablePath, env, args: CHROMIUM_ARGS, headless: true,
        // The runner handles signals itself: it closes Chromium, then stops code-server, then removes its folder.
        handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, viewport: { width: 1600, height: 1100 },
    });
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 90_000 });
    // The explorer lists the workspace once the window has restored its state.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
    return { context, page };
}

async function quickInput(page, key, text) {
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await page.keyboard.press('Escape');
    await page.keyboard.press(key);
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill(text);
    return input;
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor has focus. */
export async function openFile(page, name) {
    await quickInput(page, 'Control+P', name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: 20_000 });
    await page.locator('.editor-group-container.active .monaco-editor textarea').first().waitFor({ timeout: 20_000 });
}

/**
 * Runs a command by its title from the command palette (F1). Fails plainly
 * when the palette does not offer it, e.g. because the extension does not
 * contribute that command.
 */
export async function runCommand(page, title) {
    await quickInput(page, 'F1', `>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({
        has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
    }).first();
    try {
        await row.waitFor({ timeout: 20_000 });
    } catch {
        const offered = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
        await page.keyboard.press('Escape');
        throw new Error(`the command palette has no command "${title}" (it offers: ${offered.slice(0, 5).join('; ') || 'nothing'})`);
    }
    await row.click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 20_000 });
}

/**
 * Runs a command that asks for more in the same quick input (a quick pick, the
 * simple file dialog): picks it from the palette and returns the input box,
 * without waiting for the palette to close.
 */
export async function startCommand(page, title) {
    const input = await quickInput(page, 'F1', `>${title}`);
    await page.locator('.quick-input-list .monaco-list-row').filter({
        has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
    }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    return input;
}

/** Moves the cursor of the focused editor with Go to Line (Ctrl+G), 1-based. */
export async function goTo(page, line, column = 1) {
    await quickInput(page, 'Control+G', `:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 20_000 });
}

/** Focuses the first editor group (the text, when the preview is beside it). */
export async function focusTextEditor(page) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+1');
    await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 20_000 });
}

/** The cursor's line as the status bar shows it ("Ln 12, Col 5"); undefined while it shows none. */
export async function cursorLine(page) {
    const text = await page.locator('[id="status.editor.selection"]').first().innerText({ timeout: 2_000 }).catch(() => '');
    const match = /Ln (\d+)/.exec(text);
    return match ? Number(match[1]) : undefined;
}

/**
 * Opens a new line after `line` in the text editor and leaves the cursor on it;
 * returns its number. Keys pressed while the Go to Line box hands the focus back
 * can be lost (a web workbench run once took Enter away, and the step after
 * deleted the wrong line): the status bar tells whether the new line is there,
 * and while the cursor is still on `line`, the keys are pressed again.
 */
export async function openLineAfter(page, line) {
    for (let attempt = 1; ; attempt++) {
        await focusTextEditor(page);
        await goTo(page, line);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        try {
            return await waitFor(`the cursor on a new line ${line + 1}`, async () => await cursorLine(page) === line + 1 && line + 1, { timeout: 5_000 });
        } catch (error) {
            const now = await cursorLine(page);
            if (now === line + 1) return line + 1;
            if (now !== line || attempt === 3) throw error;
        }
    }
}

/**
 * The Problems panel's findings for one file, as "LINE CODE" strings, read
 * from the rows the panel shows (file rows are level 1, their findings level 2).
 */
export async function problemsOf(page, fileName) {
    const panel = page.locator('.markers-panel');
    if (!await panel.isVisible()) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Shift+M');
        await panel.waitFor({ state: 'visible', timeout: 20_000 });
    }
    const rows = await panel.locator('.monaco-list-row').evaluateAll(elements => elements.map(element => ({
        level: element.getAttribute('aria-level'),
        label: element.getAttribute('aria-label') ?? '',
        // innerText puts each part (message, source, code, position) on its own line.
        parts: (element.innerText ?? '').split('\n').map(part => part.trim()).filter(Boolean),
    })));
    const findings = [];
    let inFile = false;
    for (const row of rows) {
        if (row.level === '1') inFile = row.label.includes(fileName);
        else if (inFile) {
            // The row shows "message casus(code) [Ln L, Col C]": the code is the part before the position.
            const at = row.parts.findIndex(part => /^\[Ln \d+, Col \d+\]$/.test(part));
            const line = at > 0 ? /\d+/.exec(row.parts[at])?.[0] : undefined;
            findings.push(`${line} ${row.parts[at - 1]}`);
        }
    }
    return findings;
}

/** The active webview's content frame (VS Code nests it: iframe.webview > #active-frame). */
export function webviewContent(page) {
    return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

export async function screenshot(page, path) {
    await page.screenshot({ path });
}

export function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { waitFor };
