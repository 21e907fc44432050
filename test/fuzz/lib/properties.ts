/**
 * What must hold for every input, however broken: the checks one fuzz input
 * goes through, with the real services the language server and the CLI use.
 * Each check throws a `PropertyViolation` naming what broke; anything else
 * thrown is a crash in the product. Shared by the seeded vitest run
 * (test/fuzz/), the long runs (`npm run fuzz`) and the regression tests.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCasusServices, type CasusServices } from '../../../src/language/casus-module.js';
import { formatCaseText } from '../../../src/language/formatting/format-case.js';
import type { Case } from '../../../src/language/generated/ast.js';
import { buildCaseModel } from '../../../src/language/model/build-case-model.js';
import { buildCaseDocuments, withoutByteOrderMark } from '../../../src/language/workspace/case-documents.js';
import { renderCaseSvg } from '../../../src/diagram/render-svg.js';
import { checkWellFormedXml } from './xml-well-formed.js';
import { withoutPositions } from '../../helpers/without-positions.js';
import { diffParseTrees } from '../../helpers/parse-tree-diff.js';

export class PropertyViolation extends Error { }

export interface FuzzServices {
    shared: ReturnType<typeof createCasusServices>['shared'];
    Casus: CasusServices;
}

export function createFuzzServices(): FuzzServices {
    const services = createCasusServices(EmptyFileSystem);
    services.Casus.workspace.CasusSettings.locale = 'en';
    return services;
}

/** The SVG elements the renderer writes; anything else in its output came from a case's text. */
const SVG_ELEMENTS = new Set(['svg', 'title', 'g', 'rect', 'circle', 'line', 'text', 'tspan']);

let counter = 0;

export interface CheckStats {
    parsed: boolean;
    formatted: boolean;
    diagnostics: number;
}

/**
 * Parser + linker + validator, diagnostic ranges, case model, SVG renderer,
 * formatter (idempotent, same model) and hover/completion at `offsets`.
 */
export async function checkInput(services: FuzzServices, text: string, offsets: readonly number[]): Promise<CheckStats> {
    // Langium catches an exception in a rule or a provider and only logs it: that is a crash as well.
    const logged: string[] = [];
    const original = { error: console.error, warn: console.warn };
    console.error = console.warn = (...args: unknown[]) => { logged.push(args.map(a => a instanceof Error ? a.stack ?? a.message : String(a)).join(' ')); };
    try {
        const stats = await checkInputQuietly(services, text, offsets);
        if (logged.length > 0) throw new PropertyViolation(`logged an error: ${logged[0].slice(0, 3000)}`);
        return stats;
    } finally {
        Object.assign(console, original);
    }
}

async function checkInputQuietly(services: FuzzServices, text: string, offsets: readonly number[]): Promise<CheckStats> {
    const { shared, Casus } = services;
    const uri = URI.file(`/fuzz/input-${counter++}.casus`);
    checkDirectParser(Casus, text);
    const [document] = await buildCaseDocuments(shared, [{ uri, text }]);
    try {
        const diagnostics = document.diagnostics ?? [];
        checkRanges(withoutByteOrderMark(text), diagnostics);
        checkRendering(document, diagnostics);
        const parsed = document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
        const formatted = await checkFormatter(services, text, parsed, document);
        await checkEditorRequests(Casus, document, offsets);
        return { parsed, formatted, diagnostics: diagnostics.length };
    } finally {
        shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
}

/**
 * The direct parser takes exactly the texts without syntax errors, and builds
 * Langium's own tree for each. Returns whether it took this one.
 */
export function checkDirectParser(Casus: CasusServices, text: string): boolean {
    const parser = Casus.parser.CasusParser;
    const direct = parser.parseDirectly(text);
    const langium = parser.recoveringParser.parse(text);
    const clean = langium.lexerErrors.length === 0 && langium.parserErrors.length === 0;
    if (clean !== (direct !== undefined)) {
        throw new PropertyViolation(direct ? 'the direct parser took a text with syntax errors' : 'the direct parser stopped on a text without syntax errors');
    }
    const difference = direct && diffParseTrees(direct.value, langium.value);
    if (difference) throw new PropertyViolation(`the direct parser built another tree than Langium's parser: ${difference}`);
    return direct !== undefined;
}

/** LSP lines end at \r\n, \r or \n; every range must lie within the text, start before end. */
export function checkRanges(text: string, diagnostics: readonly Diagnostic[]): void {
    const lines = text.split(/\r\n|\r|\n/);
    for (const diagnostic of diagnostics) {
        const { start, end } = diagnostic.range;
        for (const position of [start, end]) {
            const line = lines[position.line];
            if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0
                || line === undefined || position.character > line.length) {
                throw new PropertyViolation(`diagnostic ${String(diagnostic.code)} has a position outside the document: ${JSON.stringify(diagnostic.range)} (${lines.length} lines)`);
            }
        }
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            throw new PropertyViolation(`diagnostic ${String(diagnostic.code)} ends before it starts: ${JSON.stringify(diagnostic.range)}`);
        }
        if (typeof diagnostic.message !== 'string' || diagnostic.message.length === 0) {
            throw new PropertyViolation(`diagnostic ${String(diagnostic.code)} has no message`);
        }
    }
}

/** The model builds, and its picture is well-formed SVG in which no case text became markup. */
export function checkRendering(document: LangiumDocument<Case>, diagnostics: readonly Diagnostic[]): void {
    const model = buildCaseModel(document.parseResult.value, diagnostics);
    JSON.stringify(model); // it crosses process borders as JSON
    for (const theme of ['dark'] as const) {
        const svg = renderCaseSvg(model, { theme });
        let summary;
        try {
            summary = checkWellFormedXml(svg);
        } catch (error) {
            throw new PropertyViolation(`the SVG is not well-formed XML: ${(error as Error).message}`);
        }
        for (const element of summary.elements) {
            if (!SVG_ELEMENTS.has(element)) throw new PropertyViolation(`unexpected element <${element}> in the SVG: a text became markup`);
        }
        for (const attribute of summary.attributes) {
            if (/^on/i.test(attribute) || attribute === 'href' || attribute.includes(':')) {
                throw new PropertyViolation(`unexpected attribute ${attribute} in the SVG`);
            }
        }
    }
}

/**
 * Idempotent, and for a text that parses: always formatted, with the same
 * case model (positions and wording of findings aside) before and after.
 */
async function checkFormatter(services: FuzzServices, text: string, parsed: boolean, document: LangiumDocument<Case>): Promise<boolean> {
    const outcome = formatCaseText(services.Casus, text);
    if (!parsed) {
        if (outcome.kind === 'formatted') throw new PropertyViolation('a text with syntax errors was formatted');
        return false;
    }
    if (outcome.kind !== 'formatted') throw new PropertyViolation(`a text that parses was not formatted (${outcome.kind})`);
    const again = formatCaseText(services.Casus, outcome.text);
    if (again.kind !== 'formatted' || again.text !== outcome.text) {
        throw new PropertyViolation(`formatting is not idempotent (second pass: ${again.kind}${again.kind === 'formatted' ? `, ${again.edits.length} edits` : ''})`);
    }
    if (outcome.text !== text) {
        const uri = URI.file(`/fuzz/formatted-${counter++}.casus`);
        const [formatted] = await buildCaseDocuments(services.shared, [{ uri, text: outcome.text }]);
        try {
            const before = JSON.stringify(withoutPositions(buildCaseModel(document.parseResult.value, document.diagnostics ?? [])));
            const after = JSON.stringify(withoutPositions(buildCaseModel(formatted.parseResult.value, formatted.diagnostics ?? [])));
            if (before !== after) throw new PropertyViolation(`formatting changed the case model:\nbefore ${before.slice(0, 2000)}\nafter  ${after.slice(0, 2000)}`);
        } finally {
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
    }
    return true;
}

/** Hover and completion through the real providers, at the given offsets (clamped to the document). */
async function checkEditorRequests(Casus: CasusServices, document: LangiumDocument, offsets: readonly number[]): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const length = document.textDocument.getText().length;
    for (const offset of offsets) {
        const position = document.textDocument.positionAt(Math.min(Math.max(0, offset), length));
        const hover = await Casus.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        if (hover !== undefined) JSON.stringify(hover);
        const completion = await Casus.lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        if (completion !== undefined) JSON.stringify(completion);
    }
}
