import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNonce, previewPage } from '../../src/extension/preview/preview-html.js';
import { escapeXml } from '../../src/diagram/escape.js';
import { renderCaseSvg } from '../../src/diagram/render-svg.js';
import { launchChromium, ROOT } from '../browser/browser.js';
import { modelOf } from '../diagram/fixtures.js';

/*
 * A stranger's case opened in the preview, in Chromium: the standalone page
 * that `casus render --format html` writes (made by the built CLI) and the
 * editor's webview page with its real script. Every hostile string must show
 * as text, no script may run (canaries, dialogs, console), no request may
 * leave the page, and the Content Security Policy must be there and strict.
 * A case with 2,000 members must still render and the page stay responsive.
 */

/** Strings an analyst could paste, or a stranger could plant, in any text of a case. */
const HOSTILE = [
    '<script>window.__pwned = "script"</script>',
    '</title><script>window.__pwned = "title"</script>',
    '</text></svg><img src=x onerror="window.__pwned = \'img\'">',
    '"><svg onload="window.__pwned = \'svg\'">',
    "' onmouseover='window.__pwned = 1' x='",
    '<foreignObject><iframe src="http://evil.test/frame"></iframe></foreignObject>',
    '<image href="http://evil.test/pixel.png"/><use href="http://evil.test/x.svg#a"/>',
    '<style>@import url(http://evil.test/style.css); * { background: url(http://evil.test/bg.png) }</style>',
    '<a href="javascript:window.__pwned = \'link\'">klik</a>',
    '<!-- comment --> <![CDATA[ cdata ]]> <?xml version="1.0"?> <!DOCTYPE x [<!ENTITY e "boom">]> &e;',
    '&#x3C;script&#x3E;window.__pwned = "entity"&#x3C;/script&#x3E; &amp; &lt; &gt; &quot; &apos;',
    '{{constructor.constructor("window.__pwned = \'template\'")()}} ${window.__pwned = "literal"}',
    '\u202eevil\u202c \u200f עברית العربية a\u0301\u0302 😀',
];

/** Characters that XML forbids: shown as U+FFFD, never breaking the picture. */
const CONTROL = 'nul\u0000 bell\u0007 esc\u001b lone\ud800 end';

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function hostileCase(): string {
    const h = (i: number) => q(HOSTILE[i % HOSTILE.length]);
    return `// <script>window.__pwned = "comment"</script> COMMENT-CANARY
casus ${q(HOSTILE.join(' '))} {
  ik Analist ${h(1)} {
    belang ${h(0)}
    doel ${h(2)}
    visie ${h(3)}
  }
  organisatie {
    expertise ${h(4)}
    ${HOSTILE.map((_, i) => `actor Team${i} ${h(i)} {\n      belang ${h(i + 1)}\n      waarde ${h(i + 2)}\n      expertise ${h(i + 3)}\n    }`).join('\n    ')}
    actor שלום_عربي_e\u0301 ${q(CONTROL)} { belang ${q(CONTROL)} }
  }
  regels {
    wet Wet ${h(5)} { bepaling ${h(6)} }
    regel Regel ${h(7)}
  }
  politiek {
    /* <img src=x onerror="window.__pwned = 'block comment'"> */
    stakeholder Raad ${h(8)} { wil ${h(9)} belang ${h(10)} }
  }
  verbinding Team0 { helpt ${h(11)} waarom ${h(12)} }
  spanning Team1 Raad ${h(3)}
}
`;
}

function bigCase(members: number): string {
    const actors = Array.from({ length: members }, (_, i) => `    actor A${i} "Team ${i} <b>" { belang "Belang ${i} & meer" }`).join('\n');
    return `casus "Tweeduizend" {\n  ik Analist { belang "b" visie "v" }\n  organisatie {\n${actors}\n  }\n}\n`;
}

let browser: Browser;
let work: string;

beforeAll(async () => {
    browser = await launchChromium();
    work = mkdtempSync(join(tmpdir(), 'casus-hostile-'));
}, 60_000);
afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
});

interface Watch { requests: string[]; dialogs: string[]; console: string[]; violations: () => Promise<string[]> }

/** Records everything that would show a breach: requests, dialogs, console output and CSP violation reports. */
async function watch(page: Page, allowed: (url: string) => boolean = () => false): Promise<Watch> {
    const requests: string[] = [], dialogs: string[] = [], console: string[] = [];
    page.on('request', request => { if (!allowed(request.url())) requests.push(request.url()); });
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('console', message => console.push(message.text()));
    await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = violations;
        document.addEventListener('securitypolicyviolation', event => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
        // Canaries: a dialog opened by planted code leaves a trace. (Not eval: the test driver itself
        // evaluates through it, and the CSP, without 'unsafe-eval', refuses it to the page anyway.)
        for (const name of ['alert', 'confirm', 'prompt'] as const) {
            const original = window[name];
            Object.defineProperty(window, name, { value: (...args: unknown[]) => { (window as unknown as { __pwned: string }).__pwned = name; return (original as (...a: unknown[]) => unknown)(...args); } });
        }
    });
    return { requests, dialogs, console, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/** The directives of the page's CSP meta tag. */
async function cspOf(page: Page): Promise<Map<string, string[]>> {
    const content = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    return new Map(content.split(';').map(d => d.trim().split(/\s+/)).filter(d => d[0]).map(([name, ...values]) => [name, values]));
}

function expectStrictCsp(csp: Map<string, string[]>): void {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
        expect(values, name).not.toContain("'unsafe-eval'");
        expect(values.filter(v => /^(https?:|\*|ws)/.test(v) && !v.startsWith('http://casus.test')), name).toEqual([]);
    }
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
}

/** What the page shows of a case: every text of the SVG, white space collapsed. */
const shownText = (page: Page) => page.evaluate(() => (document.querySelector('svg.casus-diagram')?.textContent ?? '').replace(/\s+/g, ' '));
// eslint-disable-next-line no-control-regex -- the characters XML forbids, as escapeXml replaces them
const shown = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g, '\ufffd').replace(/\s+/g, ' ');

async function expectNoBreach(page: Page, watched: Watch): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('svg.casus-diagram :is(script, foreignObject, iframe, image, use, a, style, img)').length)).toBe(0);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('svg.casus-diagram *')).flatMap(e => e.getAttributeNames()).filter(a => /^on|href/i.test(a)))).toEqual([]);
    expect(watched.dialogs).toEqual([]);
    expect(watched.console).toEqual([]);
    expect(watched.requests).toEqual([]);
    expect(await watched.violations()).toEqual([]);
}

describe('hostile cases in the standalone page (`casus render --format html`, the built CLI)', () => {
    it('shows every hostile string as text, runs nothing, loads nothing, under a strict CSP', async () => {
        writeFileSync(join(work, 'hostile.casus'), hostileCase());
        const cli = spawnSync(process.execPath, [join(ROOT, 'bin/casus.cjs'), 'render', '--format', 'html', '-o', 'hostile.html', 'hostile.casus'], { cwd: work, encoding: 'utf8', timeout: 60_000 });
        expect(cli.status, cli.stderr).toBe(0);
        const html = readFileSync(join(work, 'hostile.html'), 'utf8');
        expect(html).not.toContain('COMMENT-CANARY'); // comments are not part of the picture
        const page = await browser.newPage();
        // Served from a page address (not setContent), so the watchers are in place before the page's first byte.
        const address = 'http://casus.test/hostile.html';
        const watched = await watch(page, url => url === address);
        await page.route('**/*', route => route.request().url() === address ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort());
        await page.goto(address);
        expectStrictCsp(await cspOf(page));
        const text = await shownText(page);
        for (const hostile of [...HOSTILE, CONTROL]) expect(text).toContain(shown(hostile));
        expect(await page.title()).toBe(shown(HOSTILE.join(' ')).trim());
        expect(text).toContain('שלום_عربي_e\u0301');
        await page.mouse.move(300, 300); // hover over the picture: no handler may fire
        await expectNoBreach(page, watched);
        await page.close();
    });
});

describe('hostile cases in the editor\'s webview page, with its real script', () => {
    const ORIGIN = 'http://casus.test';
    const SCRIPT = join(ROOT, 'out/preview/webview.js');

    async function webview(): Promise<{ page: Page; watched: Watch; posted: () => Promise<Array<{ type: string }>> }> {
        if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run \`npm run build\` first.`);
        const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
        // The page itself and its one script come from the webview's own origin, as VS Code serves them; nothing else may load.
        const own = new Set([`${ORIGIN}/index.html`, `${ORIGIN}/out/preview/webview.js`]);
        const watched = await watch(page, url => own.has(url));
        await page.addInitScript(() => {
            const posted: unknown[] = [];
            (window as unknown as { __posted: unknown[] }).__posted = posted;
            (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined });
        });
        const html = previewPage({
            cspSource: ORIGIN, scriptUri: `${ORIGIN}/out/preview/webview.js`, nonce: createNonce(size => crypto.getRandomValues(new Uint8Array(size))),
            uri: 'file:///hostile.casus', language: 'en', texts: { stale: 'Out of date', zoomIn: '+', zoomOut: '-', fit: 'fit', loading: 'Loading…' },
        });
        await page.route('**/*', route => {
            const url = route.request().url();
            if (url === `${ORIGIN}/out/preview/webview.js`) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(SCRIPT, 'utf8') });
            if (url === `${ORIGIN}/index.html`) return route.fulfill({ contentType: 'text/html', body: html });
            return route.abort(); // recorded above as a request that left the page
        });
        await page.goto(`${ORIGIN}/index.html`);
        await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some(m => m.type === 'ready'));
        return { page, watched, posted: () => page.evaluate(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted) };
    }

    it('shows the hostile case as text under the webview\'s strict CSP; clicks and hovers run nothing', async () => {
        const { page, watched } = await webview();
        expectStrictCsp(await cspOf(page));
        const model = await modelOf(hostileCase());
        await page.evaluate(svg => window.postMessage({ type: 'update', uri: 'file:///hostile.casus', svg, stale: false }, '*'), renderCaseSvg(model));
        await page.waitForSelector('#viewport svg.casus-diagram');
        const text = await shownText(page);
        for (const hostile of [...HOSTILE, CONTROL]) expect(text).toContain(shown(hostile));
        for (const name of ['Team0', 'Team5', 'Raad']) await page.locator(`g.member[data-name="${name}"] .t-name`).first().click();
        await page.mouse.move(500, 400);
        await expectNoBreach(page, watched);
        await page.close();
    });

    it('a case with 2,000 members renders, and the page keeps answering', async () => {
        const { page, watched, posted } = await webview();
        const model = await modelOf(bigCase(2000));
        expect(model.quadrants.organisatie.members).toHaveLength(2000);
        const svg = renderCaseSvg(model);
        await page.evaluate(svgText => window.postMessage({ type: 'update', uri: 'file:///big.casus', svg: svgText, stale: false }, '*'), svg);
        // Generous bounds: a hang detector, not a speed requirement.
        await page.waitForFunction(() => document.querySelectorAll('#viewport g.member.panel-organisatie').length === 2000, undefined, { timeout: 60_000 });
        expect(await page.evaluate(() => 1 + 1)).toBe(2);
        await page.locator('button[data-action="zoom-in"]').click({ timeout: 30_000 });
        await page.locator('g.member[data-name="A1999"] .t-name').first().click({ timeout: 30_000 });
        await expect.poll(async () => (await posted()).filter(m => m.type === 'select').length, { timeout: 30_000 }).toBe(1);
        expect(await page.evaluate(() => document.querySelector('g.member[data-name="A7"] .t-meta, g.member[data-name="A7"] text')?.textContent)).toMatch(/Team 7 <b>|A7/);
        await expectNoBreach(page, watched);
        await page.close();
    }, 180_000);

    it('the escaping of every text is what the page shows: markup characters appear literally', () => {
        // Guard for the assertions above: the helper's idea of "shown" matches the renderer's escaping.
        expect(escapeXml('<a>&\u0000')).toBe('&lt;a&gt;&amp;\ufffd');
    });
});
