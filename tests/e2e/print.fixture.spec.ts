import { expect, test } from './support';

const ESSAY = 'essays/notes-fixture/';

test.describe('printing an essay with notes, from a wide screen', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('notes print as endnotes: the list at the end, no sidenotes or popovers', async ({ page }) => {
    await page.goto(ESSAY);
    await expect(page.locator('.sidenote').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sidenote').first()).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Notes', exact: true })).toBeVisible();
    await expect(page.locator('.footnotes li').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Note 1', exact: true }).first()).toBeVisible();
  });

  test('an outside link prints its address after the text; a citation, which spells it out already, does not', async ({ page }) => {
    await page.goto(ESSAY);
    await page.emulateMedia({ media: 'print' });
    // By address: in print the generated text joins the link's accessible name.
    const after = (href: string) =>
      page
        .locator(`main a[href="${href}"]`)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(await after('https://example.org/another-review')).toBe('" <https://example.org/another-review>"');
    await expect(page.getByRole('link', { name: 'to another review <https://example.org/another-review>' })).toBeVisible();
    expect(await after('https://example.com/review')).toBe('none');
  });
});
