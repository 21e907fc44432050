/**
 * `npm run bench`: where the time goes, measured in one process after warm-up.
 * Prints a Markdown table and writes it to docs/performance.md (with the
 * machine it ran on). Not part of `npm test`: tests never depend on timing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCasusServices } from '../../src/language/casus-module.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';
import { generateCase } from '../../test/helpers/generate-case.js';
import { LspTestClient } from '../../test/server/lsp-client.js';
import { floorPass } from './floor.js';
import { measurePreviewUpdate } from './preview-bench.js';
import { ablation } from './ablation.js';

const ROOT = process.cwd();
const quick = process.argv.includes('--quick');
/** `--only lsp,cli`: just those sections (build, ablation, lsp, cli, memory, activation, bundles); docs/performance.md is then left alone. */
const only = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length).split(',');
const runs = (section: string) => !only || only.includes(section);

interface Stats { median: number; min: number; max: number; runs: number }

function stats(samples: number[]): Stats {
    const sorted = [...samples].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** The time a body measured itself, for bodies with untimed set-up. */
interface Timed { timed: number }
const isTimed = (value: unknown): value is Timed => typeof value === 'object' && value !== null && typeof (value as Timed).timed === 'number';

async function measure(runs: number, warmup: number, body: () => Promise<unknown> | unknown): Promise<Stats> {
    for (let i = 0; i < warmup; i++) await body();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = await body();
        samples.push(isTimed(result) ? result.timed : performance.now() - start);
    }
    return stats(samples);
}

const ms = (n: number) => n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0);
const fmt = (s: Stats) => `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)}, n=${s.runs})`;
const rows: string[][] = [];
const row = (what: string, result: string, target = '', verdict = '') => {
    rows.push([what, result, target, verdict]);
    console.log(`${what}: ${result}${target ? `   [target ${target}: ${verdict}]` : ''}`);
};
const meets = (ok: boolean) => ok ? 'met' : '**missed**';

async function buildBench(): Promise<void> {
    const { shared } = createCasusServices(EmptyFileSystem);
    let n = 0;
    const byLines = new Map<number, Stats>();
    for (const size of quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]) {
        const { text, lines } = generateCase(size);
        const runs = size >= 100_000 ? 9 : size >= 10_000 ? 20 : 30;
        // Each build's document is dropped afterwards (untimed), as the server drops a document's previous version:
        // otherwise every run would also pay garbage collection for the copies the earlier runs left behind.
        let built: URI | undefined;
        const dropBuilt = () => { if (built) shared.workspace.LangiumDocuments.deleteDocument(built); built = undefined; };
        const build = await measure(runs, size >= 100_000 ? 1 : 3, async () => {
            dropBuilt();
            const start = performance.now();
            const [document] = await buildCaseDocuments(shared, [{ uri: URI.file(`/bench/${n++}.casus`), text }]);
            const timed = performance.now() - start;
            built = document.uri;
            return { timed };
        });
        dropBuilt();
        const floor = await measure(runs * 3, 3, () => floorPass(text));
        byLines.set(size, build);
        row(`build ${lines.toLocaleString('en')} lines (parse + link + validate)`, `${fmt(build)} · ${Math.round(lines / build.median * 1000).toLocaleString('en')} lines/s`);
        row(`floor, ${lines.toLocaleString('en')} lines (one hand-written pass over the text)`, `${fmt(floor)} · build/floor ${(build.median / floor.median).toFixed(1)}×`);
        // Free the documents of this size before the next.
        for (const doc of shared.workspace.LangiumDocuments.all.toArray()) shared.workspace.LangiumDocuments.deleteDocument(doc.uri);
    }
    const big = byLines.get(100_000), mid = byLines.get(10_000);
    if (big && mid) row('build 100k / build 10k (linear is 10×)', `${(big.median / mid.median).toFixed(1)}×`, '≤ 12×', meets(big.median / mid.median <= 12));
}

/** A keystroke that toggles one finding: the partner name of a link gains or loses an `X` (unresolved-reference). */
async function keystrokeBench(client: LspTestClient, size: number): Promise<void> {
    const { text } = generateCase(size, size);
    const uri = `file:///bench/typing-${size}.casus`;
    const lines = text.split('\n');
    const line = lines.findIndex(l => l.startsWith('  verbinding '));
    const at = { line, character: lines[line].indexOf(' {') };
    const comment = { line: 0, character: lines[0].length };
    client.open(uri, text);
    const unresolved = (d: Diagnostic[]) => d.filter(x => x.code === 'unresolved-reference').length;
    await client.diagnosticsFor(uri, d => unresolved(d) === 0, 60_000);
    let version = 1;
    let broken = false;
    const toggle = async () => {
        broken = !broken;
        client.edit(uri, ++version, broken ? { start: at, end: at } : { start: at, end: { ...at, character: at.character + 1 } }, broken ? 'X' : '');
        await client.diagnosticsFor(uri, d => unresolved(d) === (broken ? 1 : 0), 60_000);
    };
    const single = await measure(quick ? 10 : 30, 5, toggle);
    const target = size <= 1_000 ? 15 : 60;
    row(`keystroke → diagnostics, ${size.toLocaleString('en')} lines (LSP, real server)`, fmt(single), `≤ ${target} ms`, meets(single.median <= target));

    // A burst: four keystrokes in a comment, 30 ms apart, then the one that toggles the finding; timed from the last.
    const samples: number[] = [];
    for (let burst = 0; burst < (quick ? 3 : 8); burst++) {
        for (let k = 0; k < 4; k++) {
            client.edit(uri, ++version, { start: comment, end: comment }, 'x');
            comment.character++;
            await new Promise(resolve => setTimeout(resolve, 30));
        }
        const start = performance.now();
        await toggle();
        samples.push(performance.now() - start);
    }
    row(`burst of 5 keystrokes 30 ms apart → diagnostics, ${size.toLocaleString('en')} lines`, `${fmt(stats(samples))} after the last`);

    // Typing often passes through texts that do not parse. A stray `}` near the end of the case is the worst place
    // for the direct parser: it reads almost the whole text before it hands it to Langium's (recovering) parser.
    let last = lines.length - 1;
    while (last > 0 && !lines[last].startsWith('  spanning ')) last--;
    const stray = { line: last, character: 2 };
    let invalid = false;
    const toggleSyntax = async () => {
        invalid = !invalid;
        client.edit(uri, ++version, invalid ? { start: stray, end: stray } : { start: stray, end: { ...stray, character: stray.character + 1 } }, invalid ? '}' : '');
        await client.diagnosticsFor(uri, d => d.some(x => x.code === 'syntax-error') === invalid, 60_000);
    };
    const breaking: number[] = [];
    for (let i = 0; i < (quick ? 10 : 30) + 2; i++) {
        const start = performance.now();
        await toggleSyntax();
        if (invalid && i >= 2) breaking.push(performance.now() - start);
    }
    if (invalid) await toggleSyntax();
    row(`keystroke that breaks the syntax near the end → diagnostics, ${size.toLocaleString('en')} lines`, fmt(stats(breaking)));
}

function cliBench(): void {
    const once = (args: string[]) => {
        const start = performance.now();
        const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
        if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
        return performance.now() - start;
    };
    /** Runs each command in turn, `runs` times after one unmeasured round, so that the machine's ups and downs fall on all alike. */
    const time = (commands: string[][], runs: number) => {
        const samples = commands.map(() => [] as number[]);
        for (let i = 0; i < runs + 1; i++) {
            commands.forEach((args, c) => {
                const elapsed = once(args);
                if (i > 0) samples[c].push(elapsed);
            });
        }
        return samples.map(stats);
    };
    const dir = mkdtempSync(join(tmpdir(), 'casus-bench-'));
    try {
        const typical = join(dir, 'typical.casus');
        writeFileSync(typical, generateCase(100).text);
        const [nodeOnly, one] = time([['-e', '0'], ['bin/casus.cjs', 'check', typical]], quick ? 10 : 20);
        row('`node -e 0`', fmt(nodeOnly));
        row('`casus check` one typical case (process start to exit)', `${fmt(one)} · ${(one.median / nodeOnly.median).toFixed(2)}× node`, '≤ 2× node', meets(one.median <= 2 * nodeOnly.median));
        const many = join(dir, 'many');
        mkdirSync(many);
        for (let i = 0; i < 1000; i++) writeFileSync(join(many, `case-${i}.casus`), generateCase(100, i).text);
        const [thousand] = time([['bin/casus.cjs', 'check', many]], quick ? 1 : 3);
        row('`casus check` 1,000 typical cases (100 lines each) in one call', fmt(thousand), '≤ 2.5 s', meets(thousand.median <= 2500));
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

function memoryBench(): void {
    // A fresh process, so that nothing else this benchmark did counts.
    const script = `
        require('./out/bench/memory.cjs').buildOnce(100000).then(() => {
            console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
        });`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    const { maxRssKb } = JSON.parse(result.stdout.trim().split('\n').pop()!);
    const mb = maxRssKb / 1024;
    row('peak RSS, building a 100k-line case (own process)', `${mb.toFixed(0)} MB`, '≤ 250 MB', meets(mb <= 250));
}

function activationBench(): void {
    const requires: number[] = [], activations: number[] = [];
    for (let i = 0; i < 11; i++) {
        const result = spawnSync(process.execPath, ['scripts/bench/activation.cjs'], { cwd: ROOT, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`activation measurement failed: ${result.stderr}`);
        const { requireMs, activateMs } = JSON.parse(result.stdout.trim().split('\n').pop()!);
        if (i > 0) { requires.push(requireMs); activations.push(activateMs); }
    }
    const activate = stats(activations);
    row('extension activation: `activate()` call (server starts in the background)', fmt(activate), '≤ 50 ms', meets(activate.median <= 50));
    row('extension activation: loading the bundle (`require`, stand-in vscode module)', fmt(stats(requires)));
}

function bundleSizes(): void {
    for (const file of ['out/extension/main.cjs', 'out/extension/browser.cjs', 'out/language/main.cjs', 'out/language/worker.js', 'out/cli/casus.cjs', 'out/preview/webview.js']) {
        let size: number;
        try { size = statSync(join(ROOT, file)).size; } catch { continue; }
        row(`bundle ${file}`, `${(size / 1024).toFixed(0)} KB`, '≤ 1 MB', meets(size <= 1024 * 1024));
    }
}

async function ablationBench(): Promise<void> {
    const lines = 10_000;
    const results = ablation(lines, quick ? 2 : 3, join(import.meta.dirname, 'ablation-worker.cjs'));
    const all = results[0].median;
    for (const { variant, median } of results) {
        row(`build ${lines.toLocaleString('en')} lines — ${variant}`, `${ms(median)} ms${variant === results[0].variant ? '' : ` (+${ms(median - all)} ms, ${(median / all).toFixed(2)}×)`}`);
    }
}

async function main(): Promise<void> {
    console.log(`Casus benchmark${quick ? ' (quick)' : ''} — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
    if (runs('build')) await buildBench();
    if (runs('ablation')) await ablationBench();
    if (runs('lsp')) await lspBench();
    if (runs('cli')) cliBench();
    if (runs('memory')) memoryBench();
    if (runs('activation')) activationBench();
    if (runs('bundles')) bundleSizes();
    if (!only) writeReport();
}

async function lspBench(): Promise<void> {
    const client = await LspTestClient.start('en');
    try {
        await keystrokeBench(client, 1_000);
        await keystrokeBench(client, 10_000);
        const preview = await measurePreviewUpdate(client, 1_000, quick ? 10 : 30);
        if (preview) {
            row('keystroke → updated preview SVG, 1,000 lines (server model + render)', fmt(preview.total), '≤ 30 ms', meets(preview.total.median <= 30));
            row('  of which: keystroke → case model received from the server', fmt(preview.arrival));
            row('  of which: rendering the SVG', fmt(preview.render));
        }
        else row('keystroke → updated preview SVG', 'not measured: the server sends no preview model yet');
    } finally {
        await client.stop();
    }
}

function writeReport(): void {
    const path = join(ROOT, 'docs/performance.md');
    let previous = '';
    try { previous = readFileSync(path, 'utf8'); } catch { /* first run */ }
    const notes = previous.includes('<!-- notes -->') ? previous.slice(previous.indexOf('<!-- notes -->')) : '<!-- notes -->\n';
    const table = ['| what | result (median, min–max) | target | |', '|---|---|---|---|', ...rows.map(r => `| ${r.join(' | ')} |`)].join('\n');
    const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
    writeFileSync(path, `# Performance\n\nLast \`npm run bench\`${quick ? ' --quick' : ''}: ${machine}.\n\n${table}\n\n${notes}`);
    console.log(`\nwrote ${path}`);
}

main().then(() => process.exit(0), error => { console.error(error); process.exit(1); });
