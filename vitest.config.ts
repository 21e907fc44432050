import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/integration/**', 'test/e2e/**', 'node_modules/**'],
        setupFiles: ['./scripts/polyfill.mjs'],
        testTimeout: 30_000,
        // The JSON report is what .ci/run totals; the default reporter is for people.
        reporters: ['default', 'json'],
        outputFile: { json: './test-results/vitest.json' },
    },
});
