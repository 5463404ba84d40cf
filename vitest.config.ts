import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/support/setup.ts'],
    environment: 'node',
    // Hang guards, not speed checks (the bench measures speed): some tests start processes (the command line, the
    // linter, a bundling) that take seconds on a loaded machine, past vitest's default 5 s and 10 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
