/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Unit tests (pure logic, schemas, plugins) and build tests (assertions on dist/, fixture builds).
// Browser behaviour is Playwright's, in tests/e2e.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest leaves a core free by default, which on two cores runs every file one after another;
    // the build tests spend most of their time waiting on child builds, so every core gets a worker.
    maxWorkers: availableParallelism(),
  },
});
