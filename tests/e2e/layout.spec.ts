import { CONSENT_KEY, expect, PAGES, test } from './support';

/**
 * The page's column: wherever sidenotes are shown, an essay's text keeps the header's column, and
 * the notes' margin sits to its right, on the screen. The reader has accepted the film's
 * spoilers, so the gated essays show their text and notes.
 */
for (const width of [1280, 1440]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(
        (key) => localStorage.setItem(key, JSON.stringify({ anora: 'major', 'pretty-woman': 'major' })),
        CONSENT_KEY,
      );
    });

    // How many notes each essay shows in the margin: the long essay has none.
    for (const { essay, notes } of [
      { essay: PAGES.shortEssay, notes: 4 },
      { essay: PAGES.longEssay, notes: 0 },
    ]) {
      test(`${essay}: the essay’s text stands in the header’s column, its notes to the right`, async ({ page }) => {
        await page.goto(essay);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--lt-notes').trim())).toBe(
          'sidenotes',
        );
        const header = (await page.locator('.site-header').boundingBox())!;
        for (const text of [page.locator('h1'), page.locator('.essay p').first()]) {
          const box = (await text.boundingBox())!;
          expect(Math.round(box.x), 'left edge').toBe(Math.round(header.x));
          expect(Math.round(box.x + box.width), 'right edge').toBeLessThanOrEqual(Math.round(header.x + header.width));
        }
        const prose = (await page.locator('essay-notes').boundingBox())!;
        expect(Math.round(prose.x + prose.width)).toBe(Math.round(header.x + header.width));
        // Waits for the notes script to lay the sidenotes out.
        await expect(page.locator('.sidenote')).toHaveCount(notes);
        for (const note of await page.locator('.sidenote').all()) {
          const box = (await note.boundingBox())!;
          expect(box.x).toBeGreaterThan(prose.x + prose.width);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  });
}
