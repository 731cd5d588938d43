/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The tests Stryker runs against each mutant (stryker.config.mjs): the unit tests alone. Build
// tests read built folders a mutant's sandbox does not have, and a build per mutant would take hours.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    // Longer than npm test's: the first run of every test, under one runner on a busy machine,
    // must not fail on time (a failed first run stops Stryker).
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
