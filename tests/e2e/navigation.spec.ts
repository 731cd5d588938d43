import { PAGES, expect, test, watchPage } from './support';

test.describe('every page', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} loads with one h1, landmarks and no console error or failed request`, async ({ page }) => {
      const watch = watchPage(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.waitForLoadState('networkidle');
      watch.expectClean();
    });
  }

  test('every link, stylesheet, script and image stays on the site and under its base path', async ({ page, baseURL }) => {
    const base = new URL(baseURL!);
    for (const path of Object.values(PAGES)) {
      await page.goto(path);
      const urls = await page
        .locator('a[href], link[href], script[src], img[src], form[action]')
        .evaluateAll((elements) =>
          elements.map(
            (element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src || (element as HTMLFormElement).action,
          ),
        );
      for (const url of urls.map((raw) => new URL(raw))) {
        if (url.origin !== base.origin) continue; // citations link out to their sources, by design
        expect(url.pathname, `${url.href} on ${path}`).toMatch(new RegExp(`^${base.pathname}`));
      }
    }
  });

  test('the feed, link-preview image, canonical URL and sitemap each page names are served under the base path', async ({
    page,
    request,
    baseURL,
  }) => {
    const base = new URL(baseURL!);
    // Absolute URLs name the configured site (SITE_URL); here the same paths are served locally.
    const local = (url: string) => new URL(new URL(url).pathname, base).href;
    for (const path of Object.values(PAGES)) {
      await page.goto(path);
      const feed = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
      const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname, path).toBe(new URL(page.url()).pathname);
      expect(new URL(feed!, page.url()).pathname, path).toBe(`${base.pathname}rss.xml`);
      const feedResponse = await request.get(new URL(feed!, page.url()).href);
      expect(feedResponse.status()).toBe(200);
      expect(await feedResponse.text()).toContain(`<link>${new URL(canonical!).origin}${base.pathname}</link>`);
      expect(new URL(image!).pathname, path).toMatch(new RegExp(`^${base.pathname}social/`));
      const imageResponse = await request.get(local(image!));
      expect(imageResponse.status(), image!).toBe(200);
      expect(imageResponse.headers()['content-type']).toBe('image/png');
    }
    const robots = await (await request.get('robots.txt')).text();
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
    expect(new URL(sitemap).pathname).toBe(`${base.pathname}sitemap-index.xml`);
    expect((await request.get(local(sitemap))).status()).toBe(200);
  });

  test('an unknown address answers 404 with a page that links back', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'All essays' })).toBeVisible();
  });
});

test('a reader goes from home to an essay, to its film, to the other essay, by clicking', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PAGES.home);
  await page.getByRole('link', { name: 'A Stripping Vision…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Stripping Vision…');

  await page.getByRole('main').getByRole('link', { name: 'Anora (2024)' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anora (2024)');
  await expect(page.getByText('139 minutes')).toBeVisible();

  await page.getByRole('link', { name: /Between Control and Losing It/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Between Control and Losing It/);

  await page
    .getByRole('complementary', { name: /More on Anora/ })
    .getByRole('link', { name: 'A Stripping Vision…' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${PAGES.shortEssay}$`));
  watch.expectClean();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(PAGES.shortEssay);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, phrase] of [
    [PAGES.shortEssay, 'At first glance, Anora may resemble a modern-day Cinderella story'],
    [PAGES.longEssay, 'It’s not a happy ending. But it is a way out.'],
  ] as const) {
    test(`${path} can be read to the end`, async ({ page }) => {
      await page.goto(path);
      // The gate's no-script path: a link to the essay text, if the essay is gated.
      const readAnyway = page.getByRole('link', { name: /show the essay/i });
      if (await readAnyway.count()) await readAnyway.first().click();
      await expect(page.getByText(phrase, { exact: false }).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    });
  }

  test('the search page says search needs JavaScript and links the essays', async ({ page }) => {
    await page.goto(PAGES.search);
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
  });
});
