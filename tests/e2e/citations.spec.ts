import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { CONSENT_KEY, PAGES, axeViolations, expect, test } from './support';

const ESSAYS = [PAGES.shortEssay, PAGES.longEssay];
const summary = (page: Page) => page.locator('summary', { hasText: 'Cite this essay' });

test.describe('the bibliography at /sources/', () => {
  test('lists the launch essays’ works, each with the essay that cites it', async ({ page }) => {
    await page.goto(PAGES.sources);
    const works = page.locator('main li[id^="source-"]');
    await expect(works).toHaveCount(9);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Books', 'Articles', 'Interviews', 'Web pages', 'Other works']);
    await expect(works.filter({ hasText: 'Modern Whore' })).toContainText('Cited in Between Control and Losing It');
    await expect(works.filter({ hasText: 'Swept Off Her Feet' })).toContainText('Cited in A Stripping Vision…, note 2.');
  });

  test('a note’s number lands on the note’s mark in the essay, for a reader who has accepted its spoilers', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ anora: 'major', 'pretty-woman': 'major' })), CONSENT_KEY);
    await page.goto(PAGES.sources);
    await page.getByRole('link', { name: 'note 1 of A Stripping Vision…' }).click();
    await expect(page).toHaveURL(/\/essays\/a-stripping-vision\/#user-content-fnref-variety$/);
    const mark = page.locator('#user-content-fnref-variety');
    await expect(mark).toBeVisible();
    await expect(mark).toBeInViewport();
    await expect(mark).toHaveText('1');
  });

  test('behind the spoiler gate, the link lands on the mark once the reader shows the essay', async ({ page }) => {
    await page.goto(PAGES.sources);
    await page.evaluate((key) => localStorage.removeItem(key), CONSENT_KEY);
    await page.getByRole('link', { name: 'note 3 of A Stripping Vision…' }).click();
    await expect(page.locator('#user-content-fnref-indiewire')).toBeHidden();
    await page.getByRole('link', { name: 'Show the essay' }).click();
    await expect(page.locator('#user-content-fnref-indiewire')).toBeFocused();
    await expect(page.locator('#user-content-fnref-indiewire')).toBeInViewport();
  });

  test('an aside’s credit and an essay without notes link to the aside and to the source list', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ anora: 'major', 'pretty-woman': 'major' })), CONSENT_KEY);
    await page.goto(PAGES.sources);
    await page.getByRole('link', { name: '“Who is Andrea Werhun?”' }).click();
    await expect(page.locator('#aside-who-is-andrea-werhun')).toBeInViewport();
    await page.goBack();
    await page.locator('li', { hasText: 'Cinderella Complex' }).getByRole('link', { name: 'its sources' }).click();
    await expect(page).toHaveURL(/#source-dowling-cinderella-complex$/);
    await expect(page.locator('#source-dowling-cinderella-complex')).toBeInViewport();
  });

  test('each essay’s source list links its works to the bibliography', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ anora: 'major', 'pretty-woman': 'major' })), CONSENT_KEY);
    await page.goto(PAGES.longEssay);
    await page.locator('#source-werhun-modern-whore').getByRole('link', { name: 'In the bibliography' }).click();
    await expect(page).toHaveURL(/\/sources\/#source-between-control-and-losing-it--werhun-modern-whore$/);
    await expect(page.locator('#source-between-control-and-losing-it--werhun-modern-whore')).toBeInViewport();
  });
});

test.describe('Cite this essay', () => {
  test('opens and closes by keyboard, with Chicago’s note and entry, MLA and APA, and three downloads', async ({ page, request }) => {
    await page.goto(PAGES.shortEssay);
    const cite = summary(page);
    await expect(page.getByText('“A Stripping Vision….” Long Take, April 2025.')).toBeHidden();
    // Reach it with Tab from the link above the title, as a keyboard reader would: nothing between takes focus.
    await page.locator('.kicker a').focus();
    await page.keyboard.press('Tab');
    await expect(cite).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('details.cite-essay')).toHaveAttribute('open', '');
    const styles = page.locator('.cite-essay > .cite-styles');
    await expect(styles.locator('dt')).toHaveText(['Chicago note', 'Chicago bibliography', 'MLA', 'APA']);
    await expect(styles.locator('dd').nth(1)).toHaveText(
      '“A Stripping Vision….” Long Take, April 2025. https://example.com/essays/a-stripping-vision/. Originally published in moviestohistory.com, a film-and-history blog.',
    );
    const downloads = page.locator('.cite-downloads a');
    await expect(downloads).toHaveText(['BibTeX', 'RIS', 'CSL-JSON']);
    for (const link of await downloads.all()) {
      const response = await request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('https://example.com/essays/a-stripping-vision/');
    }
    await page.keyboard.press('Space');
    await expect(page.locator('details.cite-essay')).not.toHaveAttribute('open', '');
  });

  test('is accessible when open, light and dark', async ({ page }) => {
    await page.goto(PAGES.longEssay);
    await summary(page).click();
    const report: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      report.push(...(await axeViolations(page, `the long essay, Cite open, ${scheme}`)));
    }
    expect(report, report.join('\n')).toEqual([]);
  });

  test('costs no script: the essay loads the one site module, within the 4 KB budget', async ({ page }) => {
    const scripts: Buffer[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.body());
    });
    await page.goto(PAGES.shortEssay);
    await page.waitForLoadState('networkidle');
    const inline = await page
      .locator('script:not([src]):not([type^="application/"])')
      .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
    expect(scripts).toHaveLength(1);
    const gzipped = [...scripts, ...inline.map((text) => Buffer.from(text))].reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(gzipped, `${gzipped} B`).toBeLessThanOrEqual(4 * 1024);
  });
});

test.describe('Cite this essay without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('opens and shows the citations', async ({ page }) => {
    await page.goto(PAGES.longEssay);
    await summary(page).click();
    // APA 7: sentence case (6.17), the film's title kept and italic, as in every style (CMOS 17 14.94).
    const apa = page.locator('.cite-essay > .cite-styles dd').nth(3);
    await expect(apa).toHaveText(
      'Between control and losing it: Anora and the cost of the dream. (2025). Long Take. https://example.com/essays/between-control-and-losing-it/ (Original work published 2025)',
    );
    await expect(apa.locator('cite').first()).toHaveText('Anora');
  });
});

test.describe('the citation_* tags', () => {
  for (const path of ESSAYS) {
    test(`are in the head of ${path}, and say only its title, date, address and language`, async ({ page }) => {
      await page.goto(path);
      const tags = await page
        .locator('head meta[name^="citation_"]')
        .evaluateAll((elements) => elements.map((element) => [element.getAttribute('name'), element.getAttribute('content')]));
      const title = (await page.locator('h1').textContent())!.trim();
      const published = (await page.locator('.essay-meta time').first().getAttribute('datetime'))!;
      expect(Object.fromEntries(tags)).toEqual({
        citation_title: title,
        // Google Scholar's forms: the year alone unless the day is known ("2025/4/3").
        citation_publication_date: published.length === 10 ? published.split('-').map(Number).join('/') : published.slice(0, 4),
        citation_public_url: `https://example.com/${path}`,
        citation_language: 'en',
      });
      // Frontmatter, not the essay's text: no tag but the title (the essay's own words, spoiler-free by rule) is found in it.
      const text = await page.locator('#essay-text').evaluate((element) => element.textContent ?? '');
      // A year alone (Scholar's date when the day is unknown) is in any essay's text, and says nothing of it.
      for (const [name, content] of tags)
        if (name !== 'citation_title' && content!.length > 2 && !/^\d{4}$/.test(content!)) expect(text, content!).not.toContain(content);
    });
  }
});
