import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseModel } from '../../src/language/model/case-model.js';
import { createNonce, previewPage } from '../../src/extension/preview/preview-html.js';
import { renderCaseHtml } from '../../src/diagram/render-html.js';
import { renderCaseSvg } from '../../src/diagram/render-svg.js';
import type { HostToWebview, Unaddressed, WebviewToHost } from '../../src/protocol.js';
import { EXAMPLES, exampleText, HOSTILE, hostileCase, modelOf, stressCase } from '../diagram/fixtures.js';
import { launchChromium, measureContrast, measureLayout, ROOT, SCREENSHOTS, THEMES } from './browser.js';

/*
 * The rendered picture in a real browser (Debian's Chromium): layout from the
 * browser's own text metrics, escaping, the webview page under its real CSP
 * with its real script, and contrast in light, dark and high-contrast themes.
 */

let browser: Browser;
const models = new Map<string, CaseModel>();

beforeAll(async () => {
    browser = await launchChromium();
    for (const name of EXAMPLES) models.set(name, await modelOf(exampleText(name)));
    models.set('hostile', await modelOf(hostileCase()));
    models.set('stress', await modelOf(stressCase(40, 300)));
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner, slack = 0.75) =>
    inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

async function standalonePage(model: CaseModel, colorScheme: 'light' | 'dark' = 'light', width?: number): Promise<{ page: Page; dialogs: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    const dialogs: string[] = [];
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.emulateMedia({ colorScheme });
    await page.setContent(renderCaseHtml(model, { width }));
    return { page, dialogs };
}

describe('the rendered picture in Chromium', () => {
    const cases = [...EXAMPLES, 'stress', 'hostile'].flatMap(name => [[name, 1240], [name, 760]] as const);
    it.each(cases)('%s at %i px: every member lies inside its quadrant, its texts inside its box, no boxes overlap', async (name, width) => {
        const { page } = await standalonePage(models.get(name)!, 'light', width);
        const layout = await page.evaluate(measureLayout);
        expect(Object.keys(layout.quadrants).sort()).toEqual(['organisatie', 'politiek', 'regels', 'visie']);
        expect(layout.cards.length).toBeGreaterThan(0);
        for (const card of layout.cards) {
            expect(inside(card.box, layout.quadrants[card.panel]), `${card.name} inside ${card.panel}`).toBe(true);
            expect(overlap(card.box, layout.badge), `${card.name} clear of the ik`).toBe(false);
            for (const text of card.texts) expect(inside(text.box, card.box), `"${text.text}" inside ${card.name}`).toBe(true);
        }
        for (let i = 0; i < layout.cards.length; i++) {
            for (let j = i + 1; j < layout.cards.length; j++) {
                expect(overlap(layout.cards[i].box, layout.cards[j].box), `${layout.cards[i].name} / ${layout.cards[j].name}`).toBe(false);
            }
        }
        for (const text of layout.badgeTexts) expect(inside(text, layout.badge)).toBe(true);
        for (const header of layout.headers) for (const text of header.texts) expect(inside(text, layout.quadrants[header.panel])).toBe(true);
        if (name !== 'stress') await page.screenshot({ path: join(SCREENSHOTS, `${name}-light${width === 1240 ? '' : `-${width}`}.png`), fullPage: true });
        await page.close();
    });

    it('shows hostile strings as text and runs no script', async () => {
        const { page, dialogs } = await standalonePage(models.get('hostile')!);
        const found = await page.evaluate(() => ({
            pwned: (window as unknown as { __casusPwned?: number }).__casusPwned,
            active: document.querySelectorAll('script, img, iframe, object, embed, a, foreignObject').length,
            svgs: document.querySelectorAll('svg').length,
            text: document.querySelector('svg')!.textContent ?? '',
        }));
        expect(found.pwned).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(found.active).toBe(0);
        expect(found.svgs).toBe(1);
        for (const hostile of HOSTILE) expect(found.text.replace(/\s+/g, ' ')).toContain(hostile);
        await page.close();
    });

    it.each(['light', 'dark'] as const)('the standalone page in a %s system theme keeps text readable (contrast ≥ 4.5:1)', async scheme => {
        const { page } = await standalonePage(models.get('schulden-en-school')!, scheme);
        const results = await page.evaluate(measureContrast);
        expect(results.length).toBeGreaterThan(40);
        expect(results.filter(r => r.ratio < 4.5)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `schulden-en-school-${scheme}.png`), fullPage: true });
        await page.close();
    });
});

// ---- the webview page, with its own CSP and script ------------------------------------------

const ORIGIN = 'http://casus.test';
const WEBVIEW_SCRIPT = join(ROOT, 'out/preview/webview.js');

async function webviewPage(theme: keyof typeof THEMES): Promise<{ page: Page; posted: () => Promise<WebviewToHost[]>; violations: string[]; dialogs: string[] }> {
    if (!existsSync(WEBVIEW_SCRIPT)) throw new Error(`${WEBVIEW_SCRIPT} is missing: run \`npm run build\` before the browser tests.`);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const violations: string[] = [];
    const dialogs: string[] = [];
    page.on('console', message => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    const { bodyClass, vars } = THEMES[theme];
    // What VS Code does for a webview: the acquireVsCodeApi function, theme variables on <html>, a theme class on <body>.
    await page.addInitScript(({ bodyClass, vars }) => {
        const posted: unknown[] = [];
        (window as unknown as { __posted: unknown[] }).__posted = posted;
        (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined });
        document.addEventListener('DOMContentLoaded', () => {
            for (const [name, value] of Object.entries(vars)) document.documentElement.style.setProperty(`--vscode-${name}`, value);
            document.body.classList.add(bodyClass);
        });
    }, { bodyClass, vars: vars as Record<string, string> });
    const html = previewPage({
        cspSource: ORIGIN, scriptUri: `${ORIGIN}/out/preview/webview.js`, nonce: createNonce(size => crypto.getRandomValues(new Uint8Array(size))),
        uri: 'file:///case.casus', language: 'nl', texts: { stale: 'Verouderd: de tekst is niet te lezen', zoomIn: '+', zoomOut: '-', fit: 'fit', loading: 'Laden…' },
    });
    await page.route(`${ORIGIN}/**`, route => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/out/preview/webview.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(WEBVIEW_SCRIPT, 'utf8') });
        if (path === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
        return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some(m => m.type === 'ready'));
    return { page, violations, dialogs, posted: () => page.evaluate(() => (window as unknown as { __posted: WebviewToHost[] }).__posted) };
}

const CASE_URI = 'file:///case.casus';

/** Posts a host message about `uri` (the shown case unless said otherwise). */
async function send(page: Page, message: Unaddressed<HostToWebview>, uri = CASE_URI): Promise<void> {
    await page.evaluate(m => window.postMessage(m, '*'), { ...message, uri });
}

async function showCase(page: Page, model: CaseModel): Promise<void> {
    await send(page, { type: 'update', svg: renderCaseSvg(model), stale: false });
    await page.waitForSelector('#viewport svg.casus-diagram');
}

describe('the webview page', () => {
    it('loads its script and style under its strict CSP, and a click selects the element\'s source', async () => {
        const { page, posted, violations } = await webviewPage('light');
        const model = models.get('schulden-en-school')!;
        await showCase(page, model);
        await page.locator('g.member[data-name="Wijkteam"] .t-name').click();
        const wijkteam = model.quadrants.organisatie.members.find(m => m.name === 'Wijkteam')!;
        expect((await posted()).filter(m => m.type === 'select')).toEqual([{ type: 'select', range: wijkteam.range, uri: CASE_URI }]);
        expect(violations).toEqual([]);
        await page.close();
    });

    it('highlights the element under the editor\'s cursor, the innermost one', async () => {
        const { page } = await webviewPage('dark');
        const model = models.get('schulden-en-school')!;
        await showCase(page, model);
        const interest = model.quadrants.organisatie.members.find(m => m.name === 'Wijkteam')!.texts[0];
        await send(page, { type: 'highlight', position: { line: interest.range.start.line, character: interest.range.start.character + 3 } });
        await page.waitForSelector('.active');
        // A cursor position for another case (the panel switched meanwhile) changes nothing.
        await send(page, { type: 'highlight', position: { line: 0, character: 0 } }, 'file:///other.casus');
        await send(page, { type: 'stale', stale: true }, 'file:///other.casus');
        await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 50))); // both messages were dispatched by now (FIFO)
        expect(await page.evaluate(() => document.body.classList.contains('stale'))).toBe(false);
        const active = await page.evaluate(() => Array.from(document.querySelectorAll('.active')).map(e => e.getAttribute('data-range')));
        expect(active).toEqual([`${interest.range.start.line}:${interest.range.start.character}-${interest.range.end.line}:${interest.range.end.character}`]);
        await page.close();
    });

    it('keeps the last picture while the text does not parse, visibly marked as out of date', async () => {
        const { page } = await webviewPage('light');
        await showCase(page, models.get('schulden-en-school')!);
        await send(page, { type: 'stale', stale: true });
        await expect.poll(() => page.evaluate(() => document.body.classList.contains('stale'))).toBe(true);
        expect(await page.locator('#stale').isVisible()).toBe(true);
        expect(await page.locator('#viewport svg').count()).toBe(1);
        await page.screenshot({ path: join(SCREENSHOTS, 'webview-stale.png') });
        await send(page, { type: 'stale', stale: false });
        await expect.poll(() => page.locator('#stale').isVisible()).toBe(false);
        await page.close();
    });

    it.each(['light', 'dark', 'highContrast'] as const)('follows the %s theme through the --vscode-* variables with readable contrast', async theme => {
        const { page } = await webviewPage(theme);
        await showCase(page, models.get('proeftuin-populatiemanagement')!);
        const results = await page.evaluate(measureContrast);
        expect(results.length).toBeGreaterThan(20);
        expect(results.filter(r => r.ratio < 4.5)).toEqual([]);
        const background = await page.evaluate(() => getComputedStyle(document.querySelector('.canvas')!).fill);
        expect(background).toBe({ light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', highContrast: 'rgb(0, 0, 0)' }[theme]);
        await page.screenshot({ path: join(SCREENSHOTS, `webview-${theme}.png`) });
        await page.close();
    });

    it('shows a hostile case as text: no script runs, no CSP breach', async () => {
        const { page, dialogs, violations } = await webviewPage('light');
        await showCase(page, models.get('hostile')!);
        const found = await page.evaluate(() => ({
            pwned: (window as unknown as { __casusPwned?: number }).__casusPwned,
            elements: document.querySelectorAll('#viewport script, #viewport img, #viewport foreignObject, #viewport a').length,
            text: document.querySelector('#viewport svg')!.textContent ?? '',
        }));
        expect(found).toMatchObject({ pwned: undefined, elements: 0 });
        for (const hostile of HOSTILE) expect(found.text.replace(/\s+/g, ' ')).toContain(hostile);
        expect(dialogs).toEqual([]);
        expect(violations).toEqual([]);
        await page.close();
    });

    it('zooms and pans, and rasterises the standalone picture to PNG for export', async () => {
        const { page, posted } = await webviewPage('light');
        const model = models.get('en-example')!;
        await showCase(page, model);
        const before = await page.evaluate(() => document.querySelector('#viewport svg')!.getBoundingClientRect().width);
        await page.locator('button[data-action="zoom-in"]').click();
        const after = await page.evaluate(() => document.querySelector('#viewport svg')!.getBoundingClientRect().width);
        expect(after / before).toBeCloseTo(1.25, 2);
        const svg = renderCaseSvg(model);
        await send(page, { type: 'rasterize', requestId: 7, svg, width: 1240, height: Number(/height="(\d+)"/.exec(svg)![1]), scale: 1 });
        await expect.poll(async () => (await posted()).find(m => m.type === 'rasterized')).toBeTruthy();
        const answer = (await posted()).find(m => m.type === 'rasterized') as Extract<WebviewToHost, { type: 'rasterized' }>;
        expect(answer.error).toBeUndefined();
        expect(answer.png?.startsWith('data:image/png;base64,')).toBe(true);
        const png = Buffer.from(answer.png!.split(',')[1], 'base64');
        expect(png.readUInt32BE(16)).toBe(1240);
        await page.close();
    });
});
