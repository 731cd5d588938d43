import { expectAccessibleInEveryState, test } from './support';

test.describe('axe-core finds no WCAG 2.2 AA violation', () => {
  for (const [name, path] of [
    ['the notes fixture: notes with links, scene citations, an inline spoiler and spoiler notes', 'essays/notes-fixture/'],
    ['an essay gated for one film with a passage spoiling another, and a film mention', 'essays/two-reels/'],
    ['an essay citing every kind of source, in its notes and its source list', 'essays/kinds-fixture/'],
    ['the bibliography, with a heading for every kind', 'sources/'],
    ['search results that withhold spoiler passages', 'search/?q=twist+message+Zarathustra'],
  ] as const) {
    test(`on ${name}`, async ({ page }) => {
      // Up to a dozen page loads and full-page scans.
      test.setTimeout(120_000);
      await expectAccessibleInEveryState(page, path);
    });
  }
});
