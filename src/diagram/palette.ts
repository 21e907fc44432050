import type { Paint } from './scene.js';

/**
 * Concrete colours for the standalone picture (CLI, export), light and dark.
 * In the editor the webview's stylesheet repaints the same classes with the
 * colour theme's own variables; these values are then only the fallback.
 * Text colours keep a contrast of at least 4.5:1 on the surfaces they sit on.
 */
export type ThemeName = 'light' | 'dark';
export type Palette = Record<Paint, string>;

const light: Palette = {
    canvas: '#ffffff',
    card: '#ffffff',
    'card-muted': '#fbfcfd',
    badge: '#1f2937',
    hit: 'none',
    separator: '#d8dee4',
    'link-line': '#2f7d4f',
    'tension-line': '#c2410c',
    'tension-marker': '#c2410c',
    'quadrant-organisatie': '#eef4fb',
    'quadrant-visie': '#edf7f0',
    'quadrant-regels': '#fbf5e9',
    'quadrant-politiek': '#f4f0fb',
    'accent-organisatie': '#2563a8',
    'accent-visie': '#2f7d4f',
    'accent-regels': '#a16207',
    'accent-politiek': '#6d4bb8',
    'severity-error': '#cf222e',
    'severity-warning': '#b45309',
    'severity-info': '#0969da',
    'severity-hint': '#6e7781',
    text: '#1f2328',
    'text-muted': '#57606a',
    'text-badge': '#ffffff',
    'text-badge-muted': '#d1d9e0',
    'text-link': '#2f7d4f',
    'text-on-marker': '#ffffff',
};

const dark: Palette = {
    canvas: '#1e1e1e',
    card: '#262729',
    'card-muted': '#232426',
    badge: '#e8eaed',
    hit: 'none',
    separator: '#3d4147',
    'link-line': '#5cc98a',
    'tension-line': '#f0885a',
    'tension-marker': '#c2410c',
    'quadrant-organisatie': '#1d2733',
    'quadrant-visie': '#1c2a22',
    'quadrant-regels': '#2c271d',
    'quadrant-politiek': '#272233',
    'accent-organisatie': '#6ea8fe',
    'accent-visie': '#5cc98a',
    'accent-regels': '#e0a458',
    'accent-politiek': '#b49cf5',
    'severity-error': '#f85149',
    'severity-warning': '#d29922',
    'severity-info': '#4c9aff',
    'severity-hint': '#8b949e',
    text: '#e6e6e6',
    'text-muted': '#a9b1ba',
    'text-badge': '#1e1e1e',
    'text-badge-muted': '#3d4147',
    'text-link': '#5cc98a',
    'text-on-marker': '#ffffff',
};

export const PALETTES: Record<ThemeName, Palette> = { light, dark };
