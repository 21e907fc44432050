import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../language/i18n/locale.js';
import type { RuleOverrides } from '../language/workspace/casus-json.js';
import { buildCaseModel } from '../language/model/build-case-model.js';
import { rasterScale, svgSize } from '../diagram/raster-scale.js';
import { renderCaseHtml } from '../diagram/render-html.js';
import { renderCaseSvg } from '../diagram/render-svg.js';
import type { CommandOutcome } from './check-command.js';
import { cliMessagesFor } from './cli-messages.js';
import { fileProblemOf } from './file-problem.js';
import { loadCases } from './load-cases.js';
import { renderMessagesFor } from './render-messages.js';

export const RENDER_FORMATS = ['svg', 'html', 'png'] as const;
export type RenderFormat = typeof RENDER_FORMATS[number];
const THEMES = ['light', 'dark'] as const;

export interface RenderOutcome extends CommandOutcome {
    /** A PNG written to standard output (no `-o`). */
    stdoutBytes?: Uint8Array;
}

/**
 * `casus render PATH [-o OUT] [--format svg|html|png] [--theme light|dark]`:
 * the preview's picture of one case. Without `--format` the format follows
 * OUT's extension, else SVG. Exit 0 drawn, 1 the case does not parse, 2 usage
 * error or unreadable path.
 */
export async function runRender(args: readonly string[], locale: Locale, rulesFor: (ruleArgs: readonly string[]) => Promise<RuleOverrides>): Promise<RenderOutcome> {
    const cli = cliMessagesFor(locale);
    const texts = renderMessagesFor(locale);
    const usage = (message: string): RenderOutcome => ({ exitCode: 2, stdout: '', stderr: `${message}\n\n${cli.usage}\n` });
    let parsed;
    try {
        parsed = parseArgs({
            args: [...args],
            options: { output: { type: 'string', short: 'o' }, format: { type: 'string' }, theme: { type: 'string', default: 'light' }, rule: { type: 'string', multiple: true, default: [] }, lang: { type: 'string' } },
            allowPositionals: true,
            strict: true,
        });
    } catch (error) {
        return usage(cli.badOption(error instanceof Error ? error.message : String(error)));
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) return usage(texts.onePath);
    const out = values.output;
    const format = values.format ?? formatFromExtension(out) ?? 'svg';
    if (!(RENDER_FORMATS as readonly string[]).includes(format)) return usage(cli.badFormat(format, RENDER_FORMATS));
    const theme = String(values.theme);
    if (!(THEMES as readonly string[]).includes(theme)) return usage(texts.badTheme(theme));

    const path = positionals[0];
    const loaded = await loadCases([path], { locale, rules: await rulesFor(values.rule) });
    if (loaded.problems.length) {
        return { exitCode: 2, stdout: '', stderr: loaded.problems.map(p => cli.cannotRead(p.path, p.problem)).join('\n') + '\n' };
    }
    if (loaded.cases.length !== 1) return { exitCode: 2, stdout: '', stderr: texts.notOneCase(path, loaded.cases.length) + '\n' };
    const { document } = loaded.cases[0];
    if (document.parseResult.lexerErrors.length || document.parseResult.parserErrors.length) {
        const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntax-error')
            .map(d => `${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
        return { exitCode: 1, stdout: '', stderr: [texts.doesNotParse(path), ...syntax].join('\n') + '\n' };
    }
    const model = buildCaseModel(document.parseResult.value, document.diagnostics ?? []);

    const options = { theme: theme as typeof THEMES[number] };
    let bytes: Uint8Array | string;
    if (format === 'png') bytes = rasterize(renderCaseSvg(model, options));
    else if (format === 'html') bytes = renderCaseHtml(model, options);
    else bytes = renderCaseSvg(model, options) + '\n';

    if (out === undefined) {
        return typeof bytes === 'string' ? { exitCode: 0, stdout: bytes, stderr: '' } : { exitCode: 0, stdout: '', stderr: '', stdoutBytes: bytes };
    }
    try {
        await writeFile(out, bytes);
    } catch (error) {
        return { exitCode: 2, stdout: '', stderr: texts.cannotWrite(out, fileProblemOf(error)) + '\n' };
    }
    return { exitCode: 0, stdout: '', stderr: '' };
}

function formatFromExtension(path: string | undefined): RenderFormat | undefined {
    const extension = path ? extname(path).slice(1).toLowerCase() : '';
    return extension === 'htm' ? 'html' : (RENDER_FORMATS as readonly string[]).includes(extension) ? extension as RenderFormat : undefined;
}

/**
 * SVG to PNG with resvg, loaded only here: it is a native module, kept out of
 * the bundle. The DejaVu fonts ship as a dependency, so text is drawn even on
 * a machine without any system fonts; system fonts still cover other scripts.
 */
function rasterize(svg: string): Uint8Array {
    // require, not import(): the bin may run the bundle through vm.Script, where a dynamic import has no loader.
    const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const { width, height } = svgSize(svg);
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: rasterScale(width, height) },
        font: { loadSystemFonts: true, fontFiles: bundledFonts(), defaultFontFamily: 'DejaVu Sans' },
    });
    return resvg.render().asPng();
}

export function bundledFonts(): string[] {
    const require = createRequire(import.meta.url);
    try {
        const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
        return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']
            .map(file => resolve(regular, '..', file));
    } catch {
        return []; // not installed (e.g. a trimmed deployment): system fonts only
    }
}
