import type { CaseModel, ModelFinding, QuadrantModel, SourceRange, TextEntry } from '../language/model/case-model.js';
import { previewTexts, type PreviewTexts } from './preview-texts.js';
import type { GroupNode, PanelPaint, Paint, Rect, Scene, SceneNode } from './scene.js';
import { normaliseSpace, textWidth, wrapText } from './text-measure.js';

/*
 * Layout of the "duiden en verbinden" picture: a title, then a two-by-two grid
 * of quadrants with the ik-persoon as a badge where the four meet, then a
 * footer for tensions and anything that has no place in a quadrant.
 *
 * Areas: each row splits its width by the two quadrants' weights (omvang, or
 * the amount of content), and the rows share the height by weight too. Content
 * always wins over weight: a row is never lower than its cards need, so
 * nothing overflows. Cards are placed in columns, each into the shortest one.
 */

/** The picture's width by default: the CLI, the export, and the preview in a wide panel. */
export const DEFAULT_WIDTH = 1240;
export const MIN_WIDTH = 760;
export const MAX_WIDTH = 1600;
const MARGIN = 20;
const MIN_GRID_HEIGHT = 720;
const QUADRANT_PADDING = 18;
const QUADRANT_HEADER = 52;
const CARD_GAP = 12;
const MIN_CARD_WIDTH = 270;
const CARD_PADDING = 12;
const MARKER_SPACE = 16;
const LABEL_WIDTH = 68;
const BADGE_GAP = 14;

const SIZE = { title: 20, axis: 10.5, quadrantTitle: 17, name: 14, meta: 11.5, label: 11, text: 12.5, question: 13, badgeName: 16, badgeMeta: 12 };
const LINE = { title: 26, name: 18, meta: 15, text: 17, question: 18, badgeName: 20, badgeMeta: 16 };
const WEIGHT_BY_SIZE = { groot: 3, middel: 2, klein: 1 } as const;

const PANELS: readonly PanelPaint[] = ['organisatie', 'visie', 'regels', 'politiek'];

interface EntrySpec { label?: string; text: string; range: SourceRange; findings: ModelFinding[] }
interface LinkSpec { entries: EntrySpec[]; range: SourceRange; findings: ModelFinding[] }
interface CardSpec {
    panel: PanelPaint;
    name: string;
    /** Kind and description, one muted line under the name. */
    meta?: string;
    entries: EntrySpec[];
    links: LinkSpec[];
    range?: SourceRange;
    findings: ModelFinding[];
    /** Cards of the Visie quadrant and the organisation's own expertise list texts without labels. */
    bullets: boolean;
    /** Drawn below the grid (a link to an unknown partner), not in a quadrant. */
    loose?: boolean;
}

export interface LayoutOptions {
    /** The picture's language; by default the keyword language of the case. */
    language?: 'nl' | 'en';
    /**
     * The picture's width in pixels (760–1600, default 1240). The preview
     * passes its panel's width so that text stays readable at 100 %; the CLI
     * and the export use the default.
     */
    width?: number;
}

export function layoutCase(model: CaseModel, options: LayoutOptions = {}): Scene {
    const texts = previewTexts(options.language ?? model.keywordLanguage);
    const WIDTH = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH)));
    const GRID_WIDTH = WIDTH - 2 * MARGIN;
    // Even a `klein` quadrant keeps room for a readable card; in a narrow picture it keeps a little more.
    const minSplit = WIDTH < 1000 ? 0.42 : 0.36;
    const clampSplit = (value: number) => Math.min(1 - minSplit, Math.max(minSplit, value));
    const attached = new Set<string>();
    const note = (findings: readonly ModelFinding[]) => { for (const f of findings) attached.add(findingKey(f)); return findings as ModelFinding[]; };

    const cards = cardSpecs(model, texts, note);
    const weights = Object.fromEntries(PANELS.map(p => [p, panelWeight(p, model, cards[p])])) as Record<PanelPaint, number>;

    // Column splits per row, then the card columns that fit in each quadrant.
    const topSplit = clampSplit(weights.organisatie / (weights.organisatie + weights.visie));
    const bottomSplit = clampSplit(weights.regels / (weights.regels + weights.politiek));
    const widths: Record<PanelPaint, number> = {
        organisatie: GRID_WIDTH * topSplit, visie: GRID_WIDTH * (1 - topSplit),
        regels: GRID_WIDTH * bottomSplit, politiek: GRID_WIDTH * (1 - bottomSplit),
    };

    const ik = model.ik;
    const badgeWidth = Math.min(GRID_WIDTH * 0.6, Math.max(280, Math.abs(topSplit - bottomSplit) * GRID_WIDTH + 120));
    const badgeText = badgeLines(ik, texts, badgeWidth - 2 * CARD_PADDING - MARKER_SPACE);
    const badgeHeight = CARD_PADDING * 2 + 14 + badgeText.name.length * LINE.badgeName + badgeText.meta.length * LINE.badgeMeta;
    const reserve = badgeHeight / 2 + BADGE_GAP; // room kept free around the badge in every quadrant

    const placed = Object.fromEntries(PANELS.map(p => [p, placeCards(cards[p], widths[p] - 2 * QUADRANT_PADDING)])) as Record<PanelPaint, PlacedPanel>;
    const questions = Object.fromEntries(PANELS.map(p => [p,
        cards[p].length === 0 ? wrapText(texts.question[p], widths[p] - 2 * QUADRANT_PADDING, SIZE.question) : []])) as Record<PanelPaint, string[]>;
    const need = (p: PanelPaint) => QUADRANT_PADDING * 2 + QUADRANT_HEADER + reserve
        + Math.max(placed[p].height, questions[p].length * LINE.question);

    const title = wrapText(model.title || texts.untitled, GRID_WIDTH - MARKER_SPACE * 2, SIZE.title, true);
    const titleHeight = title.length * LINE.title + 18;
    const gridTop = MARGIN + titleHeight;
    const needTop = Math.max(need('organisatie'), need('visie'));
    const needBottom = Math.max(need('regels'), need('politiek'));
    const topShare = (weights.organisatie + weights.visie) / (weights.organisatie + weights.visie + weights.regels + weights.politiek);
    const total = Math.max(MIN_GRID_HEIGHT, needTop + needBottom);
    const topHeight = Math.max(needTop, total * topShare);
    const bottomHeight = Math.max(needBottom, total * (1 - topShare));
    const middle = gridTop + topHeight;

    const quadrants: Record<PanelPaint, Rect> = {
        organisatie: { x: MARGIN, y: gridTop, width: widths.organisatie, height: topHeight },
        visie: { x: MARGIN + widths.organisatie, y: gridTop, width: widths.visie, height: topHeight },
        regels: { x: MARGIN, y: middle, width: widths.regels, height: bottomHeight },
        politiek: { x: MARGIN + widths.regels, y: middle, width: widths.politiek, height: bottomHeight },
    };

    const background: SceneNode[] = [];
    const lines: SceneNode[] = [];
    const foreground: SceneNode[] = [];
    const cardBoxes: Scene['cards'] = [];
    const anchors = new Map<string, Rect>();

    for (const panel of PANELS) {
        const area = quadrants[panel];
        const bottomRow = panel === 'regels' || panel === 'politiek';
        const contentTop = area.y + QUADRANT_PADDING + (bottomRow ? reserve : 0);
        const quadrantGroup = quadrantNode(panel, area, contentTop, texts, model, note);
        // The area stays below the connection lines, its title above them.
        background.push({ ...quadrantGroup, children: quadrantGroup.children.slice(0, 1) });
        foreground.push({ ...quadrantGroup, cls: `${quadrantGroup.cls} quadrant-header`, children: quadrantGroup.children.slice(1) });
        const x0 = area.x + QUADRANT_PADDING;
        const y0 = contentTop + QUADRANT_HEADER;
        if (questions[panel].length) {
            foreground.push({ type: 'text', cls: 't-question', paint: 'text-muted', x: x0, y: y0 + SIZE.question, lines: questions[panel], size: SIZE.question, lineHeight: LINE.question, italic: true });
        }
        for (const card of placed[panel].cards) {
            const box = { x: x0 + card.x, y: y0 + card.y, width: card.width, height: card.height };
            foreground.push(cardNode(card.spec, box, texts, note));
            cardBoxes.push({ panel, name: card.spec.name, box });
            if (card.spec.range) anchors.set(card.spec.name, box);
        }
    }

    const badgeBox: Rect = {
        x: MARGIN + GRID_WIDTH * (topSplit + bottomSplit) / 2 - badgeWidth / 2,
        y: middle - badgeHeight / 2,
        width: badgeWidth,
        height: badgeHeight,
    };
    foreground.push(badgeNode(ik, badgeBox, badgeText, texts, note));
    if (ik) anchors.set(ik.name, badgeBox);

    // Connections from the ik to each partner that exists; tensions between their two parties.
    for (const link of model.links) {
        const partner = link.resolved ? anchors.get(link.partner) : undefined;
        if (!partner || partner === badgeBox) continue;
        const from = centre(badgeBox);
        const to = edgePoint(partner, from);
        lines.push({
            type: 'group', cls: 'el connection', data: rangeData(link.range), title: linkTitle(link.partner, link.helps, link.whys, texts),
            children: [
                // An invisible wide stroke makes the thin line easy to hover (for its helpt/waarom) and to click.
                { type: 'line', cls: 'hit-line', paint: 'hit', x1: from.x, y1: from.y, x2: to.x, y2: to.y },
                { type: 'line', cls: 'link-line', paint: 'link-line', x1: from.x, y1: from.y, x2: to.x, y2: to.y },
                { type: 'circle', cls: 'link-dot', paint: 'link-line', cx: to.x, cy: to.y, r: 4 },
            ],
        });
    }

    const footer: SceneNode[] = [];
    let footerY = gridTop + topHeight + bottomHeight + 24;
    const chips = new Map<Rect, number>();
    const tensionNumbers: Array<{ index: number; text: string[]; tension: CaseModel['tensions'][number] }> = [];
    model.tensions.forEach((tension, i) => {
        const a = anchors.get(tension.first), b = anchors.get(tension.second);
        const label = `${i + 1}`;
        if (a && b && a !== b) {
            // Numbered chips sit on the top border of both parties, a dashed line runs between them under the cards.
            const [p, q] = [a, b].map(box => { const k = chips.get(box) ?? 0; chips.set(box, k + 1); return { x: box.x + box.width - 30 - 22 * k, y: box.y }; });
            lines.push({
                type: 'group', cls: 'el tension', data: rangeData(tension.range), title: tensionTitle(tension, texts),
                children: [
                    { type: 'line', cls: 'hit-line', paint: 'hit', x1: p.x, y1: p.y, x2: q.x, y2: q.y },
                    { type: 'line', cls: 'tension-line', paint: 'tension-line', x1: p.x, y1: p.y, x2: q.x, y2: q.y, dashed: true },
                ],
            });
            for (const point of [p, q]) foreground.push(tensionMarker(point.x, point.y, label, tension.range, tensionTitle(tension, texts)));
        }
        tensionNumbers.push({ index: i + 1, text: wrapText(`${tension.first} ↔ ${tension.second}${tension.text ? ': ' + tension.text : ''}`, GRID_WIDTH - 60, SIZE.text), tension });
    });
    if (tensionNumbers.length) {
        footer.push(sectionHeading(texts.tensions, footerY));
        footerY += 30;
        for (const item of tensionNumbers) {
            const height = item.text.length * LINE.text;
            const children: SceneNode[] = [
                { type: 'rect', cls: 'hit', paint: 'hit', x: MARGIN, y: footerY - 4, width: GRID_WIDTH, height: height + 8 },
                tensionMarker(MARGIN + 12, footerY + 7, `${item.index}`, item.tension.range, undefined),
                { type: 'text', cls: 't-text', paint: 'text', x: MARGIN + 30, y: footerY + 12, lines: item.text, size: SIZE.text, lineHeight: LINE.text },
            ];
            if (note(item.tension.findings).length) children.push(findingMarker(MARGIN + GRID_WIDTH - 10, footerY + 7, item.tension.findings, 5));
            footer.push({ type: 'group', cls: 'el tension-item', data: rangeData(item.tension.range), children });
            footerY += height + 10;
        }
        footerY += 10;
    }

    const unresolved = model.links.filter(l => !l.resolved || !anchors.has(l.partner));
    if (unresolved.length) {
        footer.push(sectionHeading(texts.unresolvedLinks, footerY));
        footerY += 30;
        for (const link of unresolved) {
            const spec: CardSpec = {
                panel: 'politiek', name: link.partner || '?', entries: [], bullets: false, findings: link.findings, loose: true,
                links: [linkSpec(link, texts)], range: link.range,
            };
            const width = Math.min(GRID_WIDTH, 520);
            const box = { x: MARGIN, y: footerY, width, height: cardHeight(spec, width) };
            foreground.push(cardNode(spec, box, texts, note));
            footerY += box.height + CARD_GAP;
        }
        footerY += 10;
    }

    // Whatever finding has no element to sit on (e.g. `missing-ik`) is marked at the title.
    const loose = model.findings.filter(f => !attached.has(findingKey(f)));
    const titleNodes: SceneNode[] = [{ type: 'text', cls: 't-title', paint: 'text', x: MARGIN, y: MARGIN + SIZE.title, lines: title, size: SIZE.title, lineHeight: LINE.title, bold: true }];
    if (loose.length) {
        const lastLine = title[title.length - 1] ?? '';
        const x = title.length > 1 ? MARGIN + GRID_WIDTH - 8 : Math.min(MARGIN + textWidth(lastLine, SIZE.title, true) + 14, MARGIN + GRID_WIDTH - 8);
        titleNodes.push(findingMarker(x, MARGIN + SIZE.title - 6, loose, 6));
    }

    const height = Math.ceil(Math.max(footerY, gridTop + topHeight + bottomHeight + MARGIN));
    return {
        width: WIDTH,
        height,
        nodes: [
            { type: 'rect', cls: 'canvas', paint: 'canvas', x: 0, y: 0, width: WIDTH, height },
            { type: 'group', cls: 'title', children: titleNodes },
            { type: 'group', cls: 'quadrants', children: background },
            { type: 'group', cls: 'lines', children: lines },
            { type: 'group', cls: 'elements', children: foreground },
            { type: 'group', cls: 'footer', children: footer },
        ],
        quadrants,
        cards: cardBoxes,
        badge: badgeBox,
    };
}

// ---- content ---------------------------------------------------------------

function cardSpecs(model: CaseModel, texts: PreviewTexts, note: (f: readonly ModelFinding[]) => ModelFinding[]): Record<PanelPaint, CardSpec[]> {
    const entry = (e: TextEntry, labelled = true): EntrySpec => ({ label: labelled ? texts.entryLabel[e.kind] : undefined, text: e.text, range: e.range, findings: e.findings });
    const linksTo = (name: string) => model.links.filter(l => l.resolved && l.partner === name).map(l => linkSpec(l, texts));
    const members = (q: QuadrantModel, panel: PanelPaint): CardSpec[] => q.members.map(m => ({
        panel,
        name: m.name,
        meta: [texts.memberKind[m.kind], m.description && normaliseSpace(m.description)].filter(Boolean).join(' · '),
        entries: m.texts.map(t => entry(t)),
        links: m.kind === 'actor' || m.kind === 'stakeholder' ? linksTo(m.name) : [],
        range: m.range,
        findings: m.findings,
        bullets: false,
    }));
    const group = (panel: PanelPaint, name: string, entries: TextEntry[]): CardSpec[] => entries.length === 0 ? [] : [{
        panel, name, entries: entries.map(e => entry(e, false)), links: [], findings: [], bullets: true,
    }];
    const { organisatie, regels, politiek } = model.quadrants;
    void note; // findings are noted where they are drawn
    return {
        organisatie: [...group('organisatie', texts.ownExpertise, organisatie.expertise), ...members(organisatie, 'organisatie')],
        visie: model.ik ? [
            ...group('visie', texts.myInterests, model.ik.interests),
            ...group('visie', texts.myGoals, model.ik.goals),
            ...group('visie', texts.myVision, model.ik.visions),
        ] : [],
        regels: members(regels, 'regels'),
        politiek: members(politiek, 'politiek'),
    };
}

function linkSpec(link: CaseModel['links'][number], texts: PreviewTexts): LinkSpec {
    const entries = [...link.helps, ...link.whys].map(e => ({ label: texts.entryLabel[e.kind], text: e.text, range: e.range, findings: e.findings }));
    return { entries, range: link.range, findings: link.findings };
}

function panelWeight(panel: PanelPaint, model: CaseModel, cards: CardSpec[]): number {
    const size = panel === 'visie' ? undefined : model.quadrants[panel].size;
    if (size) return WEIGHT_BY_SIZE[size];
    const amount = cards.reduce((sum, c) => sum + 2 + c.entries.length, 0);
    return 1 + 2 * Math.min(1, amount / 14);
}

// ---- cards -----------------------------------------------------------------

interface PlacedPanel { cards: Array<{ spec: CardSpec; x: number; y: number; width: number; height: number }>; height: number }

function placeCards(specs: CardSpec[], innerWidth: number): PlacedPanel {
    const columns = Math.max(1, Math.floor((innerWidth + CARD_GAP) / (MIN_CARD_WIDTH + CARD_GAP)));
    const width = (innerWidth - (columns - 1) * CARD_GAP) / columns;
    const heights = new Array<number>(columns).fill(0);
    const cards = specs.map(spec => {
        const column = heights.indexOf(Math.min(...heights));
        const height = cardHeight(spec, width);
        const card = { spec, x: column * (width + CARD_GAP), y: heights[column], width, height };
        heights[column] += height + CARD_GAP;
        return card;
    });
    return { cards, height: Math.max(0, Math.max(...heights) - CARD_GAP) };
}

/** A text ready to draw; `stacked`: its label sits above it (a narrow card has no room for a label column). */
interface WrappedEntry { spec: EntrySpec; lines: string[]; stacked: boolean }

const STACKED_LABEL = 14;
const NARROW_CARD = 300;

function entryHeight(e: WrappedEntry): number {
    return (e.stacked ? STACKED_LABEL : 0) + e.lines.length * LINE.text;
}

interface CardLines {
    name: string[];
    meta: string[];
    entries: WrappedEntry[];
    links: Array<{ spec: LinkSpec; entries: WrappedEntry[] }>;
}

function cardLines(spec: CardSpec, width: number): CardLines {
    const inner = width - 2 * CARD_PADDING;
    const stacked = width < NARROW_CARD;
    const textWidthFor = (e: EntrySpec) => inner - MARKER_SPACE - (e.label === undefined ? 14 : stacked ? 0 : LABEL_WIDTH);
    const wrapEntry = (e: EntrySpec): WrappedEntry => ({ spec: e, lines: orDash(wrapText(e.text, textWidthFor(e), SIZE.text)), stacked: stacked && e.label !== undefined });
    return {
        name: orDash(wrapText(spec.name, inner - MARKER_SPACE, SIZE.name, true)),
        meta: spec.meta ? wrapText(spec.meta, inner - MARKER_SPACE, SIZE.meta) : [],
        entries: spec.entries.map(wrapEntry),
        links: spec.links.map(l => ({ spec: l, entries: l.entries.map(wrapEntry) })),
    };
}

function orDash(lines: string[]): string[] {
    return lines.length ? lines : ['—'];
}

const ENTRY_GAP = 5;
const LINK_HEADER = 30;

function cardHeight(spec: CardSpec, width: number): number {
    const l = cardLines(spec, width);
    const entries = (list: CardLines['entries']) => list.reduce((h, e) => h + entryHeight(e) + ENTRY_GAP, 0);
    return CARD_PADDING * 2 + l.name.length * LINE.name + l.meta.length * LINE.meta
        + (l.entries.length ? 6 + entries(l.entries) - ENTRY_GAP : 0)
        + l.links.reduce((h, link) => h + LINK_HEADER + Math.max(0, entries(link.entries) - ENTRY_GAP), 0);
}

function cardNode(spec: CardSpec, box: Rect, texts: PreviewTexts, note: (f: readonly ModelFinding[]) => ModelFinding[]): GroupNode {
    const l = cardLines(spec, box.width);
    const x = box.x + CARD_PADDING;
    const right = box.x + box.width - CARD_PADDING;
    const children: SceneNode[] = [
        { type: 'rect', cls: 'card frame', paint: spec.bullets ? 'card-muted' : 'card', x: box.x, y: box.y, width: box.width, height: box.height, rx: 6 },
        { type: 'rect', cls: `card-accent accent-${spec.panel}`, paint: `accent-${spec.panel}`, x: box.x, y: box.y + 6, width: 3, height: Math.max(0, box.height - 12) },
    ];
    let y = box.y + CARD_PADDING;
    children.push({ type: 'text', cls: 't-name', paint: 'text', x, y: y + SIZE.name - 1, lines: l.name, size: SIZE.name, lineHeight: LINE.name, bold: true });
    if (note(spec.findings).length) children.push(findingMarker(right - 5, y + 7, spec.findings, 6));
    y += l.name.length * LINE.name;
    if (l.meta.length) {
        children.push({ type: 'text', cls: 't-meta', paint: 'text-muted', x, y: y + SIZE.meta, lines: l.meta, size: SIZE.meta, lineHeight: LINE.meta });
        y += l.meta.length * LINE.meta;
    }
    if (l.entries.length) y += 6;
    for (const e of l.entries) {
        children.push(entryNode(e, x, y, box.width - 2 * CARD_PADDING, note));
        y += entryHeight(e) + ENTRY_GAP;
    }
    if (l.entries.length) y -= ENTRY_GAP;
    for (const link of l.links) {
        const linkChildren: SceneNode[] = [
            { type: 'rect', cls: 'hit', paint: 'hit', x: box.x + 4, y: y + 6, width: box.width - 8, height: LINK_HEADER - 6 + Math.max(0, link.entries.reduce((h, e) => h + entryHeight(e) + ENTRY_GAP, 0) - ENTRY_GAP) + 4 },
            { type: 'line', cls: 'separator', paint: 'separator', x1: x, y1: y + 10, x2: right, y2: y + 10 },
            { type: 'text', cls: 't-link', paint: 'text-link', x, y: y + 25, lines: [`↔ ${texts.connection}`], size: SIZE.label, lineHeight: LINE.meta, bold: true },
        ];
        if (note(link.spec.findings).length) linkChildren.push(findingMarker(right - 5, y + 21, link.spec.findings, 5));
        let ly = y + LINK_HEADER;
        for (const e of link.entries) {
            linkChildren.push(entryNode(e, x, ly, box.width - 2 * CARD_PADDING, note));
            ly += entryHeight(e) + ENTRY_GAP;
        }
        children.push({ type: 'group', cls: 'el link', data: rangeData(link.spec.range), children: linkChildren });
        y = ly - (link.entries.length ? ENTRY_GAP : 0);
    }
    return {
        type: 'group', cls: `${spec.range ? 'el ' : ''}${spec.loose ? 'loose-member' : `member panel-${spec.panel}`}`,
        data: spec.range ? { ...rangeData(spec.range), name: spec.name } : undefined,
        children,
    };
}

function entryNode(entry: WrappedEntry, x: number, y: number, width: number, note: (f: readonly ModelFinding[]) => ModelFinding[]): GroupNode {
    const { spec, lines, stacked } = entry;
    const height = entryHeight(entry);
    const textX = spec.label === undefined ? x + 14 : stacked ? x : x + LABEL_WIDTH;
    const textY = y + 12.5 + (stacked ? STACKED_LABEL : 0);
    const children: SceneNode[] = [
        { type: 'rect', cls: 'hit', paint: 'hit', x: x - 4, y: y - 1, width: width + 8, height: height + 2, rx: 3 },
        spec.label === undefined
            ? { type: 'circle', cls: 'bullet', paint: 'text-muted', cx: x + 4, cy: y + 8.5, r: 2 }
            : { type: 'text', cls: 't-label', paint: 'text-muted', x, y: y + (stacked ? 10 : 12.5), lines: [spec.label], size: SIZE.label, lineHeight: LINE.text },
        { type: 'text', cls: 't-text', paint: 'text', x: textX, y: textY, lines, size: SIZE.text, lineHeight: LINE.text },
    ];
    if (note(spec.findings).length) children.push(findingMarker(x + width - 5, y + 8.5, spec.findings, 4.5));
    return { type: 'group', cls: 'el entry', data: rangeData(spec.range), children };
}

// ---- quadrants, badge, markers -------------------------------------------------

function quadrantNode(panel: PanelPaint, area: Rect, contentTop: number, texts: PreviewTexts, model: CaseModel, note: (f: readonly ModelFinding[]) => ModelFinding[]): GroupNode {
    const quadrant = panel === 'visie' ? undefined : model.quadrants[panel];
    const x = area.x + QUADRANT_PADDING;
    const children: SceneNode[] = [
        { type: 'rect', cls: `quadrant-bg q-${panel}`, paint: `quadrant-${panel}`, x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2, rx: 4 },
        { type: 'rect', cls: `axis-bar accent-${panel}`, paint: `accent-${panel}`, x, y: contentTop + 1, width: 18, height: 4, rx: 2 },
        { type: 'text', cls: 't-axis', paint: 'text-muted', x: x + 26, y: contentTop + 7, lines: [texts.axisWord[panel].toUpperCase()], size: SIZE.axis, lineHeight: 14, bold: true, letterSpacing: 1.5, halo: `quadrant-${panel}` },
        { type: 'text', cls: 't-qtitle', paint: 'text', x, y: contentTop + 30, lines: [texts.quadrantTitle[panel]], size: SIZE.quadrantTitle, lineHeight: 22, bold: true, halo: `quadrant-${panel}` },
    ];
    if (quadrant && note(quadrant.findings).length) {
        children.push(findingMarker(x + textWidth(texts.quadrantTitle[panel], SIZE.quadrantTitle, true) + 14, contentTop + 24, quadrant.findings, 5));
    }
    const data = quadrant?.range ? rangeData(quadrant.range) : undefined;
    return { type: 'group', cls: `${data ? 'el ' : ''}quadrant panel-${panel}`, data: { ...data, panel }, children };
}

interface BadgeText { name: string[]; meta: string[] }

function badgeLines(ik: CaseModel['ik'], texts: PreviewTexts, width: number): BadgeText {
    if (!ik) return { name: wrapText(texts.noIk, width, SIZE.badgeName, true), meta: [] };
    return {
        name: orDash(wrapText(ik.name, width, SIZE.badgeName, true)),
        meta: ik.description ? wrapText(ik.description, width, SIZE.badgeMeta) : [],
    };
}

function badgeNode(ik: CaseModel['ik'], box: Rect, lines: BadgeText, texts: PreviewTexts, note: (f: readonly ModelFinding[]) => ModelFinding[]): GroupNode {
    const cx = box.x + box.width / 2;
    let y = box.y + CARD_PADDING;
    const children: SceneNode[] = [
        { type: 'rect', cls: 'badge frame', paint: 'badge', x: box.x, y: box.y, width: box.width, height: box.height, rx: box.height / 2 > 28 ? 28 : box.height / 2 },
        { type: 'text', cls: 't-badge-label', paint: 'text-badge-muted', x: cx, y: y + 9, lines: [texts.ikLabel.toUpperCase()], size: SIZE.axis, lineHeight: 14, bold: true, anchor: 'middle', letterSpacing: 1.5 },
    ];
    y += 14;
    children.push({ type: 'text', cls: 't-badge-name', paint: 'text-badge', x: cx, y: y + SIZE.badgeName, lines: lines.name, size: SIZE.badgeName, lineHeight: LINE.badgeName, bold: true, anchor: 'middle' });
    y += lines.name.length * LINE.badgeName;
    if (lines.meta.length) {
        children.push({ type: 'text', cls: 't-badge-meta', paint: 'text-badge-muted', x: cx, y: y + SIZE.badgeMeta, lines: lines.meta, size: SIZE.badgeMeta, lineHeight: LINE.badgeMeta, anchor: 'middle' });
    }
    if (ik && note(ik.findings).length) children.push(findingMarker(box.x + box.width - 22, box.y + box.height / 2, ik.findings, 6));
    return { type: 'group', cls: `${ik ? 'el ' : ''}ik`, data: ik ? { ...rangeData(ik.range), name: ik.name } : undefined, children };
}

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'] as const;

function findingMarker(cx: number, cy: number, findings: readonly ModelFinding[], r: number): GroupNode {
    const worst = SEVERITY_ORDER.find(s => findings.some(f => f.severity === s)) ?? 'hint';
    return {
        type: 'group', cls: `finding severity-${worst}`,
        data: { severity: worst, codes: [...new Set(findings.map(f => f.code))].join(' ') },
        title: findings.map(f => `${f.severity}: ${f.message} (${f.code})`).join('\n'),
        children: [
            { type: 'circle', cls: 'finding-dot', paint: `severity-${worst}`, cx, cy, r },
            ...(r >= 5 ? [{ type: 'text' as const, cls: 't-on-marker', paint: 'text-on-marker' as Paint, x: cx, y: cy + r * 0.62, lines: ['!'], size: r * 1.7, lineHeight: r * 2, bold: true, anchor: 'middle' as const }] : []),
        ],
    };
}

function tensionMarker(cx: number, cy: number, label: string, range: SourceRange, title: string | undefined): GroupNode {
    return {
        type: 'group', cls: 'tension-marker', data: rangeData(range), title,
        children: [
            { type: 'circle', cls: 'tension-dot', paint: 'tension-marker', cx, cy, r: 8 },
            { type: 'text', cls: 't-on-marker', paint: 'text-on-marker', x: cx, y: cy + 3.8, lines: [label], size: 10.5, lineHeight: 12, bold: true, anchor: 'middle' },
        ],
    };
}

function sectionHeading(text: string, y: number): SceneNode {
    return { type: 'text', cls: 't-section', paint: 'text', x: MARGIN, y: y + 16, lines: [text], size: 15, lineHeight: 20, bold: true };
}

function linkTitle(partner: string, helps: TextEntry[], whys: TextEntry[], texts: PreviewTexts): string {
    return [`${texts.connection}: ${partner}`, ...helps.map(h => `${texts.entryLabel.helpt}: ${normaliseSpace(h.text)}`), ...whys.map(w => `${texts.entryLabel.waarom}: ${normaliseSpace(w.text)}`)].join('\n');
}

function tensionTitle(tension: CaseModel['tensions'][number], texts: PreviewTexts): string {
    return `${texts.tensions}: ${tension.first} ↔ ${tension.second}${tension.text ? '\n' + normaliseSpace(tension.text) : ''}`;
}

// ---- geometry and data ----------------------------------------------------------

function centre(r: Rect) { return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }

/** Where the line from `r`'s centre towards `towards` leaves the rectangle. */
function edgePoint(r: Rect, towards: { x: number; y: number }) {
    const c = centre(r);
    const dx = towards.x - c.x, dy = towards.y - c.y;
    if (dx === 0 && dy === 0) return c;
    const scale = 1 / Math.max(Math.abs(dx) / (r.width / 2), Math.abs(dy) / (r.height / 2));
    return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** `data-range` is what the editor and the diagram exchange: 0-based "line:character-line:character". */
export function rangeData(range: SourceRange): Record<string, string> {
    return { range: `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` };
}

export function findingKey(f: ModelFinding): string {
    return `${f.code}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}|${f.message}`;
}
