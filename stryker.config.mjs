// @ts-check
/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): Stryker puts one small bug at
 * a time into the build-time and shared logic and runs the unit tests that cover it; a bug no test
 * notices is a survivor, a hole in the tests. Results are kept in the incremental file, so a rerun
 * mutates only code or tests changed since (`npm run test:mutation -- --force` runs everything).
 * One folder at a time: `npm run test:mutation -- --mutate 'src/server/spoilers/**'`.
 * `MUTATION_TESTS` (test files, comma-separated) narrows the tests to those files
 * (vitest.mutation.config.ts), for a module that many test files reach:
 * `MUTATION_TESTS=tests/unit/essay-file.test.ts,tests/unit/plugins.test.ts npm run test:mutation -- --mutate src/server/markdown/essay-file.ts`.
 * Its score is then against those files alone, a lower bound: a mutant only other files kill survives.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Logic, not templates: .astro pages are checked by the builds and the browser tests.
  mutate: ['src/shared/**/*.ts', 'src/server/**/*.ts', '!src/**/*.d.ts'],
  // Module-level values (static mutants) rerun every related test each: an hour more for all of
  // src/. Kept for one file at a time: `STRYKER_STATIC=1 npm run test:mutation -- --mutate <file> --force`
  // (without it, a module-level value or arrow function the tests also call is run per test, after
  // the module has loaded, and survives whatever the tests check).
  ignoreStatic: process.env.STRYKER_STATIC !== '1',
  incremental: true,
  // Kept beside the reports, not committed: Stryker writes the machine's project path into it.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Two cores: one runner leaves the machine usable.
  concurrency: 1,
  timeoutMS: 20_000,
  ignorePatterns: ['dist', 'dist-*', 'bench', '.astro', 'test-results', 'playwright-report', 'reports', 'tests/build'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
};
