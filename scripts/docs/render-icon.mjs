#!/usr/bin/env node
// Rasterizes scripts/docs/icon.svg to media/icon.png (128 × 128, the size the
// Marketplace and VS Code's extension view use) with the renderer the CLI
// already depends on. Run after changing the SVG: node scripts/docs/render-icon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Resvg } = require('@resvg/resvg-js');

const svg = readFileSync(fileURLToPath(new URL('icon.svg', import.meta.url)), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 128 } }).render().asPng();
const target = fileURLToPath(new URL('../../media/icon.png', import.meta.url));
writeFileSync(target, png);
console.log(`wrote media/icon.png (${png.length} bytes)`);
