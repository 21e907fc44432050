import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli } from '../cli/run-cli.js';

const example = join(EXAMPLES, 'schulden-en-school.casus');
const work = mkdtempSync(join(tmpdir(), 'casus-render-'));

function pngSize(bytes: Buffer): { width: number; height: number } {
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('casus render (the built CLI)', () => {
    it('writes the SVG to standard output by default', () => {
        const run = runCli(['render', example]);
        expect(run.status).toBe(0);
        expect(run.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="casus-diagram"')).toBe(true);
        expect(run.stdout).toContain('>Interne organisatie</tspan>');
    });

    it('picks the format from the extension of -o: a PNG at twice the size, drawn by resvg with a font', () => {
        const out = join(work, 'picture.png');
        const run = runCli(['render', example, '-o', out]);
        expect(run.status, run.stderr).toBe(0);
        const svg = runCli(['render', example]).stdout;
        const width = Number(/width="(\d+)"/.exec(svg)![1]), height = Number(/height="(\d+)"/.exec(svg)![1]);
        expect(pngSize(readFileSync(out))).toEqual({ width: width * 2, height: height * 2 });
    });

    it('writes a PNG to standard output as bytes when there is no -o', () => {
        const result = spawnSync(process.execPath, [join(ROOT, 'bin/casus.cjs'), 'render', '--format', 'png', '--theme', 'dark', example], { timeout: 60_000 });
        expect(result.status).toBe(0);
        expect(pngSize(result.stdout).width).toBeGreaterThan(1000);
    });

    it('writes a standalone HTML page without scripts that follows the reader\'s light or dark setting', () => {
        const out = join(work, 'picture.html');
        expect(runCli(['render', example, '-o', out]).status).toBe(0);
        const html = readFileSync(out, 'utf8');
        expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        expect(html).toContain('@media (prefers-color-scheme: dark)');
        expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
        expect(html).not.toContain('<script');
    });

    it('refuses a case that does not parse (exit 1) and names the syntax errors', () => {
        const broken = join(work, 'broken.casus');
        writeFileSync(broken, 'casus "Kapot" {\n  ik Ik {\n    belang\n  }\n');
        const run = runCli(['render', broken]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('the text does not parse');
        expect(run.stderr).toMatch(/broken\.casus:\d+:\d+: /);
        expect(run.stdout).toBe('');
    });

    it('answers usage mistakes with exit 2', () => {
        expect(runCli(['render']).status).toBe(2);
        expect(runCli(['render', example, '--format', 'pdf']).stderr).toContain("unknown format 'pdf'");
        expect(runCli(['render', example, '--theme', 'sepia']).status).toBe(2);
        expect(runCli(['render', join(work, 'missing.casus')]).status).toBe(2);
        expect(runCli(['render', example, example]).status).toBe(2);
    });

    it('speaks Dutch with --lang nl', () => {
        expect(runCli(['render', '--lang', 'nl', example, '--theme', 'sepia']).stderr).toContain("--theme vraagt light of dark");
    });
});

describe('casus render: file problems worded in the chosen language', () => {
    it('cannot write into a folder that does not exist: English and Dutch name the problem in their own words', () => {
        const target = join(work, 'no-such-folder', 'out.svg');
        const english = runCli(['render', example, '-o', target]);
        expect(english.status).toBe(2);
        expect(english.stderr).toContain(`casus render: cannot write ${target}: no such file or folder`);
        const dutch = runCli(['render', '--lang', 'nl', example, '-o', target]);
        expect(dutch.status).toBe(2);
        expect(dutch.stderr).toContain(`casus render: kan ${target} niet schrijven: bestand of map bestaat niet`);
    });
});

describe('fonts for the PNG', () => {
    it('come with the package: without any system font, the bundled DejaVu Sans still draws the text', async () => {
        const { Resvg } = await import('@resvg/resvg-js');
        const { bundledFonts } = await import('../../src/cli/render-command.js');
        const fonts = bundledFonts();
        expect(fonts.map(f => f.split(/[\\/]/).pop())).toContain('DejaVuSans.ttf');
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="25" font-family="\'DejaVu Sans\', sans-serif" font-size="16">Casus</text></svg>';
        const draw = (fontFiles: string[]) => Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' } }).render().pixels);
        const withFont = draw(fonts), withoutFont = draw([]);
        expect(withoutFont.some(byte => byte !== 0)).toBe(false); // nothing drawn: no font at all
        expect(withFont.some(byte => byte !== 0)).toBe(true);
    });
});
