// The named checks of the VS Code for the Web suite, in the order a user
// would work: open a case, read the Problems panel, type, open the preview,
// hover, complete. Each step takes the shared run context `t` (page, server,
// helpers) and throws with a message that says what is wrong; `needs` names
// steps whose failure makes this one pointless. In the browser there is no
// extension test hook (the e2e suite's report file needs Node's fs): every
// check reads what the workbench shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GiveUp } from '../editor-harness/wait.mjs';
import { compareLineCodes, expectedFindings } from '../e2e/report.mjs';
import { outlineStep, previewFollowsTypingStep, previewStep } from '../e2e/steps.mjs';
import { focusTextEditor, goTo, openFile, openLineAfter, problemsOf, startCommand, waitFor, webviewContent } from './workbench.mjs';

export const CASE = 'proeftuin-populatiemanagement.casus';

const sameList = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Waits until the Problems panel's rows for the case ("LINE CODE", sorted) satisfy `predicate`; returns them. */
async function waitForProblems(t, description, predicate, timeout = 60_000) {
    let shown = [];
    await waitFor(description, async () => {
        t.failIfExtensionBroke();
        shown = (await problemsOf(t.page, CASE)).sort(compareLineCodes);
        return predicate(shown);
    }, { timeout, explain: () => `the panel lists ${shown.join(', ') || 'nothing'}${t.extensionErrors()}` });
    return shown;
}

/** The 1-based line of the case (as mounted: the suite never saves) that contains `text`. */
function lineOf(t, text) {
    const index = readFileSync(join(t.workspace, CASE), 'utf8').split('\n').findIndex(line => line.includes(text));
    if (index < 0) throw new Error(`${CASE} has no line with ${text}`);
    return index + 1;
}

/** Opens a new line after `line` in the text editor and types `text` there; returns the new line's number. */
async function typeLineAfter(t, line, text) {
    const typed = await openLineAfter(t.page, line);
    await t.page.keyboard.type(text);
    return typed;
}

export const steps = [
    {
        name: `activation: opening ${CASE} activates the extension's browser entry in the web worker extension host, which starts the language server worker`,
        async run(t) {
            await openFile(t.page, CASE);
            const fetched = path => t.server.requests().some(request => request.path === path && request.status === 200);
            const browserEntry = `/static/devextensions/${t.manifest.browser.replace(/^\.\//, '')}`;
            const worker = '/static/devextensions/out/language/worker.js';
            try {
                await waitFor(`the extension host to load ${browserEntry}`, () => {
                    t.failIfExtensionBroke();
                    return fetched(browserEntry);
                }, { timeout: 60_000 });
                await waitFor(`the extension to start its language server worker (${worker})`, () => {
                    t.failIfExtensionBroke();
                    return fetched(worker);
                }, { timeout: 60_000 });
            } catch (error) {
                throw new Error(`${error.message}${t.extensionErrors()}`);
            }
            // The web host must never reach for the Node entries (main.cjs of the extension or the server).
            const nodeEntries = t.server.requests().filter(request => /^\/static\/devextensions\/out\/.*\.cjs$/.test(request.path) && request.path !== browserEntry);
            if (nodeEntries.length) throw new Error(`the browser fetched Node entries: ${nodeEntries.map(request => request.path).join(', ')}`);
            // The workbench's own account of it: the editor's language is Casus.
            await waitFor('the status bar to show the language Casus', async () =>
                (await t.page.locator('.statusbar-item[id="status.editor.mode"]').innerText()).trim() === 'Casus', { timeout: 20_000 });
            await t.screenshot('activation');
            return `fetched ${browserEntry} and ${worker}`;
        },
    },
    {
        name: `problems: the Problems panel lists exactly the specified findings of ${CASE}`,
        needs: ['activation'],
        async run(t) {
            const expected = expectedFindings(t.expectFile, CASE);
            if (expected.length === 0) throw new Error(`${t.expectFile} specifies no findings for ${CASE}`);
            await waitForProblems(t, `the Problems panel to list ${expected.join(', ')}`, shown => sameList(shown, expected));
            await t.screenshot('problems');
            return `${expected.length} findings: ${expected.join(', ')}`;
        },
    },
    {
        name: 'typing: belang "Wij willen" in an actor adds an assumed-we finding; deleting the line removes it',
        needs: ['activation'],
        async run(t) {
            const before = (await problemsOf(t.page, CASE)).sort(compareLineCodes);
            // A new line below the belang of actor Zorgverzekeraar.
            const typed = await typeLineAfter(t, lineOf(t, 'belang "Lagere zorgkosten per verzekerde"'), 'belang "Wij willen"');
            await waitForProblems(t, `the Problems panel to list an assumed-we finding on the typed line ${typed}`, shown => shown.includes(`${typed} assumed-we`));
            await t.screenshot('typed-wij');
            await focusTextEditor(t.page); // the cursor is still on the typed line
            await t.page.keyboard.press('Control+Shift+K'); // Delete Line
            await waitForProblems(t, 'the Problems panel to list the findings as before', shown => sameList(shown, before));
            return `assumed-we on line ${typed}, gone after deleting it`;
        },
    },
    previewStep,
    {
        name: 'hover: hovering an actor\'s name shows its kind and quadrant',
        needs: ['activation'],
        async run(t) {
            const line = lineOf(t, 'actor Zorgverzekeraar');
            const column = readFileSync(join(t.workspace, CASE), 'utf8').split('\n')[line - 1].indexOf('Zorgverzekeraar') + 3;
            await focusTextEditor(t.page);
            await goTo(t.page, line, column);
            const hover = t.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents');
            let text = '';
            await waitFor('a hover on Zorgverzekeraar that names the actor and its quadrant', async () => {
                t.failIfExtensionBroke();
                if (!await hover.first().isVisible()) {
                    // Show or Focus Hover (Ctrl+K Ctrl+I), as a keyboard user would.
                    await t.page.keyboard.press('Control+K');
                    await t.page.keyboard.press('Control+I');
                    await hover.first().waitFor({ state: 'visible', timeout: 5_000 });
                }
                text = (await hover.allInnerTexts()).join('\n');
                return /actor Zorgverzekeraar/.test(text) && /Interne organisatie|Internal organisation/i.test(text);
            }, { timeout: 60_000, explain: () => `the hover shows: ${text.slice(0, 300) || 'nothing'}${t.extensionErrors()}` });
            await t.screenshot('hover');
            await t.page.keyboard.press('Escape');
            return text.split('\n')[0];
        },
    },
    {
        name: 'completion: Ctrl+Space in an empty quadrant line offers the keyword actor',
        needs: ['activation'],
        async run(t) {
            await typeLineAfter(t, lineOf(t, 'organisatie {'), '');
            const rows = t.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
            let labels = [];
            await waitFor('the suggestions to offer actor', async () => {
                t.failIfExtensionBroke();
                if (await rows.count() === 0) {
                    await t.page.keyboard.press('Control+Space');
                    await rows.first().waitFor({ state: 'visible', timeout: 5_000 });
                }
                labels = await rows.evaluateAll(elements => elements.map(element => element.getAttribute('aria-label') ?? ''));
                // "actor, Keyword" or the snippet; never the editor's word list ("actor, Text").
                return labels.some(label => /^actor, (Keyword|Snippet)/.test(label));
            }, { timeout: 60_000, explain: () => `the suggestions: ${labels.join('; ') || 'none'}${t.extensionErrors()}` });
            await t.screenshot('completion');
            await t.page.keyboard.press('Escape');
            await t.page.keyboard.press('Control+Shift+K'); // take the empty line out again
            return labels.slice(0, 6).join('; ');
        },
    },
    previewFollowsTypingStep(lineOf),
    {
        name: 'preview click: clicking an actor in the diagram selects it in the editor',
        needs: ['preview'],
        async run(t) {
            // The actor's name, or its whole element (LANGUAGE.md: "selects its text"): from its line to its closing brace.
            const first = lineOf(t, 'actor Zorgverzekeraar');
            const last = first + readFileSync(join(t.workspace, CASE), 'utf8').split('\n').slice(first - 1).findIndex(text => /^\s*\}\s*$/.test(text));
            await webviewContent(t.page).getByText('Zorgverzekeraar', { exact: true }).first().click({ timeout: 20_000 });
            // No test hook in the browser: the status bar tells where the cursor is and how much is selected
            // ("Ln 14, Col 4 (60 selected)"), but only while the text editor, not the webview, has focus.
            const status = t.page.locator('.statusbar-item[id="status.editor.selection"]');
            let shown = '';
            await waitFor(`a selection in the editor on lines ${first}-${last}`, async () => {
                if (!await status.isVisible()) await t.page.keyboard.press('Control+1'); // focus the text, keeping its selection
                shown = (await status.innerText({ timeout: 2_000 })).trim();
                const match = /^Ln (\d+), Col \d+ \(\d+ selected\)/.exec(shown);
                return match && Number(match[1]) >= first && Number(match[1]) <= last;
            }, { timeout: 30_000, explain: () => `the status bar shows "${shown || 'no position (the text editor is not focused)'}"` });
            await t.screenshot('preview-click');
            return shown;
        },
    },
    {
        name: 'quick fix: a quick fix (Ctrl+.) removes its finding',
        needs: ['activation'],
        async run(t) {
            // assumed-we on "Wij willen allemaal" (the ik's belang): the fix writes whose interest this is.
            const line = lineOf(t, 'Wij willen allemaal');
            const column = readFileSync(join(t.workspace, CASE), 'utf8').split('\n')[line - 1].indexOf('Wij willen allemaal') + 2;
            await waitForProblems(t, `the assumed-we finding on line ${line} to fix`, shown => shown.includes(`${line} assumed-we`));
            await focusTextEditor(t.page);
            await goTo(t.page, line, column);
            const actions = t.page.locator('.action-widget .monaco-list-row.action:not(.disabled)');
            await waitFor('the quick fixes', async () => {
                t.failIfExtensionBroke();
                if (await actions.count() === 0) {
                    await t.page.keyboard.press('Control+.');
                    await actions.first().waitFor({ state: 'visible', timeout: 5_000 });
                }
                return true;
            }, { timeout: 60_000, explain: () => `no quick fix offered on line ${line}${t.extensionErrors()}` });
            const titles = (await actions.allInnerTexts()).map(title => title.trim());
            const index = titles.findIndex(title => !/casus-ignore|negeer|ignore/i.test(title));
            if (index < 0) throw new Error(`the quick fixes are only: ${titles.join('; ')}`);
            const title = titles[index];
            // By keyboard: the widget's pointer block can take a mouse click meant for the list.
            await t.page.keyboard.press('Home');
            for (let step = 0; step < index; step++) await t.page.keyboard.press('ArrowDown');
            await t.page.keyboard.press('Enter');
            await waitForProblems(t, `"${title}" to remove the assumed-we finding on line ${line}`, shown => !shown.includes(`${line} assumed-we`));
            await t.screenshot('quick-fix');
            return `applied "${title}"`;
        },
    },
    outlineStep,
    {
        // Last: the exported picture opens in the first editor group, where the steps above expect the text.
        name: 'export PNG: "Export Diagram as PNG…" saves a PNG whose bytes decode to the diagram (the web host has no Buffer)',
        needs: ['preview'],
        async run(t) {
            const name = CASE.replace(/\.casus$/, '.png');
            await focusTextEditor(t.page);
            // The palette hands over to the save dialog (VS Code's simple file dialog: a quick input holding the path).
            const input = await startCommand(t.page, 'Casus: Export Diagram as PNG…');
            let proposed = '';
            await waitFor('the save dialog to propose a .png next to the case', async () => {
                proposed = await input.inputValue({ timeout: 2_000 }).catch(() => '');
                return proposed.endsWith(`/${name}`);
            }, { timeout: 30_000, explain: () => `the dialog shows "${proposed}"` });
            await t.page.keyboard.press('Enter');
            const toast = t.page.locator('.notifications-toasts .notification-list-item', { hasText: name });
            await waitFor(`the notification that the diagram was saved as ${name}`, async () => {
                t.failIfExtensionBroke();
                const failed = await t.page.locator('.notifications-toasts .notification-list-item', { hasText: /Could not export|Kon het diagram niet/ }).count();
                if (failed) throw new GiveUp(`the export failed: ${(await t.page.locator('.notifications-toasts').innerText()).slice(0, 300)}`);
                return await toast.count() > 0;
            }, { timeout: 60_000, explain: async () => `the notifications: ${(await t.page.locator('.notifications-toasts').innerText().catch(() => '')).slice(0, 300) || 'none'}${t.extensionErrors()}` });
            // Open the saved file: VS Code's image preview loads its bytes; read them back there.
            // File: Open File… takes the path in the same simple dialog; an image opens in VS Code's image preview.
            await startCommand(t.page, 'File: Open File...');
            await waitFor('the open dialog', async () => (await input.inputValue({ timeout: 2_000 }).catch(() => '>')).startsWith('/'), { timeout: 20_000 });
            await input.fill(proposed);
            await t.page.keyboard.press('Enter');
            let found;
            await waitFor(`the image preview of ${name} to load it`, async () => {
                for (const frame of t.page.frames()) {
                    found = await frame.evaluate(async () => {
                        const image = [...document.images].find(img => /\.png/i.test(decodeURIComponent(img.src)));
                        if (!image || !image.complete || image.naturalWidth === 0) return undefined;
                        const bytes = new Uint8Array(await (await fetch(image.src)).arrayBuffer());
                        return { width: image.naturalWidth, height: image.naturalHeight, signature: [...bytes.slice(0, 8)], size: bytes.length };
                    }).catch(() => undefined);
                    if (found) return true;
                }
                return false;
            }, { timeout: 60_000 });
            const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
            if (found.signature.join() !== PNG.join()) throw new Error(`the saved file does not start with the PNG signature: ${found.signature}`);
            if (found.width < 800 || found.height < 400) throw new Error(`the PNG is only ${found.width}×${found.height}`);
            await t.screenshot('export-png');
            return `${name}: ${found.size} bytes, ${found.width}×${found.height} px, PNG signature`;
        },
    },
];

export { GiveUp };
