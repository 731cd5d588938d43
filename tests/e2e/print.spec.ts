import type { Page } from '@playwright/test';
import { PAGES, expect, test } from './support';

/** Chrome that must not print: it does nothing on paper. */
const CHROME = (page: Page) => [
  page.getByRole('navigation', { name: 'Site' }),
  page.getByRole('search'),
  page.getByRole('button', { name: 'Dark theme' }),
  page.getByRole('contentinfo'),
  page.getByRole('link', { name: 'Skip to content' }),
];

const gate = (page: Page) => page.getByRole('region', { name: 'Spoiler warning' });
const LONG_BODY_PHRASE = 'Ani is alone. No mansion, no rings, no Ivan.';

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} prints its content without navigation, search, toggle or footer`, async ({ page }) => {
    await page.goto(path);
    for (const locator of CHROME(page)) await expect(locator.first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const locator of CHROME(page)) await expect(locator).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // On paper the light scheme applies, whatever the screen showed.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  });
}

test('a gated essay prints as it shows: the warning, without its buttons, and not the essay', async ({ page }) => {
  await page.goto(PAGES.longEssay);
  await page.emulateMedia({ media: 'print' });
  await expect(gate(page)).toBeVisible();
  await expect(gate(page).getByRole('link', { name: 'Show the essay' })).toBeHidden();
  await expect(page.getByText(LONG_BODY_PHRASE)).toBeHidden();
  const note = await gate(page).evaluate((element) => getComputedStyle(element, '::after').content);
  expect(note).toContain('To print it, show it on screen first.');
});

test('an essay opened on screen prints its text, without contents, spoiler controls or related links', async ({ page }) => {
  await page.goto(PAGES.longEssay);
  await gate(page).getByRole('link', { name: 'Show the essay' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(LONG_BODY_PHRASE)).toBeVisible();
  await expect(gate(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hide spoilers again' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: /More on/ })).toBeHidden();
});
