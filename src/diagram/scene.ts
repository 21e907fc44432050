/**
 * The picture as plain geometry: what the layout decides and the SVG writer
 * draws. Tests read the geometry (quadrant areas, card boxes) from here
 * without parsing SVG. `cls` names the CSS classes (the webview restyles by
 * class); `paint` names the palette entry for the standalone picture.
 */
export interface Rect { x: number; y: number; width: number; height: number }

export type Paint =
    | 'canvas' | 'card' | 'card-muted' | 'badge' | 'hit' | 'separator' | 'link-line' | 'tension-line' | 'tension-marker'
    | `quadrant-${PanelPaint}` | `accent-${PanelPaint}` | `severity-${'error' | 'warning' | 'info' | 'hint'}`
    | 'text' | 'text-muted' | 'text-badge' | 'text-badge-muted' | 'text-link' | 'text-on-marker';
export type PanelPaint = 'organisatie' | 'visie' | 'regels' | 'politiek';

interface Base { cls: string; paint: Paint }
export interface GroupNode { type: 'group'; cls: string; data?: Record<string, string>; title?: string; children: SceneNode[] }
export interface RectNode extends Base, Rect { type: 'rect'; rx?: number }
export interface TextNode extends Base {
    type: 'text';
    x: number;
    /** Baseline of the first line. */
    y: number;
    lines: string[];
    size: number;
    lineHeight: number;
    bold?: boolean;
    italic?: boolean;
    anchor?: 'start' | 'middle' | 'end';
    letterSpacing?: number;
    /** A stroke in the surface colour behind the letters, so a connection line passing under a title does not cut through it. */
    halo?: Paint;
}
export interface LineNode extends Base { type: 'line'; x1: number; y1: number; x2: number; y2: number; dashed?: boolean }
export interface CircleNode extends Base { type: 'circle'; cx: number; cy: number; r: number }

export type SceneNode = GroupNode | RectNode | TextNode | LineNode | CircleNode;

export interface Scene {
    width: number;
    height: number;
    nodes: SceneNode[];
    /** Geometry for tests and for the browser checks. */
    quadrants: Record<PanelPaint, Rect>;
    cards: Array<{ panel: PanelPaint; name: string; box: Rect }>;
    badge: Rect;
}
