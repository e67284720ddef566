import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests start the build's scripts or parse every content file; on a loaded two-core machine
    // they ran past the 5 s default. A passing test returns as soon as it passes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
