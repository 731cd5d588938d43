/**
 * With the policy sent as a header, as a host would (the meta tag still applies too), every page
 * and every feature runs without a single CSP violation. The guard in support.ts fails the test
 * on a violation; these tests make sure every feature has run under it. (Every other browser test
 * runs under the meta tag alone, with the same guard.)
 */
import type { Page } from '@playwright/test';
import { PAGES, expect, sendPolicyAsHeader, test } from './support';

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.headers()['content-security-policy'], `${path} came with the header`).toContain("default-src 'none'");
  await page.waitForLoadState('networkidle');
}

test.beforeEach(async ({ page }) => {
  await sendPolicyAsHeader(page);
});

test('every page loads under the header without a violation', async ({ page }) => {
  for (const path of [...Object.values(PAGES), 'no-such-page/']) await open(page, path);
});

test('the spoiler gate opens and closes under the header', async ({ page }) => {
  await open(page, PAGES.longEssay);
  await page.getByRole('link', { name: 'Show the essay' }).click();
  await expect(page.locator('#essay-text')).toBeVisible();
  await page.getByRole('button', { name: 'Hide spoilers again' }).click();
  await expect(page.locator('#essay-text')).toBeHidden();
});

test('note popovers and sidenotes work under the header', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await open(page, PAGES.shortEssay);
  await page.getByRole('link', { name: 'Show the essay' }).click();
  await page.locator('a.note-mark').first().focus();
  await expect(page.locator('.note-popover:popover-open')).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('.sidenote').first()).toBeVisible();
});

test('search runs under the header', async ({ page }) => {
  await open(page, `${PAGES.search}?q=anora`);
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('link').first()).toHaveAttribute('href', /essays\/|films\//);
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “anora”/);
});
