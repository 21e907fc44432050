import type { CaseModel } from '../language/model/case-model.js';
import { escapeXml } from './escape.js';
import { layoutCase, type LayoutOptions } from './layout.js';
import { PALETTES, type Palette, type ThemeName } from './palette.js';
import type { Paint, Scene, SceneNode } from './scene.js';

export interface RenderOptions extends LayoutOptions {
    /** Colours written into the picture (the webview repaints them from the editor's theme). */
    theme?: ThemeName;
}

/** The font the layout measured with first; Verdana shares its design and widths closely. */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

/**
 * The one renderer: a case in, an SVG document out. Pure and DOM-free, so the
 * CLI, the tests and the editor's preview all draw the very same picture.
 */
export function renderCaseSvg(model: CaseModel, options: RenderOptions = {}): string {
    return sceneToSvg(layoutCase(model, options), PALETTES[options.theme ?? 'light'], model.title);
}

export function sceneToSvg(scene: Scene, palette: Palette, title: string): string {
    const out: string[] = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="casus-diagram" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(title)}">`);
    out.push(`<title>${escapeXml(title)}</title>`);
    for (const node of scene.nodes) write(node, palette, out);
    out.push('</svg>');
    return out.join('\n');
}

function write(node: SceneNode, palette: Palette, out: string[]): void {
    switch (node.type) {
        case 'group': {
            const data = Object.entries(node.data ?? {}).map(([k, v]) => ` data-${k}="${escapeXml(v)}"`).join('');
            out.push(`<g class="${escapeXml(node.cls)}"${data}>`);
            if (node.title) out.push(`<title>${escapeXml(node.title)}</title>`);
            for (const child of node.children) write(child, palette, out);
            out.push('</g>');
            return;
        }
        case 'rect':
            out.push(`<rect class="${node.cls}" x="${n(node.x)}" y="${n(node.y)}" width="${n(Math.max(0, node.width))}" height="${n(Math.max(0, node.height))}"${node.rx ? ` rx="${n(node.rx)}"` : ''}${shapePaint(node.paint, palette)}/>`);
            return;
        case 'circle':
            out.push(`<circle class="${node.cls}" cx="${n(node.cx)}" cy="${n(node.cy)}" r="${n(node.r)}" fill="${palette[node.paint]}"/>`);
            return;
        case 'line':
            if (node.paint === 'hit') {
                out.push(`<line class="${node.cls}" x1="${n(node.x1)}" y1="${n(node.y1)}" x2="${n(node.x2)}" y2="${n(node.y2)}" stroke="#000000" stroke-opacity="0" stroke-width="12"/>`);
                return;
            }
            out.push(`<line class="${node.cls}" x1="${n(node.x1)}" y1="${n(node.y1)}" x2="${n(node.x2)}" y2="${n(node.y2)}" stroke="${palette[node.paint]}" stroke-width="${node.paint === 'separator' ? 1 : 1.75}"${node.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
            return;
        case 'text': {
            const attrs = [
                `class="${node.cls}"`, `x="${n(node.x)}"`, `y="${n(node.y)}"`, `font-size="${n(node.size)}"`, `fill="${palette[node.paint]}"`,
                node.bold ? 'font-weight="bold"' : '', node.italic ? 'font-style="italic"' : '',
                node.anchor && node.anchor !== 'start' ? `text-anchor="${node.anchor}"` : '',
                node.letterSpacing ? `letter-spacing="${n(node.letterSpacing)}"` : '',
                node.halo ? `stroke="${palette[node.halo]}" stroke-width="5" stroke-linejoin="round" paint-order="stroke"` : '',
            ].filter(Boolean).join(' ');
            const lines = node.lines.map((line, i) => `<tspan x="${n(node.x)}"${i ? ` dy="${n(node.lineHeight)}"` : ''}>${escapeXml(line)}</tspan>`).join('');
            out.push(`<text ${attrs}>${lines}</text>`);
            return;
        }
    }
}

function shapePaint(paint: Paint, palette: Palette): string {
    if (paint === 'card' || paint === 'card-muted') return ` fill="${palette[paint]}" stroke="${palette.separator}" stroke-width="1"`;
    if (paint === 'hit') return ' fill="none"';
    return ` fill="${palette[paint]}"`;
}

function n(value: number): string {
    return String(Math.round(value * 10) / 10);
}
