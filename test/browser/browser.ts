import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = join(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'preview');

/**
 * Debian's Chromium, driven by playwright-core, with a fresh temporary
 * profile and nothing that talks to the network. A missing browser is a
 * failure with the fix in the message, never a silent pass.
 */
export async function launchChromium(): Promise<Browser> {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`The browser tests need Chromium at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    return chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

/** The colour variables VS Code gives a webview, for three built-in themes (values from Light Modern, Dark Modern, Dark High Contrast). */
export const THEMES = {
    light: {
        bodyClass: 'vscode-light',
        vars: {
            'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', descriptionForeground: '#3b3b3b',
            'editorWidget-background': '#f8f8f8', 'editorWidget-border': '#e5e5e5', 'widget-border': '#e5e5e5',
            'charts-blue': '#1a85ff', 'charts-green': '#388a34', 'charts-yellow': '#bf8803', 'charts-orange': '#d18616', 'charts-purple': '#652d90', 'charts-red': '#e51400',
            'editorError-foreground': '#f14c4c', 'editorWarning-foreground': '#bf8803', 'editorInfo-foreground': '#1a85ff', focusBorder: '#005fb8',
            'editor-selectionHighlightBackground': 'rgba(173, 214, 255, 0.5)', 'font-family': 'sans-serif', 'font-size': '13px',
        },
    },
    dark: {
        bodyClass: 'vscode-dark',
        vars: {
            'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', descriptionForeground: '#9d9d9d',
            'editorWidget-background': '#202020', 'editorWidget-border': '#313131', 'widget-border': '#313131',
            'charts-blue': '#3794ff', 'charts-green': '#89d185', 'charts-yellow': '#cca700', 'charts-orange': '#d18616', 'charts-purple': '#b180d7', 'charts-red': '#f14c4c',
            'editorError-foreground': '#f14c4c', 'editorWarning-foreground': '#cca700', 'editorInfo-foreground': '#3794ff', focusBorder: '#0078d4',
            'editor-selectionHighlightBackground': 'rgba(173, 214, 255, 0.15)', 'font-family': 'sans-serif', 'font-size': '13px',
        },
    },
    highContrast: {
        bodyClass: 'vscode-high-contrast',
        vars: {
            'editor-background': '#000000', 'editor-foreground': '#ffffff', descriptionForeground: '#ffffff',
            'editorWidget-background': '#0c141f', contrastBorder: '#6fc3df', 'widget-border': '#6fc3df',
            'charts-blue': '#3794ff', 'charts-green': '#89d185', 'charts-yellow': '#cca700', 'charts-orange': '#d18616', 'charts-purple': '#b180d7', 'charts-red': '#f14c4c',
            'editorError-foreground': '#f48771', 'editorWarning-foreground': '#cca700', 'editorInfo-foreground': '#3794ff', focusBorder: '#f38518',
            'font-family': 'sans-serif', 'font-size': '13px',
        },
    },
} as const;

/**
 * Runs in the page: for every text of the diagram, its colour against the
 * surface right under it (found with elementsFromPoint), as WCAG contrast.
 */
export function measureContrast(): Array<{ text: string; cls: string; ratio: number; fg: string; bg: string }> {
    const parse = (value: string): [number, number, number, number] | undefined => {
        const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
        if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
        const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/.exec(value);
        if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
        return undefined;
    };
    const luminance = ([r, g, b]: number[]) => {
        const f = (c: number) => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const results: Array<{ text: string; cls: string; ratio: number; fg: string; bg: string }> = [];
    for (const text of Array.from(document.querySelectorAll('svg.casus-diagram text'))) {
        if (text.classList.contains('t-on-marker')) continue; // the "!" and numbers inside markers are symbols
        const box = text.getBoundingClientRect();
        const x = box.left + Math.min(6, box.width / 2), y = box.top + box.height / 2;
        if (box.width === 0 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
        const fg = getComputedStyle(text).fill;
        let bg: string | undefined;
        for (const element of document.elementsFromPoint(x, y)) {
            if (element instanceof SVGTextElement || element instanceof SVGTSpanElement || element instanceof SVGLineElement) continue;
            const value = element instanceof SVGElement ? getComputedStyle(element).fill : getComputedStyle(element).backgroundColor;
            const colour = parse(value);
            if (colour && colour[3] > 0.99) { bg = value; break; }
        }
        const f = parse(fg), b = parse(bg ?? getComputedStyle(document.body).backgroundColor);
        if (!f || !b) { results.push({ text: text.textContent ?? '', cls: text.getAttribute('class') ?? '', ratio: 0, fg, bg: bg ?? '?' }); continue; }
        const [l1, l2] = [luminance(f), luminance(b)].sort((p, q) => q - p);
        results.push({ text: (text.textContent ?? '').slice(0, 40), cls: text.getAttribute('class') ?? '', ratio: (l1 + 0.05) / (l2 + 0.05), fg, bg: bg ?? 'body' });
    }
    return results;
}

/** Runs in the page: the boxes of the diagram as the browser laid them out. */
export function measureLayout() {
    const box = (element: Element | null) => {
        const r = element!.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const quadrants: Record<string, ReturnType<typeof box>> = {};
    for (const group of Array.from(document.querySelectorAll('svg.casus-diagram g.quadrant:not(.quadrant-header)'))) {
        quadrants[(group as SVGGElement).dataset.panel!] = box(group.querySelector('.quadrant-bg'));
    }
    const headers = Array.from(document.querySelectorAll('svg.casus-diagram g.quadrant-header')).map(group => ({
        panel: (group as SVGGElement).dataset.panel!, texts: Array.from(group.querySelectorAll('text')).map(box),
    }));
    const cards = Array.from(document.querySelectorAll('svg.casus-diagram g.member')).map(group => ({
        name: group.querySelector('.t-name')?.textContent ?? '',
        panel: Array.from(group.classList).find(c => c.startsWith('panel-'))!.slice('panel-'.length),
        box: box(group.querySelector(':scope > .frame')),
        texts: Array.from(group.querySelectorAll('text:not(.t-on-marker)')).map(t => ({ text: (t.textContent ?? '').slice(0, 30), box: box(t) })),
    }));
    const badge = box(document.querySelector('svg.casus-diagram g.ik > .frame, svg.casus-diagram g.ik > .badge'));
    const badgeTexts = Array.from(document.querySelectorAll('svg.casus-diagram g.ik text:not(.t-on-marker)')).map(box);
    const svg = box(document.querySelector('svg.casus-diagram'));
    return { quadrants, headers, cards, badge, badgeTexts, svg };
}
