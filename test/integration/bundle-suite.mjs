// Bundles the integration suite (suite/index.ts) into one CommonJS file that
// an extension host can load: by @vscode/test-electron (run-integration.mjs)
// or, through the extension's test hook, by code-server (test/e2e).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SUITE_BUNDLE = join(ROOT, 'out/test/integration/suite.cjs');

export async function bundleSuite() {
    await esbuild.build({
        entryPoints: [join(ROOT, 'test/integration/suite/index.ts')], outfile: SUITE_BUNDLE,
        bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning',
    });
    return SUITE_BUNDLE;
}
