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
    // One growing string (V8 appends without copying): a large case's picture is hundreds of small pieces.
    let svg = `<svg xmlns="http://www.w3.org/2000/svg" class="casus-diagram" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(title)}">`;
    svg += `\n<title>${escapeXml(title)}</title>`;
    for (const node of scene.nodes) svg += write(node, palette);
    return svg + '\n</svg>';
}

/** A scene node as SVG, each element on a line of its own (so the result starts with a line break). */
function write(node: SceneNode, palette: Palette): string {
    switch (node.type) {
        case 'group': {
            let svg = `\n<g class="${escapeXml(node.cls)}"`;
            if (node.data) {
                for (const key of Object.keys(node.data)) svg += ` data-${key}="${escapeXml(node.data[key])}"`;
            }
            svg += '>';
            if (node.title) svg += `\n<title>${escapeXml(node.title)}</title>`;
            for (const child of node.children) svg += write(child, palette);
            return svg + '\n</g>';
        }
        case 'rect':
            return `\n<rect class="${node.cls}" x="${n(node.x)}" y="${n(node.y)}" width="${n(Math.max(0, node.width))}" height="${n(Math.max(0, node.height))}"${node.rx ? ` rx="${n(node.rx)}"` : ''}${shapePaint(node.paint, palette)}/>`;
        case 'circle':
            return `\n<circle class="${node.cls}" cx="${n(node.cx)}" cy="${n(node.cy)}" r="${n(node.r)}" fill="${palette[node.paint]}"/>`;
        case 'line':
            if (node.paint === 'hit') {
                return `\n<line class="${node.cls}" x1="${n(node.x1)}" y1="${n(node.y1)}" x2="${n(node.x2)}" y2="${n(node.y2)}" stroke="#000000" stroke-opacity="0" stroke-width="12"/>`;
            }
            return `\n<line class="${node.cls}" x1="${n(node.x1)}" y1="${n(node.y1)}" x2="${n(node.x2)}" y2="${n(node.y2)}" stroke="${palette[node.paint]}" stroke-width="${node.paint === 'separator' ? 1 : 1.75}"${node.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
        case 'text': {
            let svg = `\n<text class="${node.cls}" x="${n(node.x)}" y="${n(node.y)}" font-size="${n(node.size)}" fill="${palette[node.paint]}"`;
            if (node.bold) svg += ' font-weight="bold"';
            if (node.italic) svg += ' font-style="italic"';
            if (node.anchor && node.anchor !== 'start') svg += ` text-anchor="${node.anchor}"`;
            if (node.letterSpacing) svg += ` letter-spacing="${n(node.letterSpacing)}"`;
            if (node.halo) svg += ` stroke="${palette[node.halo]}" stroke-width="5" stroke-linejoin="round" paint-order="stroke"`;
            svg += '>';
            const x = n(node.x);
            for (let i = 0; i < node.lines.length; i++) {
                svg += `<tspan x="${x}"${i ? ` dy="${n(node.lineHeight)}"` : ''}>${escapeXml(node.lines[i])}</tspan>`;
            }
            return svg + '</text>';
        }
    }
}

function shapePaint(paint: Paint, palette: Palette): string {
    if (paint === 'card' || paint === 'card-muted') return ` fill="${palette[paint]}" stroke="${palette.separator}" stroke-width="1"`;
    if (paint === 'hit') return ' fill="none"';
    return ` fill="${palette[paint]}"`;
}

/** A coordinate to one decimal (written by the template as JavaScript writes numbers). */
function n(value: number): number {
    return Math.round(value * 10) / 10;
}
