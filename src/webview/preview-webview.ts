/**
 * The preview's script inside the webview: shows the pictures the extension
 * sends, pans and zooms, reports clicks as source ranges, highlights the
 * element under the editor's cursor and rasterises exports. It never builds
 * markup from case text itself: the SVG arrives already escaped.
 */
import type { SourcePosition, SourceRange } from '../language/model/case-model.js';
import type { HostToWebview, PreviewState, Unaddressed, WebviewToHost } from '../protocol.js';

interface VsCodeApi {
    postMessage(message: WebviewToHost): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const viewport = document.getElementById('viewport') as HTMLElement;
const empty = document.getElementById('empty') as HTMLElement;

let state: PreviewState = vscode.getState() ?? { uri: document.body.dataset.uri ?? '' };
let view = state.view;
let pending: HostToWebview | undefined;
let cursor: SourcePosition | undefined;

// ---- messages: the newest update wins, applied on the next frame ------------------

/** Tells the host, naming the case whose picture this is. */
function send(message: Unaddressed<WebviewToHost>): void {
    vscode.postMessage({ ...message, uri: state.uri } as WebviewToHost);
}

/** The case the picture is (or is about to be) of: an update not yet drawn counts. */
function shownUri(): string {
    return pending?.type === 'update' ? pending.uri : state.uri;
}

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
    const message = event.data;
    // A marker or cursor for another case than the one drawn (the panel switched meanwhile) is dropped.
    if ((message.type === 'stale' || message.type === 'highlight') && message.uri !== shownUri()) return;
    switch (message.type) {
        case 'update':
            if (!pending) requestAnimationFrame(applyPending);
            pending = message;
            return;
        case 'stale':
            document.body.classList.toggle('stale', message.stale);
            return;
        case 'empty':
            state = { ...state, uri: message.uri };
            viewport.replaceChildren();
            empty.textContent = message.message;
            empty.hidden = false;
            return;
        case 'highlight':
            cursor = message.position;
            highlight(true);
            return;
        case 'rasterize':
            void rasterize(message.requestId, message.svg, message.width, message.height, message.scale);
            return;
    }
});

function applyPending(): void {
    const message = pending;
    pending = undefined;
    if (message?.type !== 'update') return;
    if (message.uri !== state.uri) view = undefined; // another case: start from a fitted view
    state = { ...state, uri: message.uri };
    viewport.innerHTML = message.svg;
    empty.hidden = true;
    document.body.classList.toggle('stale', message.stale);
    applyView();
    highlight(false);
    vscode.setState({ ...state, view });
}

// ---- pan and zoom ----------------------------------------------------------------------

function diagram(): SVGSVGElement | null {
    return viewport.querySelector('svg');
}

/** The picture at 100 % when the host laid it out for this width, else scaled down to fit it. */
function fitted(): NonNullable<PreviewState['view']> {
    const svg = diagram();
    const width = svg ? Number(svg.getAttribute('width')) : 1;
    const scale = Math.min(1, Math.max(0.1, availableWidth() / width));
    return { scale, x: Math.max(PADDING, (viewport.clientWidth - width * scale) / 2), y: 44 };
}

/** `view` is set only once the user pans or zooms; until then the picture follows the panel. */
function applyView(): void {
    const svg = diagram();
    if (!svg) return;
    const current = view ?? fitted();
    svg.style.transform = `translate(${current.x}px, ${current.y}px) scale(${current.scale})`;
}

const PADDING = 16;

function availableWidth(): number {
    return Math.max(200, viewport.clientWidth - 2 * PADDING);
}

let lastWidth = 0;
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
new ResizeObserver(() => {
    applyView();
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
        const width = availableWidth();
        if (Math.abs(width - lastWidth) < 24) return;
        lastWidth = width;
        send({ type: 'resize', width });
    }, 150);
}).observe(viewport);

function zoomAt(factor: number, px: number, py: number): void {
    view ??= fitted();
    const scale = Math.min(4, Math.max(0.1, view.scale * factor));
    const k = scale / view.scale;
    view = { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
    applyView();
    vscode.setState({ ...state, view });
}

function panBy(dx: number, dy: number): void {
    view ??= fitted();
    view = { ...view, x: view.x + dx, y: view.y + dy };
    applyView();
    vscode.setState({ ...state, view });
}

viewport.addEventListener('wheel', event => {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) zoomAt(Math.exp(-event.deltaY * 0.002), event.offsetX, event.offsetY);
    else panBy(-event.deltaX, -event.deltaY);
}, { passive: false });

let drag: { x: number; y: number; moved: boolean; id: number } | undefined;
viewport.addEventListener('pointerdown', event => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
});
viewport.addEventListener('pointermove', event => {
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) viewport.setPointerCapture(event.pointerId);
    drag = { ...drag, x: event.clientX, y: event.clientY, moved: true };
    viewport.classList.add('panning');
    panBy(dx, dy);
});
viewport.addEventListener('pointerup', event => {
    const wasDrag = drag?.moved;
    drag = undefined;
    viewport.classList.remove('panning');
    if (!wasDrag) select(event.target);
});

document.getElementById('toolbar')?.addEventListener('click', event => {
    const action = (event.target as HTMLElement).closest('button')?.dataset.action;
    const cx = viewport.clientWidth / 2, cy = viewport.clientHeight / 2;
    if (action === 'zoom-in') zoomAt(1.25, cx, cy);
    if (action === 'zoom-out') zoomAt(0.8, cx, cy);
    if (action === 'fit') { view = undefined; applyView(); vscode.setState({ ...state, view }); }
});

window.addEventListener('keydown', event => {
    const cx = viewport.clientWidth / 2, cy = viewport.clientHeight / 2;
    if (event.key === '+' || event.key === '=') zoomAt(1.25, cx, cy);
    else if (event.key === '-') zoomAt(0.8, cx, cy);
    else if (event.key === '0') { view = undefined; applyView(); vscode.setState({ ...state, view }); }
});

// ---- clicks and the cursor --------------------------------------------------------------

function select(target: EventTarget | null): void {
    const element = target instanceof Element ? target.closest('.el[data-range]') : null;
    const range = element ? parseRange(element.getAttribute('data-range')) : undefined;
    if (range) send({ type: 'select', range });
}

function parseRange(value: string | null): SourceRange | undefined {
    const match = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(value ?? '');
    if (!match) return undefined;
    const [sl, sc, el, ec] = match.slice(1).map(Number);
    return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

function before(a: SourcePosition, b: SourcePosition): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The innermost element whose source contains the cursor (its end included: the cursor sits after the last letter). */
function highlight(reveal: boolean): void {
    let best: { element: Element; range: SourceRange } | undefined;
    for (const element of Array.from(viewport.querySelectorAll('.el[data-range]'))) {
        element.classList.remove('active');
        const range = parseRange(element.getAttribute('data-range'));
        if (!range || !cursor || before(cursor, range.start) || before(range.end, cursor)) continue;
        if (!best || !before(range.start, best.range.start) && !before(best.range.end, range.end)) best = { element, range };
    }
    if (!best) return;
    // The same source can be drawn twice (a connection's line and its block in the partner's card): mark both.
    const key = best.element.getAttribute('data-range');
    for (const element of Array.from(viewport.querySelectorAll('.el[data-range]'))) {
        if (element.getAttribute('data-range') === key) element.classList.add('active');
    }
    if (reveal) revealElement(best.element);
}

function revealElement(element: Element): void {
    const box = element.getBoundingClientRect();
    const area = viewport.getBoundingClientRect();
    const margin = 24;
    let dx = 0, dy = 0;
    if (box.right > area.right - margin) dx = area.right - margin - box.right;
    if (box.left + dx < area.left + margin) dx = area.left + margin - box.left;
    if (box.bottom > area.bottom - margin) dy = area.bottom - margin - box.bottom;
    if (box.top + dy < area.top + margin) dy = area.top + margin - box.top;
    if (dx || dy) panBy(dx, dy);
}

// ---- export -----------------------------------------------------------------------------

async function rasterize(requestId: number, svg: string, width: number, height: number, scale: number): Promise<void> {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        send({ type: 'rasterized', requestId, png: canvas.toDataURL('image/png') });
    } catch (error) {
        send({ type: 'rasterized', requestId, error: error instanceof Error ? error.message : String(error) });
    } finally {
        URL.revokeObjectURL(url);
    }
}

vscode.setState({ ...state, view }); // so that a reload brings back this case even before its first picture arrived
lastWidth = availableWidth();
send({ type: 'ready', width: lastWidth });
