/**
 * Reader-side faults that once broke a page's script or misled the reader: a malformed fragment,
 * a double click on "Show more results", a deep link that took seconds of smooth scrolling.
 */
import type { Page } from '@playwright/test';
import { CONSENT_KEY, PAGES, expect, test, watchPage } from './support';

/** `%E0%A4%A` is a cut-off escape: decodeURIComponent throws on it. */
const MALFORMED = '#%E0%A4%A';

test('a malformed fragment on a gated essay neither breaks the gate nor the page’s script', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`${PAGES.longEssay}${MALFORMED}`);
  await page.getByRole('link', { name: 'Show the essay' }).click();
  await expect(page.locator('#essay-text')).toBeFocused();
  watch.expectClean();
});

test('a malformed fragment on a page opened from search neither breaks the highlighter nor the page’s script', async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript((key) => localStorage.setItem(key, '{"anora":"major","pretty-woman":"major"}'), CONSENT_KEY);
  await page.goto(`${PAGES.longEssay}?highlight=Tupperware${MALFORMED}`);
  await expect(page.locator('mark.search-hit').first()).toBeInViewport();
  watch.expectClean();
});

test('clicking “Show more results” twice quickly shows two batches, never one twice', async ({ page }) => {
  // Without words, the films filter lists every film page: nine, five to a batch.
  await page.goto('search/?type=Films');
  const results = page.locator('[data-search-results] > li');
  await expect(results).toHaveCount(5);
  await page.getByRole('button', { name: 'Show more results' }).dblclick();
  await expect(results).toHaveCount(9);
  const titles = await results.getByRole('heading').allTextContents();
  expect(new Set(titles).size).toBe(titles.length);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

/** Where the page is scrolled, two frames from now and again a second later: equal once it has arrived. */
async function scrollSettles(page: Page): Promise<[number, number]> {
  const soon = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY)))),
  );
  await page.waitForTimeout(1000);
  return [soon, await page.evaluate(() => scrollY)];
}

test('a deep link far down a long essay arrives at once after consent, not after seconds of scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`${PAGES.longEssay}#what-remains-when-theres-nothing-left`);
  await page.getByRole('link', { name: 'Show the essay' }).click();
  const [soon, later] = await scrollSettles(page);
  expect(later).toBeGreaterThan(2000);
  expect(soon).toBe(later);
  await expect(page.getByRole('heading', { name: 'What Remains When There’s Nothing Left?' })).toBeInViewport();
});
