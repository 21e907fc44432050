import { PALETTES, type Palette } from './palette.js';

/**
 * The stylesheet that repaints the picture by class. In the editor every
 * colour comes from the colour theme's variables (--vscode-*), so light,
 * dark and high-contrast themes each get their own; the standalone HTML page
 * uses the renderer's palettes instead, light or dark after the system.
 * The SVG's own presentation attributes stay the fallback for plain viewers.
 */
export function previewStyle(options: { standalone: boolean }): string {
    return [options.standalone ? standaloneVariables() : themeVariables(), DIAGRAM_RULES, options.standalone ? '' : WEBVIEW_RULES].join('\n');
}

function paletteVariables(p: Palette): string {
    return [
        `--bg: ${p.canvas}`, `--fg: ${p.text}`, `--muted: ${p['text-muted']}`, `--card: ${p.card}`, `--card-muted: ${p['card-muted']}`,
        `--border: ${p.separator}`, `--badge: ${p.badge}`, `--badge-fg: ${p['text-badge']}`, `--badge-muted: ${p['text-badge-muted']}`,
        `--link: ${p['link-line']}`, `--link-text: ${p['text-link']}`, `--tension: ${p['tension-line']}`, `--tension-marker: ${p['tension-marker']}`,
        ...(['organisatie', 'visie', 'regels', 'politiek'] as const).flatMap(q => [`--accent-${q}: ${p[`accent-${q}`]}`, `--q-${q}: ${p[`quadrant-${q}`]}`]),
        ...(['error', 'warning', 'info', 'hint'] as const).map(s => `--severity-${s}: ${p[`severity-${s}`]}`),
        `--on-marker: ${p['text-on-marker']}`, '--focus: #0969da', '--highlight: rgba(9, 105, 218, 0.14)',
    ].map(line => `  ${line};`).join('\n');
}

function standaloneVariables(): string {
    return `:root {\n${paletteVariables(PALETTES.light)}\n  color-scheme: light dark;\n}
@media (prefers-color-scheme: dark) {\n  :root {\n${paletteVariables(PALETTES.dark)}\n  }\n}
body { margin: 0; padding: 16px; background: var(--bg); color: var(--fg); }
.diagram svg { max-width: 100%; height: auto; }`;
}

function themeVariables(): string {
    return `body {
  --bg: var(--vscode-editor-background);
  --fg: var(--vscode-editor-foreground);
  --muted: var(--vscode-descriptionForeground);
  --card: var(--vscode-editorWidget-background, var(--bg));
  --card-muted: var(--card);
  --border: var(--vscode-editorWidget-border, var(--vscode-widget-border, rgba(128, 128, 128, 0.45)));
  --badge: var(--fg);
  --badge-fg: var(--bg);
  --badge-muted: color-mix(in srgb, var(--bg) 78%, var(--fg));
  --link: var(--vscode-charts-green);
  --link-text: color-mix(in srgb, var(--vscode-charts-green) 60%, var(--fg));
  --tension: var(--vscode-charts-orange);
  --tension-marker: color-mix(in srgb, var(--vscode-charts-red) 80%, black);
  --accent-organisatie: var(--vscode-charts-blue);
  --accent-visie: var(--vscode-charts-green);
  --accent-regels: var(--vscode-charts-yellow);
  --accent-politiek: var(--vscode-charts-purple);
  --q-organisatie: color-mix(in srgb, var(--accent-organisatie) 8%, var(--bg));
  --q-visie: color-mix(in srgb, var(--accent-visie) 8%, var(--bg));
  --q-regels: color-mix(in srgb, var(--accent-regels) 7%, var(--bg));
  --q-politiek: color-mix(in srgb, var(--accent-politiek) 8%, var(--bg));
  --severity-error: var(--vscode-editorError-foreground);
  --severity-warning: var(--vscode-editorWarning-foreground);
  --severity-info: var(--vscode-editorInfo-foreground);
  --severity-hint: var(--muted);
  --on-marker: #ffffff;
  --focus: var(--vscode-focusBorder);
  --highlight: var(--vscode-editor-selectionHighlightBackground, rgba(128, 128, 128, 0.2));
  margin: 0; padding: 0; overflow: hidden;
  background: var(--bg); color: var(--fg);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
}
body.vscode-high-contrast, body.vscode-high-contrast-light {
  --q-organisatie: var(--bg); --q-visie: var(--bg); --q-regels: var(--bg); --q-politiek: var(--bg);
  --card: var(--bg); --card-muted: var(--bg);
  --border: var(--vscode-contrastBorder, var(--fg));
  --link-text: var(--fg);
}`;
}

const DIAGRAM_RULES = `
.casus-diagram .canvas { fill: var(--bg); }
.casus-diagram .quadrant-bg.q-organisatie { fill: var(--q-organisatie); }
.casus-diagram .quadrant-bg.q-visie { fill: var(--q-visie); }
.casus-diagram .quadrant-bg.q-regels { fill: var(--q-regels); }
.casus-diagram .quadrant-bg.q-politiek { fill: var(--q-politiek); }
.casus-diagram .quadrant-header.panel-organisatie text { stroke: var(--q-organisatie); }
.casus-diagram .quadrant-header.panel-visie text { stroke: var(--q-visie); }
.casus-diagram .quadrant-header.panel-regels text { stroke: var(--q-regels); }
.casus-diagram .quadrant-header.panel-politiek text { stroke: var(--q-politiek); }
.casus-diagram .accent-organisatie { fill: var(--accent-organisatie); }
.casus-diagram .accent-visie { fill: var(--accent-visie); }
.casus-diagram .accent-regels { fill: var(--accent-regels); }
.casus-diagram .accent-politiek { fill: var(--accent-politiek); }
.casus-diagram .card { fill: var(--card); stroke: var(--border); }
.casus-diagram .badge { fill: var(--badge); }
.casus-diagram .separator { stroke: var(--border); }
.casus-diagram .link-line { stroke: var(--link); }
.casus-diagram .link-dot { fill: var(--link); }
.casus-diagram .tension-line { stroke: var(--tension); }
.casus-diagram .tension-dot { fill: var(--tension-marker); }
.casus-diagram .hit { fill: transparent; }
.casus-diagram .bullet, .casus-diagram .t-label, .casus-diagram .t-meta, .casus-diagram .t-axis, .casus-diagram .t-question { fill: var(--muted); }
.casus-diagram .t-title, .casus-diagram .t-qtitle, .casus-diagram .t-name, .casus-diagram .t-text, .casus-diagram .t-section { fill: var(--fg); }
.casus-diagram .t-badge-name { fill: var(--badge-fg); }
.casus-diagram .t-badge-label, .casus-diagram .t-badge-meta { fill: var(--badge-muted); }
.casus-diagram .t-link { fill: var(--link-text); }
.casus-diagram .t-on-marker { fill: var(--on-marker); pointer-events: none; }
.casus-diagram .severity-error .finding-dot { fill: var(--severity-error); }
.casus-diagram .severity-warning .finding-dot { fill: var(--severity-warning); }
.casus-diagram .severity-info .finding-dot { fill: var(--severity-info); }
.casus-diagram .severity-hint .finding-dot { fill: var(--severity-hint); }
body.vscode-high-contrast .casus-diagram .quadrant-bg, body.vscode-high-contrast-light .casus-diagram .quadrant-bg { stroke: var(--border); stroke-width: 1; }
body.vscode-high-contrast .casus-diagram .badge, body.vscode-high-contrast-light .casus-diagram .badge { stroke: var(--border); stroke-width: 2; }
`;

const WEBVIEW_RULES = `
#viewport { position: absolute; inset: 0; overflow: hidden; cursor: grab; touch-action: none; }
#viewport.panning { cursor: grabbing; }
#viewport svg { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
.casus-diagram .el { cursor: pointer; }
.casus-diagram .entry:hover > .hit, .casus-diagram .link:hover > .hit { fill: var(--vscode-list-hoverBackground, var(--highlight)); }
.casus-diagram .member:hover > .frame, .casus-diagram .loose-member:hover > .frame { stroke: var(--focus); }
.casus-diagram .el.active > .frame, .casus-diagram .quadrant.active > .quadrant-bg { stroke: var(--focus); stroke-width: 2.5; }
.casus-diagram .entry.active > .hit, .casus-diagram .link.active > .hit, .casus-diagram .tension-item.active > .hit { fill: var(--highlight); stroke: var(--focus); stroke-width: 1; }
.casus-diagram .connection.active .link-line, .casus-diagram .tension.active .tension-line { stroke-width: 3.5; }
.casus-diagram .connection:hover .link-line, .casus-diagram .tension:hover .tension-line { stroke-width: 3; }
#toolbar { position: fixed; top: 8px; right: 12px; display: flex; gap: 4px; z-index: 2; }
#toolbar button {
  min-width: 28px; height: 26px; border-radius: 4px; cursor: pointer;
  color: var(--vscode-button-secondaryForeground, var(--fg)); background: var(--vscode-button-secondaryBackground, var(--card));
  border: 1px solid var(--vscode-button-border, var(--border)); font: inherit;
}
#toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground, var(--card)); }
#toolbar button:focus-visible { outline: 1px solid var(--focus); outline-offset: 1px; }
#stale {
  display: none; position: fixed; top: 8px; left: 12px; z-index: 2; padding: 4px 10px; border-radius: 4px;
  color: var(--vscode-editorWarning-foreground, var(--fg)); background: var(--vscode-editorWidget-background, var(--bg));
  border: 1px solid var(--vscode-editorWarning-foreground, var(--border));
}
body.stale #stale { display: block; }
body.stale #viewport svg { opacity: 0.5; filter: grayscale(0.8); }
#empty { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; color: var(--muted); }
#empty[hidden] { display: none; }
`;
