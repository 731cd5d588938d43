/**
 * Search on the fixture build, whose essays hold every kind of spoiler scope: a passage or note is
 * found by its words, but shows no excerpt until consent covers its scope; controls' labels are
 * never found; "did you mean" never suggests a word found only in spoilers.
 */
import type { Page } from '@playwright/test';
import { CONSENT_KEY, expect, test, watchPage } from './support';

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.locator('[data-search-status]');

async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('search-page[data-completed]')).toHaveCount(1);
}

test('a spoiler passage is found, but its excerpt waits for consent to its scope', async ({ page }) => {
  const watch = watchPage(page);
  await searchFor(page, 'twist message');
  await expect(status(page)).toContainText('1 result for “twist message”');
  const result = results(page).first();
  await expect(result.getByRole('heading')).toHaveText('Notes Fixture');
  await expect(result).toContainText('A spoiler passage in an essay on Test Pattern (1999)');
  await expect(result).toContainText('Excerpt hidden: the passage that matches has major spoilers for Test Pattern.');
  await expect(result).not.toContainText('pattern was a message');
  await expect(result.locator('mark')).toHaveCount(0);

  await result.getByRole('button', { name: 'Show excerpts with major spoilers for Test Pattern' }).click();
  await expect(result.locator('mark').first()).toHaveText(/twist/i);
  await expect(result).toContainText('the pattern was a message all along');
  await expect(result.getByRole('heading').getByRole('link')).toHaveAttribute(
    'href',
    /notes-fixture\/\?highlight=twist&highlight=message#spoiler-1$/,
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), CONSENT_KEY)).toBe('{"test-pattern":"major"}');
  watch.expectClean();
});

test('a spoiler note is found the same way, and a control’s label is never found', async ({ page }) => {
  await searchFor(page, 'note inside');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Excerpt hidden');
  // The label is on the page; the one result the words find is not found by it.
  await page.goto('essays/notes-fixture/');
  await expect(page.getByRole('button', { name: 'Show major spoiler for Test Pattern' })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Show major spoiler for Test Pattern' }).first()).toBeVisible();
  await searchFor(page, 'Show spoiler');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).not.toContainText(/Show (major )?spoiler/);
});

test('a gated essay’s words find it, with its excerpt withheld until its films’ spoilers are accepted', async ({ page }) => {
  await searchFor(page, 'projectionist');
  const result = results(page).first();
  await expect(result.getByRole('heading')).toHaveText('Two Reels');
  await expect(result).toContainText('Excerpt hidden: this essay has mild spoilers for Test Pattern');
  await page.evaluate((key) => localStorage.setItem(key, '{"test-pattern":"mild"}'), CONSENT_KEY);
  await page.reload();
  await expect(page.locator('search-page[data-completed]')).toHaveCount(1);
  await expect(results(page).first().locator('mark').first()).toHaveText(/projectionist/i);
});

test('another film’s passage in a gated essay needs consent for that film as well', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"test-pattern":"major"}'), CONSENT_KEY);
  await searchFor(page, 'Zarathustra');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText(
    'Excerpt hidden: the passage that matches has mild spoilers for Test Pattern and major spoilers for Second Reel.',
  );
  await results(page)
    .first()
    .getByRole('button', { name: /Show excerpts/ })
    .click();
  await expect(results(page).first()).toContainText('Zarathustra Quell');
});

test('the film filter covers every film an essay discusses', async ({ page }) => {
  await page.goto('search/?film=Second+Reel+%282003%29');
  await expect(page.locator('search-page[data-completed]')).toHaveCount(1);
  const titles = await results(page).getByRole('heading').allTextContents();
  expect(titles).toContain('Two Reels');
  expect(titles).toContain('Second Reel (2003)');
  expect(titles).not.toContain('Notes Fixture');
});

test('"did you mean" suggests words every reader may see, never one found only in a spoiler', async ({ page }) => {
  await searchFor(page, 'Ezample');
  await expect(status(page).getByRole('link', { name: 'Example' })).toBeVisible();
  // Both words are misspelt: the suggestion corrects the one the vocabulary knows, and only that one.
  await searchFor(page, 'Zarathustre Ezample');
  await expect(status(page).locator('.search-suggestion a')).toHaveText('Zarathustre Example');
});
