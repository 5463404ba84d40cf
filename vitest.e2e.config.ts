import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real browsers (Chromium, Firefox ESR) against the local test portal.
 * Files run one after the other: each starts its own portal and browser.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    reporters: ['verbose', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
