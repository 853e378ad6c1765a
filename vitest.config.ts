// Vitest configuration: one runner discovers the .mgo corpus (test/run.test.ts) plus focused unit tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'threads',
  },
});
