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
  // Two clicks on the button itself, before the first batch can arrive: a pointer's double click
  // would land its second click on a result the first batch put where the button stood.
  await page.getByRole('button', { name: 'Show more results' }).evaluate((button: HTMLElement) => {
    button.click();
    button.click();
  });
  await expect(results).toHaveCount(9);
  const titles = await results.getByRole('heading').allTextContents();
  expect(new Set(titles).size).toBe(titles.length);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

/** Two frames from now: how far the page is scrolled, and where the element with `id` stands in the window. */
async function twoFramesOn(page: Page, id: string) {
  return page.evaluate(
    (target) =>
      new Promise<{ scrollY: number; top: number; innerHeight: number }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            resolve({ scrollY, top: document.getElementById(target)!.getBoundingClientRect().top, innerHeight });
          }),
        ),
      ),
    id,
  );
}

test('a deep link far down a long essay arrives at once after consent, not after seconds of scrolling', async ({ page }) => {
  const id = 'what-remains-when-theres-nothing-left';
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`${PAGES.longEssay}#${id}`);
  await page.getByRole('link', { name: 'Show the essay' }).click();
  // Two frames after the click the heading is already on screen: a smooth scroll would still be
  // on its way down a page this long.
  const soon = await twoFramesOn(page, id);
  expect(soon.scrollY).toBeGreaterThan(2000);
  expect(soon.top).toBeGreaterThanOrEqual(0);
  expect(soon.top).toBeLessThan(soon.innerHeight);
  await expect(page.getByRole('heading', { name: 'What Remains When There’s Nothing Left?' })).toBeInViewport();
});
