import { PAGES, expectAccessibleInEveryState, test } from './support';

/** An address that is not a page: the preview server answers with the site's 404 page. */
const NOT_FOUND = 'no-such-page/';
/** The search page with a query: its results, once search is built. */
const SEARCH_RESULTS = `${PAGES.search}?q=werhun`;

test.describe('axe-core finds no WCAG 2.2 AA violation', () => {
  for (const [name, path] of [...Object.entries(PAGES), ['search results', SEARCH_RESULTS] as const, ['404', NOT_FOUND] as const]) {
    test(`on the ${name} page, light and dark, phone and laptop, spoilers closed and open, a note open`, async ({ page }) => {
      // Up to a dozen page loads and full-page scans.
      test.setTimeout(120_000);
      await expectAccessibleInEveryState(page, path);
    });
  }
});
