import { defineConfig } from 'vitest/config';

// The harness's unit tests: pure logic (corpora, report, comparisons) and the baseline's
// likeness to the site's Markdown pipeline. They run here, never in the site's `npm test`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
  },
});
