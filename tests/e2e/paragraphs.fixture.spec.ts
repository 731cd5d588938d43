/**
 * Citing a paragraph, on the fixture build: each paragraph's "¶" link shows on hover and focus,
 * is reached by keyboard right after the paragraph's own links, and jumps without script; inside a spoiler passage or a gated essay, the
 * paragraph and its link wait for consent like the text around them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support';

const NOTES = 'essays/notes-fixture/';
const TWO_REELS = 'essays/two-reels/';
/** The paragraph of notes-fixture inside a <Spoiler block> passage. */
const SPOILER_PARAGRAPH = 'The final frame holds on an empty projection booth';

const paragraph = (page: Page, number: number) => page.locator(`p[data-paragraph="${number}"]`);
const pilcrow = (page: Page, number: number) => page.getByRole('link', { name: `Link to paragraph ${number}`, exact: true });

test.describe('a paragraph’s ¶ link', () => {
  test('is unseen until its paragraph is hovered', async ({ page }) => {
    await page.goto(NOTES);
    await expect(pilcrow(page, 2)).toHaveCSS('opacity', '0');
    await paragraph(page, 2).hover({ position: { x: 5, y: 5 } });
    await expect(pilcrow(page, 2)).toHaveCSS('opacity', '1');
    // Only its own paragraph's link shows.
    await expect(pilcrow(page, 1)).toHaveCSS('opacity', '0');
  });

  test('is reached by Tab after the paragraph’s own links, and shows with a focus ring', async ({ page }) => {
    await page.goto(NOTES);
    const links = paragraph(page, 1).getByRole('link');
    // The paragraph's note marks, then its ¶.
    await expect(links).toHaveCount(4);
    await links.nth(2).focus();
    await page.keyboard.press('Tab');
    await expect(pilcrow(page, 1)).toBeFocused();
    await expect(pilcrow(page, 1)).toHaveCSS('opacity', '1');
    await expect(pilcrow(page, 1)).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Tab');
    await expect(pilcrow(page, 1)).not.toBeFocused();
    await expect(paragraph(page, 2).getByRole('link', { name: 'Note 4' })).toBeFocused();
  });

  test('makes its paragraph the page’s target', async ({ page }) => {
    await page.goto(NOTES);
    const id = (await paragraph(page, 2).getAttribute('id'))!;
    await pilcrow(page, 2).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await page.mouse.move(0, 0);
    await pilcrow(page, 2).blur();
    await expect(pilcrow(page, 2)).toHaveCSS('opacity', '1');
  });

  test('moves no motion for a reader who prefers less, and fades for one who does not mind', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(NOTES);
    await expect(pilcrow(page, 1)).toHaveCSS('transition-duration', '0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(pilcrow(page, 1)).toHaveCSS('transition-duration', '0.15s');
  });

  test('does not print', async ({ page }) => {
    await page.goto(NOTES);
    await expect(pilcrow(page, 1)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(pilcrow(page, 1)).toBeHidden();
    await expect(paragraph(page, 1)).toBeVisible();
  });
});

test.describe('Cite this paragraph', () => {
  const citeBox = (page: Page) => page.locator('#cite-paragraph');

  test('gives the paragraph the address points at, by its number, in Chicago, MLA and APA, and follows the address as it changes', async ({
    page,
  }) => {
    await page.goto(NOTES);
    await page.getByText('Cite this essay').click();
    await expect(citeBox(page)).toBeHidden();
    const id = (await paragraph(page, 2).getAttribute('id'))!;
    await pilcrow(page, 2).click();
    await expect(citeBox(page)).toBeVisible();
    await expect(citeBox(page).locator('.cite-paragraph-title')).toHaveText('Cite paragraph 2');
    const forms = citeBox(page).locator('dd');
    await expect(forms).toHaveCount(3);
    // CMOS 17 14.22: the pinpoint after the date, before the URL.
    await expect(forms.nth(0)).toHaveText(
      '“Notes Fixture,” Long Take, January 15, 2024, para. 2, https://example.com/essays/notes-fixture/.',
    );
    await expect(forms.nth(1)).toContainText('par. 2)');
    await expect(forms.nth(2)).toContainText('2024, para. 2)');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    // Another paragraph's ¶: the box follows.
    // (Paragraph 3 is in a spoiler passage, hidden until consent.)
    await pilcrow(page, 4).click();
    await expect(citeBox(page).locator('.cite-paragraph-title')).toHaveText('Cite paragraph 4');
    await expect(forms.nth(0)).toContainText('para. 4,');
    // An address that points at no paragraph (a heading): no paragraph to cite.
    await page.evaluate(() => (location.hash = '#later'));
    await expect(citeBox(page)).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('“Cite this essay” says how to cite a paragraph by hand, and shows no empty paragraph citation', async ({ page }) => {
    await page.goto(NOTES);
    const first = (await paragraph(page, 1).getAttribute('id'))!;
    // An address at a paragraph: the box that names it is the script's, so it stays hidden.
    await page.goto(`${NOTES}#${first}`);
    await page.getByText('Cite this essay').click();
    await expect(page.locator('.cite-paragraphs')).toContainText('“para. 4” in Chicago and APA, “par. 4” in MLA');
    await expect(page.locator('#cite-paragraph')).toBeHidden();
  });

  test('the ¶ link jumps to its paragraph, a plain link', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 500 });
    await page.goto(NOTES);
    const last = (await page.locator('p[data-paragraph]').count()) as number;
    expect(last).toBeGreaterThan(3);
    const id = (await paragraph(page, last).getAttribute('id'))!;
    await paragraph(page, last).hover();
    await pilcrow(page, last).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(paragraph(page, last)).toBeInViewport();
  });

  test('a paragraph inside a spoiler passage and its ¶ stay hidden, even when a link points at it', async ({ page }) => {
    await page.goto(NOTES);
    const inside = page.locator('p[data-paragraph]', { hasText: SPOILER_PARAGRAPH });
    await expect(inside).toHaveCount(1);
    const id = (await inside.getAttribute('id'))!;
    await page.goto(`${NOTES}#${id}`);
    await expect(inside).toBeHidden();
    await expect(inside.getByRole('link')).toBeHidden();
    // The paragraphs around it are there, with their links.
    await expect(pilcrow(page, 1)).toBeAttached();
    await expect(paragraph(page, 1)).toBeVisible();
  });
});

test.describe('before consent', () => {
  test('a paragraph inside a spoiler passage, and its ¶, are hidden until the reader shows the passage', async ({ page }) => {
    await page.goto(NOTES);
    const inside = page.locator('p[data-paragraph]', { hasText: SPOILER_PARAGRAPH });
    const number = Number(await inside.getAttribute('data-paragraph'));
    await expect(inside).toBeHidden();
    await expect(pilcrow(page, number)).toHaveCount(0);
    await expect(page.locator(`a.paragraph-link[href="#${await inside.getAttribute('id')}"]`)).toBeHidden();
    await page.getByRole('button', { name: 'Show major spoiler for Test Pattern' }).nth(1).click();
    await expect(inside).toBeVisible();
    await expect(pilcrow(page, number)).toBeAttached();
  });

  test('in a gated essay, a link to a paragraph shows neither it nor its ¶ until the reader shows the essay, then lands on it', async ({
    page,
  }) => {
    await page.goto(TWO_REELS);
    const target = paragraph(page, 2);
    const id = (await target.getAttribute('id'))!;
    await page.goto(`${TWO_REELS}#${id}`);
    await expect(page.getByRole('heading', { name: 'Spoiler warning' })).toBeVisible();
    await expect(target).toBeHidden();
    await expect(page.locator(`a.paragraph-link[href="#${id}"]`)).toBeHidden();
    await page.getByRole('link', { name: 'Show the essay' }).click();
    await expect(target).toBeVisible();
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
  });
});
