// Runs the TextMate grammar tests (vscode-tmgrammar-test) on test/grammar/*.casus
// against syntaxes/casus.tmLanguage.json. The tool reports pass or fail per
// file; this adds a count of the scope assertions checked and ends with one
// `grammar: N passed, N failed` line (files), also written to
// test-results/grammar.log in the shape scripts/ci/tally.mjs reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');

const files = readdirSync(here).filter(name => name.endsWith('.casus')).sort().map(name => relative(root, join(here, name)));
const assertions = files.reduce((sum, file) => sum + readFileSync(join(root, file), 'utf8').split(/\r?\n/).filter(line => /^\/\/\s*(\^|<-)/.test(line)).length, 0);

const run = spawnSync(process.execPath, [cli, '--compact', '-g', 'syntaxes/casus.tmLanguage.json', ...files], { cwd: root, encoding: 'utf8' });
const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
process.stdout.write(output);

// Compact output names each failing assertion as `file:line:…`; a file without one passed.
const failedFiles = new Set(files.filter(file => output.includes(`${file}:`) || output.includes(`✖ ${file}`)));
const failed = run.status === 0 ? failedFiles.size : Math.max(failedFiles.size, 1);
const passed = files.length - Math.min(failed, files.length);
const summary = `grammar: ${passed} passed, ${failed} failed`;
console.log(`${files.length} grammar test files, ${assertions} scope assertions`);
console.log(summary);
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'grammar.log'), summary + '\n');
process.exitCode = failed > 0 || run.status !== 0 ? 1 : 0;
