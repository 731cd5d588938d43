import { expectAccessibleInEveryState, test } from './support';

test('axe-core finds no WCAG 2.2 AA violation on the fixture essay: notes with links, film cards, an inline spoiler', async ({ page }) => {
  // Up to a dozen page loads and full-page scans.
  test.setTimeout(120_000);
  await expectAccessibleInEveryState(page, 'essays/notes-fixture/');
});
