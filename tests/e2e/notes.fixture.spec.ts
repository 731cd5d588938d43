import type { Locator, Page } from '@playwright/test';
import { expect, test, watchPage } from './support';

const ESSAY = 'essays/notes-fixture/';
/**
 * The note popover while it shows, whichever way the browser shows it (the Popover API, or the
 * `hidden` attribute without it). It is the one `.note-popover` element, never the notes list or
 * a sidenote, which carry the same text.
 */
const popover = (page: Page) => page.locator('.note-popover').filter({ visible: true });
/**
 * Longer than every delay of the notes script (hover intent 200 ms, close grace 300 ms;
 * src/client/notes/essay-notes.ts): once a test with Playwright's clock installed has run the
 * page's timers this far, whatever they would open or close is done, so "still open" and
 * "never opened" are states to assert, not sleeps.
 */
const PAST_EVERY_DELAY_MS = 1000;
const mark = (page: Page, number: number, nth = 0) => page.getByRole('link', { name: `Note ${number}`, exact: true }).nth(nth);

/** The popover's box lies wholly inside the viewport. */
async function expectOnScreen(page: Page, locator: Locator) {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

test.describe('on a laptop-sized screen (popovers)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('hovering a mark opens its note near it, and leaving closes it', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(ESSAY);
    await mark(page, 2).hover();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText('A plain GFM note');
    const markBox = (await mark(page, 2).boundingBox())!;
    const box = (await popover(page).boundingBox())!;
    expect(Math.abs(box.y - (markBox.y + markBox.height))).toBeLessThan(40);
    await page.mouse.move(5, 5);
    await expect(popover(page)).toHaveCount(0);
    watch.expectClean();
  });

  test('the popover stays open while the pointer moves into it, and its link can be clicked', async ({ page }) => {
    await page.clock.install();
    await page.route('https://example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Review</title>' }));
    await page.goto(ESSAY);
    await mark(page, 1).hover();
    await page.clock.runFor(PAST_EVERY_DELAY_MS);
    const link = popover(page).getByText('https://example.com/review', { exact: true });
    await expect(link).toBeVisible();
    // Leaving the mark starts the close grace; entering the popover must cancel it for good.
    await link.hover();
    await page.clock.runFor(PAST_EVERY_DELAY_MS);
    await expect(popover(page)).toBeVisible();
    await link.click();
    await expect(page).toHaveURL('https://example.com/review');
  });

  test('focus opens a note; Escape closes it and focus stays on the mark', async ({ page }) => {
    await page.goto(ESSAY);
    await mark(page, 2).focus();
    await expect(popover(page)).toContainText('A plain GFM note');
    await page.keyboard.press('Escape');
    await expect(popover(page)).toHaveCount(0);
    await expect(mark(page, 2)).toBeFocused();
  });

  test('only one note is open at a time', async ({ page }) => {
    await page.goto(ESSAY);
    await mark(page, 1).focus();
    await expect(popover(page)).toContainText('A Page With a Link');
    await page.keyboard.press('Tab');
    await expect(mark(page, 2)).toBeFocused();
    await expect(popover(page)).toHaveCount(1);
    await expect(popover(page)).toContainText('A plain GFM note');
  });

  test('a mark is named "Note N" and described by its note', async ({ page }) => {
    await page.goto(ESSAY);
    await expect(mark(page, 3)).toHaveAccessibleDescription(/Test Pattern, directed by Ada Example, 1999, at 0:02:10/);
  });

  test('a film cited at a scene shows as a scene citation with title, director, year and timecode', async ({ page }) => {
    await page.goto(ESSAY);
    await mark(page, 3).hover();
    await expect(popover(page).locator('.scene-citation')).toHaveText('Test Pattern, directed by Ada Example, 1999, at 0:02:10.');
  });

  test('a note past the film’s spoiler point, or inside a spoiler, waits for consent', async ({ page }) => {
    await page.clock.install();
    await page.goto(ESSAY);
    await expect(page.locator('.note-popover')).toHaveCount(1);
    await mark(page, 4).hover();
    await page.clock.runFor(PAST_EVERY_DELAY_MS);
    await expect(popover(page)).toHaveCount(0);
    // An equally long hover opens a note that needs no consent.
    await mark(page, 2).hover();
    await page.clock.runFor(PAST_EVERY_DELAY_MS);
    await expect(popover(page)).toContainText('A plain GFM note');
    await page.evaluate(() => localStorage.setItem('longtake:spoilers', JSON.stringify({ 'test-pattern': 'major' })));
    await page.reload();
    await mark(page, 4).hover();
    await page.clock.runFor(PAST_EVERY_DELAY_MS);
    await expect(popover(page)).toContainText('1:52:10');
  });
});

test.describe('on a phone (tap)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the note fully on screen without moving the page, and a tap outside closes it', async ({ page }) => {
    await page.goto(ESSAY);
    await mark(page, 1, 1).scrollIntoViewIfNeeded();
    const scrollBefore = await page.evaluate(() => scrollY);
    await mark(page, 1, 1).tap();
    await expect(popover(page)).toBeVisible();
    await expectOnScreen(page, popover(page));
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    expect(page.url()).not.toContain('#');
    await page.locator('h1').tap();
    await expect(popover(page)).toHaveCount(0);
  });
});

test.describe('at 200 % zoom on a 360 px phone (180 CSS px)', () => {
  test.use({ viewport: { width: 180, height: 370 }, deviceScaleFactor: 2 });

  test('the popover is clamped to the viewport', async ({ page }) => {
    await page.goto(ESSAY);
    await mark(page, 1).focus();
    await expect(popover(page)).toBeVisible();
    await expectOnScreen(page, popover(page));
  });
});

test.describe('on a wide screen (sidenotes)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('notes stand in the margin beside their marks without overlapping', async ({ page }) => {
    await page.clock.install();
    await page.goto(ESSAY);
    const sidenotes = page.locator('.sidenote');
    // Six marks (note 1 is marked twice), less the two that wait for spoiler consent.
    await expect(page.locator('a.note-mark')).toHaveCount(6);
    await expect(sidenotes).toHaveCount(4);
    const prose = (await page.locator('essay-notes').boundingBox())!;
    const boxes = await Promise.all((await sidenotes.all()).map(async (note) => (await note.boundingBox())!));
    const first = (await mark(page, 1).boundingBox())!;
    expect(Math.abs(boxes[0]!.y - first.y)).toBeLessThan(30);
    for (const [index, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(prose.x + prose.width);
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
      if (index > 0) expect(box.y).toBeGreaterThanOrEqual(boxes[index - 1]!.y + boxes[index - 1]!.height);
    }
    // The note shows as a sidenote and in the list; hovering its mark opens no popover as well.
    await expect(page.locator('.note-popover')).toHaveCount(1);
    await mark(page, 2).hover();
    await page.clock.runFor(PAST_EVERY_DELAY_MS);
    await expect(popover(page)).toHaveCount(0);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a mark jumps to its note, and the note links back', async ({ page }) => {
    await page.goto(ESSAY);
    await mark(page, 2).click();
    await expect(page).toHaveURL(/#user-content-fn-plain$/);
    await expect(page.locator('#user-content-fn-plain')).toBeInViewport();
    await page
      .locator('#user-content-fn-plain')
      .getByRole('link', { name: /Back to the text of note 2/ })
      .click();
    await expect(page).toHaveURL(/#user-content-fnref-plain$/);
    await expect(mark(page, 2)).toBeInViewport();
  });
});
