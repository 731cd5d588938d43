import type { Page } from '@playwright/test';
import { PAGES, expect, test, watchPage } from './support';

/** The page's background colour, as the browser computed it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(253, 252, 249)';
const DARK = 'rgb(22, 21, 15)';
const STORAGE_KEY = 'longtake:theme';

const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

test.describe('on a system in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('the page is light and the toggle, a button in the header, says the dark theme is off', async ({ page }) => {
    await page.goto(PAGES.home);
    expect(await background(page)).toBe(LIGHT);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('the toggle switches to dark, remembers it across pages and reloads, and switching back forgets it', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(PAGES.home);
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK);
    expect(await stored(page)).toBe('dark');

    await page.goto(PAGES.shortEssay);
    expect(await background(page)).toBe(DARK);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

    await toggle(page).click();
    expect(await background(page)).toBe(LIGHT);
    // Back to what the system shows: the page follows the system again, nothing is stored.
    expect(await stored(page)).toBeNull();
    await page.reload();
    expect(await background(page)).toBe(LIGHT);
    watch.expectClean();
  });

  test('the toggle works by keyboard', async ({ page }) => {
    await page.goto(PAGES.films);
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Space');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  });

  test('a stored choice applies before first paint, with no flash of the other scheme', async ({ page }) => {
    await page.goto(PAGES.longEssay);
    await toggle(page).click();
    // Record the scheme at the moment <body> is parsed, before anything can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
    expect(await background(page)).toBe(DARK);
  });

  test('the browser’s theme colour follows the reader’s choice', async ({ page }) => {
    await page.goto(PAGES.home);
    const active = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
          .filter((meta) => matchMedia(meta.media || 'all').matches)
          .map((meta) => meta.content),
      );
    expect(await active()).toEqual(['#fdfcf9']);
    await toggle(page).click();
    expect(await active()).toEqual(['#16150f']);
  });
});

test.describe('on a system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the page is dark and the toggle says so; choosing light is remembered', async ({ page }) => {
    await page.goto(PAGES.home);
    expect(await background(page)).toBe(DARK);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await toggle(page).click();
    expect(await background(page)).toBe(LIGHT);
    expect(await stored(page)).toBe('light');
    await page.reload();
    expect(await background(page)).toBe(LIGHT);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the page follows the system’s scheme and offers no toggle that would do nothing', async ({ page }) => {
    await page.goto(PAGES.home);
    expect(await background(page)).toBe(DARK);
    await expect(toggle(page)).toBeHidden();
  });
});
