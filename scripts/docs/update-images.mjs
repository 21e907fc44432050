#!/usr/bin/env node
// Refreshes the pictures of the guides (docs/handleiding.md, docs/guide.md) in
// docs/images/:
//
//   - diagrams: every ```casus block in a guide preceded by
//     <!-- diagram: NAME --> is drawn with the real CLI
//     (node bin/casus.cjs render … --format png, in the guide's language) as
//     docs/images/NAME.png, so that the picture always shows the text beside it;
//   - screenshots of the extension: copied from the end-to-end suite's
//     test-results/e2e/ (npm run test:e2e), skipped with a message when absent.
//
// Every picture is scaled down to a width that reads well on a page and
// reduced to 256 colours (png-palette.mjs), to keep the repository small. Usage: npm run build && npm run docs:images
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paletted } from './png-palette.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMAGES = join(ROOT, 'docs/images');
const E2E = join(ROOT, 'test-results/e2e');
const CLI = join(ROOT, 'bin/casus.cjs');
const require = createRequire(import.meta.url);
const { Resvg } = require('@resvg/resvg-js');

const GUIDES = [
    { file: 'docs/handleiding.md', lang: 'nl' },
    { file: 'docs/guide.md', lang: 'en' },
];

/** e2e screenshot (test-results/e2e/NN-<step>.png, NN being the step's number) → docs image, and its width here. */
const SCREENSHOTS = [
    // Not taken by the suite yet: the committed picture was made by hand from a code-server run of the walkthrough.
    { step: 'walkthrough', image: 'editor-walkthrough.png', width: 1100, note: 'the end-to-end suite has no walkthrough step yet' },
    { step: 'problems', image: 'editor-problems.png', width: 1100 },
    { step: 'preview', image: 'editor-preview.png', width: 1100 },
    { step: 'quick-fix', image: 'editor-quick-fix.png', width: 1100 },
];
const DIAGRAM_WIDTH = 900;

/** The ```casus blocks of a Markdown text that carry a <!-- diagram: NAME --> comment above them. */
export function diagramsIn(markdown) {
    const diagrams = [];
    const pattern = /<!--\s*diagram:\s*([\w-]+)\s*-->\s*\n(?:\s*<!--[^\n]*-->\s*\n)*```casus\n([\s\S]*?)\n```/g;
    for (const match of markdown.matchAll(pattern)) diagrams.push({ name: match[1], text: `${match[2]}\n` });
    return diagrams;
}

/** A PNG scaled to `width` pixels wide (never enlarged), by drawing it into an SVG with resvg. */
export function scaled(png, width) {
    const w = png.readUInt32BE(16);
    const h = png.readUInt32BE(20);
    if (w <= width) return png;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}">`
        + `<image width="${w}" height="${h}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

function write(image, png) {
    png = paletted(png);
    writeFileSync(join(IMAGES, image), png);
    console.log(`  wrote docs/images/${image} (${Math.round(png.length / 1024)} KB)`);
}

function renderDiagrams(work) {
    let failed = 0;
    for (const { file, lang } of GUIDES) {
        const path = join(ROOT, file);
        if (!existsSync(path)) {
            console.log(`  skipped ${file}: not found`);
            continue;
        }
        for (const { name, text } of diagramsIn(readFileSync(path, 'utf8'))) {
            const source = join(work, `${name}.casus`);
            const target = join(work, `${name}.png`);
            writeFileSync(source, text);
            const run = spawnSync(process.execPath, [CLI, 'render', source, '-o', target, '--format', 'png', '--lang', lang], { encoding: 'utf8' });
            if (run.status !== 0) {
                console.error(`  FAILED ${file}, diagram ${name}: casus render exited ${run.status}\n${run.stderr}`);
                failed++;
                continue;
            }
            write(`${name}.png`, scaled(readFileSync(target), DIAGRAM_WIDTH));
        }
    }
    return failed;
}

function copyScreenshots() {
    const available = existsSync(E2E) ? readdirSync(E2E) : [];
    for (const { step, image, width, note } of SCREENSHOTS) {
        const found = available.filter(name => new RegExp(`^\\d+-${step}\\.png$`).test(name)).sort().at(-1);
        if (!found) {
            console.log(`  skipped docs/images/${image}: no test-results/e2e/NN-${step}.png (${note ?? 'run npm run test:e2e to take the screenshots'}); the committed picture stays`);
            continue;
        }
        write(image, scaled(readFileSync(join(E2E, found)), width));
    }
}

function main() {
    if (!existsSync(join(ROOT, 'out/cli/casus.cjs'))) {
        console.error('docs:images: the CLI is not built yet; run npm run build first');
        return 1;
    }
    mkdirSync(IMAGES, { recursive: true });
    const work = mkdtempSync(join(tmpdir(), 'casus-docs-'));
    try {
        console.log('docs:images: diagrams from the guides');
        const failed = renderDiagrams(work);
        console.log('docs:images: screenshots from the end-to-end suite');
        copyScreenshots();
        return failed ? 1 : 0;
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
