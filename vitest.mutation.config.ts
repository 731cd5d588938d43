/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The test files `MUTATION_TESTS` names (comma-separated paths from the project root), or every
 * unit test. A score is then against those files alone, a lower bound (a mutant only other files
 * kill shows as a survivor); see docs/testing.md for when that is worth it.
 */
function unitTests(named = process.env.MUTATION_TESTS ?? ''): string[] {
  const files = named
    .split(',')
    .map((file) => file.trim())
    .filter(Boolean);
  return files.length > 0 ? files : ['tests/unit/**/*.test.ts'];
}

// The tests Stryker runs against each mutant (stryker.config.mjs): the unit tests alone. Build
// tests read built folders a mutant's sandbox does not have, and a build per mutant would take hours.
export default getViteConfig({
  test: {
    environment: 'node',
    include: unitTests(),
    // Longer than npm test's: the first run of every test, under one runner on a busy machine,
    // must not fail on time (a failed first run stops Stryker).
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
