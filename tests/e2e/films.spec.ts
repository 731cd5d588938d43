import type { Page } from '@playwright/test';
import { CONSENT_KEY, PAGES, expect, test, watchPage } from './support';

/** Both launch essays open: their mentions sit in gated text. */
async function withEssaysOpen(page: Page) {
  await page.addInitScript((key) => localStorage.setItem(key, '{"anora":"major","pretty-woman":"major"}'), CONSENT_KEY);
}

const preview = (page: Page) => page.locator('.note-popover:popover-open');
const mention = (page: Page, name: string) => page.locator('essay-notes').getByRole('link', { name, exact: true }).first();

test.describe('a film mentioned in an essay', () => {
  test.beforeEach(async ({ page }) => withEssaysOpen(page));

  test('links to its page and is described by its preview', async ({ page }) => {
    await page.goto(PAGES.shortEssay);
    const link = mention(page, 'Pretty Woman');
    await expect(link).toHaveAttribute('href', /films\/pretty-woman\/$/);
    await expect(link).toHaveAccessibleDescription(
      /Pretty Woman \(1990\), directed by Garry Marshall\. 2 essays on this site discuss it\./,
    );
  });

  test('shows its preview on hover, and Escape closes it until the pointer leaves and comes back', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(PAGES.shortEssay);
    await mention(page, 'Tangerine').hover();
    await expect(preview(page)).toContainText('Tangerine (2015), directed by Sean Baker.');
    await expect(preview(page)).toContainText('One essay on this site discusses it.');
    await page.keyboard.press('Escape');
    await expect(preview(page)).toHaveCount(0);
    // Still over the mention: the preview stays closed, however long the pointer rests there, even
    // when the pointer crosses into the mention again without leaving it (as from a child element).
    await page.mouse.move(...(await centreOf(mention(page, 'Tangerine'))));
    await page.clock.install();
    await mention(page, 'Tangerine').dispatchEvent('pointerover', { pointerType: 'mouse', bubbles: true });
    await page.clock.runFor(2000);
    await expect(preview(page)).toHaveCount(0);
    await page.clock.resume();
    await page.mouse.move(5, 5);
    await mention(page, 'Tangerine').hover();
    await expect(preview(page)).toBeVisible();
    watch.expectClean();
  });

  test('shows its preview on focus; Escape closes it and focus stays', async ({ page }) => {
    await page.goto(PAGES.longEssay);
    await mention(page, 'Scream').focus();
    await expect(preview(page)).toContainText('Scream (2022), directed by Matt Bettinelli-Olpin and Tyler Gillett.');
    await page.keyboard.press('Escape');
    await expect(preview(page)).toHaveCount(0);
    await expect(mention(page, 'Scream')).toBeFocused();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('a tap shows the preview in place, and the preview leads to the film', async ({ page }) => {
      await page.goto(PAGES.shortEssay);
      const link = mention(page, 'Hustlers');
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await expect(preview(page)).toContainText('Hustlers (2019), directed by Lorene Scafaria.');
      await expect(page).toHaveURL(new RegExp(`${PAGES.shortEssay}$`));
      const box = (await preview(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      // The preview is the mention's description, hidden from assistive technology: find its link by text.
      await preview(page).locator('a', { hasText: 'About the film' }).tap();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hustlers (2019)');
    });
  });
});

async function centreOf(locator: ReturnType<Page['locator']>): Promise<[number, number]> {
  const box = (await locator.boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

test('a film’s page lists the essays about it and, apart, those that discuss it, each with its spoilers for that film', async ({
  page,
}) => {
  await page.goto('films/pretty-woman/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pretty Woman (1990)');
  await expect(page.getByText('No essay is about this film yet.')).toBeVisible();
  const discussing = page.getByRole('region', { name: 'Essays that discuss Pretty Woman' });
  const short = discussing.getByRole('listitem').filter({ hasText: 'A Stripping Vision…' });
  await expect(short).toContainText('Major spoilers, ending revealed');
  const long = discussing.getByRole('listitem').filter({ hasText: 'Between Control and Losing It' });
  await expect(long).toContainText('No spoilers');
  await short.getByRole('link', { name: 'A Stripping Vision…' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGES.shortEssay}$`));
});

test('the films index lists every film with its essays, by title and by year', async ({ page }) => {
  await page.goto(PAGES.films);
  const films = page.getByRole('main').getByRole('list').last().getByRole('listitem');
  await expect(films).toHaveCount(9);
  await expect(films.first()).toContainText('Anora (2024), directed by Sean Baker: 2 essays on it');
  await page.getByRole('link', { name: 'By year' }).click();
  await expect(page).toHaveURL(/films\/by-year\/$/);
  await expect(page.getByRole('link', { name: 'By year' })).toHaveAttribute('aria-current', 'page');
  const byYear = page.getByRole('main').getByRole('list').last().getByRole('listitem');
  await expect(byYear.first()).toContainText('Pretty Woman (1990)');
  await expect(byYear.last()).toContainText('Anora (2024)');
});

test('an essay lists the films it discusses, each with what it gives away', async ({ page }) => {
  await page.goto(PAGES.shortEssay);
  const films = page.getByRole('complementary', { name: 'The films in this essay' }).getByRole('listitem');
  await expect(films).toHaveCount(7);
  await expect(films.first()).toContainText('Anora (2024), directed by Sean Baker: the essay’s subject');
  await expect(films.filter({ hasText: 'Pretty Woman' })).toContainText('Major spoilers, ending revealed');
  await expect(films.filter({ hasText: 'Tangerine' })).toContainText('No spoilers');
});
