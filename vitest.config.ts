import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests start the build's scripts or parse every content file; on a loaded two-core machine
    // they ran past the 5 s default. A passing test returns as soon as it passes.
    testTimeout: 60_000,
    // Test files share their workers: the unit tests are pure functions and scripts run as processes, with no
    // module mocks and no global or environment changes, so a fresh worker per file only cost time (45 s → 18 s
    // on two cores; the suite passes in shuffled order too).
    isolate: false,
    hookTimeout: 60_000,
  },
});
