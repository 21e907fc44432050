// Checks what the packaged casus.vsix holds, by reading the zip's central
// directory (no unzip tool needed): everything the installed extension uses,
// and none of the sources, tests or node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file names in a zip archive. */
export function zipEntries(path) {
    const zip = readFileSync(path);
    // The end-of-central-directory record is in the last 22 + 65535 bytes.
    let end = -1;
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
        if (zip.readUInt32LE(at) === 0x06054b50) { end = at; break; }
    }
    if (end < 0) throw new Error(`${path} is not a zip archive`);
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    const names = [];
    for (let index = 0; index < count; index++) {
        if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken central directory`);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

/** Problems with the package's contents; empty when it is right. */
export function vsixProblems(vsix, root) {
    const names = zipEntries(vsix).filter(name => name.startsWith('extension/')).map(name => name.slice('extension/'.length));
    const problems = [];
    const required = ['package.json', 'package.nls.json', 'package.nls.nl.json', 'language-configuration.json',
        'out/extension/main.cjs', 'out/language/main.cjs', 'syntaxes/', 'l10n/'];
    // The entry points the manifest names (desktop `main`, web `browser`).
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const entry of [manifest.main, manifest.browser]) {
        if (entry) required.push(entry.replace(/^\.\//, ''));
    }
    // Folders that exist only once their feature has landed must then be packaged too.
    for (const optional of ['out/preview/', 'media/', 'schemas/']) {
        if (existsSync(join(root, optional))) required.push(optional);
    }
    for (const path of required) {
        if (!names.some(name => path.endsWith('/') ? name.startsWith(path) : name === path)) problems.push(`missing ${path}`);
    }
    for (const name of names) {
        if (/^(node_modules|src|test|scripts|\.tools|test-results|out\/cli)\//.test(name) || /\.vsix$|tsconfig|\.map$/.test(name)) {
            problems.push(`should not contain ${name}`);
        }
    }
    return { problems, files: names.length };
}
