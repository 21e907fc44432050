// The named checks of the end-to-end suite, in the order a user would work:
// open a case, read the Problems panel, type, open the preview, click in it,
// apply a quick fix, look at the outline. Each step takes the shared run
// context `t` (page, folders, helpers) and throws with a message that says
// what is wrong; `needs` names steps whose failure makes this one pointless.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareLineCodes, diagnosticsOf, expectedFindings, extensionLogs, lineCodes, readReport, serverGaveUp } from './report.mjs';
import { GiveUp } from '../editor-harness/wait.mjs';
import { focusTextEditor, goTo, openFile, openLineAfter, problemsOf, runCommand, startCommand, waitFor, webviewContent } from './workbench.mjs';

export const CASE = 'proeftuin-populatiemanagement.casus';
const PREVIEW_COMMAND = 'Casus: Open Preview to the Side';

const current = t => diagnosticsOf(readReport(t.folders.report), CASE);
const sameList = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Waits until the editor's diagnostics for the case satisfy `predicate`. */
async function waitForDiagnostics(t, description, predicate, timeout = 60_000) {
    return waitFor(description, () => {
        const diagnostics = current(t);
        return predicate(diagnostics) ? diagnostics : undefined;
    }, { timeout, explain: () => `the editor holds: ${lineCodes(current(t)).join(', ') || 'no findings'}` });
}

/** Waits until the Problems panel's rows for the case ("LINE CODE", sorted) satisfy `predicate`. */
async function waitForProblems(t, description, predicate) {
    let shown = [];
    return waitFor(description, async () => {
        shown = (await problemsOf(t.page, CASE)).sort(compareLineCodes);
        return predicate(shown);
    }, { timeout: 30_000, explain: () => `the panel lists ${shown.join(', ') || 'nothing'}` });
}

/** The 1-based line of the case (as on disk: the suite never saves) that contains `text`. */
function lineOf(t, text) {
    const index = readFileSync(join(t.folders.workspace, CASE), 'utf8').split('\n').findIndex(line => line.includes(text));
    if (index < 0) throw new Error(`${CASE} has no line with ${text}`);
    return index + 1;
}

/** The text editor's selection as the hook last reported it. */
function textEditorOf(t) {
    return readReport(t.folders.report)?.editors?.find(editor => editor.file.endsWith(`/${CASE}`));
}

/** The Outline view lists the quadrants: the same step in code-server and in VS Code for the Web. */
/**
 * The preview command opens the diagram beside the text, with the actors drawn as SVG shapes.
 * Shared with the web suite, whose context can also tell when its extension host broke.
 */
export const previewStep = {
    name: `preview: "${PREVIEW_COMMAND}" opens the diagram in a webview next to the text`,
    needs: ['activation'],
    async run(t) {
        await focusTextEditor(t.page);
        await runCommand(t.page, PREVIEW_COMMAND);
        await waitFor('the preview beside the text editor', async () =>
            await t.page.locator('.editor-group-container').count() === 2
            && await t.page.locator('.editor-group-container').nth(1).locator('.tab.active').count() === 1,
        { timeout: 30_000, explain: async () => `editor groups: ${await t.page.locator('.editor-group-container').count()}` });
        const frame = webviewContent(t.page);
        const names = ['Huisartsen', 'Zorgverzekeraar', 'Gemeenteraad'];
        await waitFor('the diagram to show the actors', async () => {
            t.failIfExtensionBroke?.();
            const text = await frame.locator('body').innerText({ timeout: 5_000 });
            return names.every(name => text.includes(name));
        }, { timeout: 60_000, explain: async () => `the preview shows: ${(await frame.locator('body').innerText({ timeout: 2_000 }).catch(() => '(no webview content)')).slice(0, 300)}${t.extensionErrors?.() ?? ''}` });
        // The diagram itself, not only its text: an SVG with the actors' boxes.
        const shapes = await frame.locator('svg rect, svg path').count();
        if (shapes === 0) throw new Error('the preview shows the names but draws no diagram (no SVG shapes)');
        await t.screenshot('preview');
        return `${names.join(', ')} in an SVG of ${shapes} shapes`;
    },
};

/**
 * Typing a new actor below the last one: the preview shows it, and drops it when the line goes again.
 * Shared with the web suite, which passes its own way to find a line and can tell when its extension host broke.
 */
export function previewFollowsTypingStep(lineOf) {
    return {
        name: 'preview follows typing: a new actor appears in the diagram',
        needs: ['preview'],
        async run(t) {
            // Below the last member of `organisatie` (actor Iedereen, whose one belang is followed by its `}`).
            await openLineAfter(t.page, lineOf(t, 'belang "Het gezamenlijk belang van de wijk"') + 1);
            await t.page.keyboard.type('actor Wijkverpleging');
            const frame = webviewContent(t.page);
            const shown = async () => (await frame.locator('body').innerText({ timeout: 5_000 })).includes('Wijkverpleging');
            await waitFor('the new actor Wijkverpleging in the diagram', async () => {
                t.failIfExtensionBroke?.();
                return shown();
            }, { timeout: 60_000, explain: t.extensionErrors });
            await t.screenshot('preview-new-actor');
            // Take the line out again, so that later steps see the case as specified.
            await focusTextEditor(t.page);
            await t.page.keyboard.press('Control+Shift+K');
            await waitFor('the diagram to drop Wijkverpleging again', async () => !(await shown()), { timeout: 60_000 });
        },
    };
}

export const outlineStep = {
    name: 'outline: the Outline view shows the quadrants',
    needs: ['activation'],
    async run(t) {
        await focusTextEditor(t.page);
        await runCommand(t.page, 'Explorer: Focus on Outline View');
        // Give the outline the explorer's room: fold the file list away.
        const files = t.page.locator('.pane:has(.explorer-folders-view) > .pane-header');
        if (await files.getAttribute('aria-expanded') === 'true') await files.click();
        const rows = t.page.locator('.outline-pane .monaco-list-row');
        await rows.first().waitFor({ timeout: 30_000 });
        await rows.first().click();
        await t.page.keyboard.press('Home');
        await t.page.keyboard.press('ArrowRight'); // open the case, whose children are the quadrants
        let labels = [];
        const quadrants = [/organisatie|organi[sz]ation/i, /regels|rules|regulation/i, /politiek|politic/i];
        await waitFor('the outline to list the quadrants', async () => {
            labels = await rows.evaluateAll(elements => elements.map(element => element.getAttribute('aria-label') ?? ''));
            return quadrants.every(pattern => labels.some(label => pattern.test(label)));
        }, { timeout: 30_000, explain: () => `the outline shows: ${labels.join('; ') || 'nothing'}` });
        await t.screenshot('outline');
        return labels.join('; ');
    },
};

export const steps = [
    {
        name: `activation: opening ${CASE} starts the extension and its language server`,
        async run(t) {
            await openFile(t.page, CASE);
            try {
                await waitFor('the Casus extension to activate', () => readReport(t.folders.report), { timeout: 60_000 });
            } catch {
                throw new Error(`the Casus extension did not activate on opening ${CASE} (its test hook wrote no report).\n  ${extensionLogs(t.folders.userData)}`);
            }
            try {
                await waitFor('diagnostics from the language server', () => {
                    if (serverGaveUp(t.folders.userData)) throw new GiveUp('the language server did not start');
                    return current(t).length > 0;
                }, { timeout: 60_000 });
            } catch (error) {
                throw new Error(`the extension activated but the Casus language server published no diagnostics for ${CASE} (${error.message}).\n  ${extensionLogs(t.folders.userData)}`);
            }
            await t.screenshot('activation');
        },
    },
    {
        name: `problems: the Problems panel lists exactly the specified findings of ${CASE}`,
        needs: ['activation'],
        async run(t) {
            const expected = expectedFindings(t.expectFile, CASE);
            await waitForDiagnostics(t, `the findings of ${t.expectFile}`, diagnostics => sameList(lineCodes(diagnostics), expected));
            await waitForProblems(t, `the Problems panel to list ${expected.join(', ')}`, shown => sameList(shown, expected));
            await t.screenshot('problems');
        },
    },
    {
        name: 'typing: belang "Wij willen" in an actor adds an assumed-we finding; deleting it removes it',
        needs: ['activation'],
        async run(t) {
            const before = lineCodes(current(t));
            // A new line below the belang of actor Zorgverzekeraar.
            const typed = await openLineAfter(t.page, lineOf(t, 'belang "Lagere zorgkosten per verzekerde"'));
            await t.page.keyboard.type('belang "Wij willen"');
            const hasNewFinding = diagnostics => diagnostics.some(d => d.code === 'assumed-we' && d.line === typed);
            await waitForDiagnostics(t, `an assumed-we finding on the typed line ${typed}`, hasNewFinding);
            await waitForProblems(t, `the Problems panel to list the assumed-we finding on line ${typed}`, shown => shown.includes(`${typed} assumed-we`));
            await t.screenshot('typed-wij');
            await focusTextEditor(t.page); // the cursor is still on the typed line
            await t.page.keyboard.press('Control+Shift+K'); // Delete Line
            await waitForDiagnostics(t, 'the assumed-we finding to go after deleting the line',
                diagnostics => sameList(lineCodes(diagnostics), before));
            await waitForProblems(t, 'the Problems panel to list the findings as before', shown => sameList(shown, before));
            await t.screenshot('deleted-wij');
        },
    },
    previewStep,
    previewFollowsTypingStep(lineOf),
    {
        name: 'preview click: clicking an actor in the diagram selects it in the editor (its name or its whole text)',
        needs: ['preview'],
        async run(t) {
            const frame = webviewContent(t.page);
            const actor = frame.getByText('Zorgverzekeraar', { exact: true }).first();
            await actor.click({ timeout: 20_000 });
            const selected = await waitFor('the editor selection to move to Zorgverzekeraar', () => {
                const editor = textEditorOf(t);
                // The name, or the whole element that starts with it (LANGUAGE.md: "selects its text").
                const onActor = editor?.selection.line === lineOf(t, 'actor Zorgverzekeraar')
                    && (editor.selectedText === 'Zorgverzekeraar' || editor.selectedText.startsWith('actor Zorgverzekeraar'));
                return onActor ? editor : undefined;
            }, { timeout: 30_000, explain: () => `the editor's selection is ${JSON.stringify(textEditorOf(t)?.selection ?? null)} ("${textEditorOf(t)?.selectedText ?? ''}")` });
            await t.screenshot('preview-click');
            const { line, column, endLine, endColumn } = selected.selection;
            return `selected ${line}:${column}-${endLine}:${endColumn}`;
        },
    },
    {
        name: 'quick fix: a quick fix from the light bulb removes its finding',
        needs: ['activation'],
        async run(t) {
            // assumed-we on "Wij willen allemaal" (the ik's belang): the fix writes whose interest it is.
            const line = lineOf(t, 'Wij willen allemaal');
            const target = current(t).find(d => d.code === 'assumed-we' && d.line === line);
            if (!target) throw new Error(`no assumed-we finding on line ${line} to fix; the editor holds ${lineCodes(current(t)).join(', ')}`);
            await focusTextEditor(t.page);
            await goTo(t.page, target.line, target.column + 1);
            const bulb = t.page.locator('.editor-group-container.active .lightBulbWidget');
            try {
                await bulb.first().waitFor({ state: 'visible', timeout: 20_000 });
            } catch {
                throw new Error(`no light bulb at ${target.line}:${target.column} (the language server offers no code action for ${target.code})`);
            }
            await bulb.first().click();
            const actions = t.page.locator('.action-widget .monaco-list-row.action:not(.disabled)');
            await actions.first().waitFor({ timeout: 20_000 });
            const titles = await actions.allInnerTexts();
            const fix = actions.filter({ hasNotText: /casus-ignore|negeer|ignore/i }).first();
            if (await fix.count() === 0) throw new Error(`the light bulb offers no fix, only: ${titles.join('; ')}`);
            const title = (await fix.innerText()).trim();
            await fix.click();
            await waitForDiagnostics(t, `"${title}" to remove the ${target.code} finding`,
                diagnostics => !diagnostics.some(d => d.code === target.code && d.line === target.line));
            await waitForProblems(t, 'the Problems panel to drop the fixed finding', shown => !shown.includes(`${target.line} ${target.code}`));
            await t.screenshot('quick-fix');
            return `applied "${title}"`;
        },
    },
    outlineStep,
    {
        // Last: it opens the walkthrough and another case beside the text the steps above work in.
        name: 'walkthrough: "Open the Example" opens the example as a pinned editor beside the walkthrough, which stays open',
        needs: ['activation'],
        async run(t) {
            await startCommand(t.page, 'Welcome: Open Walkthrough...');
            const pick = t.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Casus' }).first();
            await pick.waitFor({ timeout: 20_000 });
            await pick.click();
            const page = t.page.locator('.gettingStartedContainer');
            await page.waitFor({ timeout: 30_000 });
            const button = page.getByRole('button', { name: 'Open the Example' }).first();
            await button.waitFor({ timeout: 20_000 });
            await button.click();
            const tabs = t.page.locator('.tabs-container .tab');
            let labels = [];
            await waitFor('the example\'s tab and the walkthrough\'s tab both open', async () => {
                labels = await tabs.evaluateAll(elements => elements.map(element => ({
                    label: element.getAttribute('aria-label') ?? '',
                    preview: element.classList.contains('preview') || !!element.querySelector('.italic'),
                })));
                return labels.some(tab => /example\.casus/.test(tab.label)) && labels.some(tab => /Walkthrough|Welcome|Get Started/i.test(tab.label));
            }, { timeout: 30_000, explain: () => `the tabs: ${labels.map(tab => tab.label).join('; ') || 'none'}` });
            const example = labels.find(tab => /example\.casus/.test(tab.label));
            if (example.preview) throw new Error('the example opened as a preview tab (italic): the next file opened would replace it');
            await t.screenshot('walkthrough-example');
            return labels.map(tab => `${tab.label}${tab.preview ? ' (preview)' : ''}`).join('; ');
        },
    },
];

