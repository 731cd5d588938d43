import type { Page } from '@playwright/test';
import { PAGES, expect, test, watchPage } from './support';

const CONSENT_KEY = 'longtake:spoilers';
const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.locator('[data-search-status]');
const resultTitled = (page: Page, title: RegExp | string) => results(page).filter({ has: page.getByRole('heading', { name: title }) });

/** Opens the search page for `query` and waits until its first search has finished. */
async function searchFor(page: Page, query: string) {
  await page.goto(`${PAGES.search}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('search-page[data-completed]')).toHaveCount(1);
}

/** Submits `query` on the open search page and waits until that search has finished. */
async function submit(page: Page, query: string) {
  const searchPage = page.locator('search-page');
  const before = (await searchPage.getAttribute('data-completed')) ?? '';
  await page.getByLabel('Search essays and films').fill(query);
  await page.keyboard.press('Enter');
  await expect(searchPage).not.toHaveAttribute('data-completed', before);
}

test('a name finds both essays, and the live region says how many', async ({ page }) => {
  const watch = watchPage(page);
  await searchFor(page, 'Werhun');
  await expect(status(page)).toHaveText(/^2 results for “Werhun”/);
  await expect(status(page)).toHaveAttribute('role', 'status');
  await expect(resultTitled(page, 'A Stripping Vision…')).toHaveCount(1);
  await expect(resultTitled(page, /Between Control and Losing It/)).toHaveCount(1);
  watch.expectClean();
});

test('a result sets a film’s title inside an essay’s title as the essay’s heading does', async ({ page }) => {
  await searchFor(page, 'Werhun');
  const title = resultTitled(page, /Between Control and Losing It/).getByRole('heading');
  await expect(title).toHaveText('Between Control and Losing It: Anora and the Cost of the Dream');
  await expect(title.locator('cite')).toHaveText(['Anora']);
  await expect(resultTitled(page, 'A Stripping Vision…').getByRole('heading').locator('cite')).toHaveCount(0);
});

test('before consent a gated result shows no excerpt and no sections; accepting shows them highlighted', async ({ page }) => {
  await searchFor(page, 'Tupperware');
  const long = resultTitled(page, /Between Control and Losing It/);
  await expect(long).toHaveCount(1);
  await expect(long).toContainText('Major spoilers');
  await expect(long.locator('mark')).toHaveCount(0);
  await expect(long).not.toContainText('Tupperware');
  await expect(long.locator('.search-result-sections')).toHaveCount(0);

  await long.getByRole('button', { name: /Show excerpts with major spoilers for Anora/ }).click();
  await expect(long.locator('mark').first()).toHaveText(/^Tupperware/);
  await expect(
    long
      .getByRole('list', { name: /Matching sections/ })
      .getByRole('link')
      .first(),
  ).toHaveAttribute('href', /#[\w-]+$/);
  // The same consent as the gate's, remembered per film.
  expect(await page.evaluate((key) => localStorage.getItem(key), CONSENT_KEY)).toBe('{"anora":"major"}');
  await expect(long.getByRole('link').first()).toBeFocused();
});

test('a section link lands on the highlighted passage, after the spoiler gate', async ({ page }) => {
  const watch = watchPage(page);
  await searchFor(page, 'Tupperware');
  const long = resultTitled(page, /Between Control and Losing It/);
  await long.getByRole('button', { name: /Show excerpts/ }).click();
  // Consent for search results opens the gate too; forget it on the essay to meet the gate.
  const section = long
    .getByRole('list', { name: /Matching sections/ })
    .getByRole('link')
    .first();
  const href = (await section.getAttribute('href'))!;
  expect(href).toMatch(/[?&]highlight=Tupperware/i);
  await page.evaluate((key) => localStorage.removeItem(key), CONSENT_KEY);
  await section.click();

  await expect(page.getByRole('region', { name: 'Spoiler warning' })).toBeVisible();
  const hit = page.locator('mark.search-hit').first();
  await expect(hit).toBeHidden();
  await page.getByRole('link', { name: 'Show the essay' }).click();
  await expect(hit).toBeVisible();
  await expect(hit).toHaveText(/^Tupperware/i);
  await expect(hit).toBeInViewport();
  watch.expectClean();
});

test('with consent given, search results show excerpts straight away', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"anora":"major","pretty-woman":"major"}'), CONSENT_KEY);
  await searchFor(page, 'Werhun');
  await expect(results(page)).toHaveCount(2);
  for (const result of await results(page).all()) await expect(result.locator('mark').first()).toHaveText(/Werhun/);
});

test('filters narrow the results and live in the URL', async ({ page }) => {
  await searchFor(page, 'Anora');
  const all = await results(page).count();
  expect(all).toBe(3); // both essays and the film
  await page.getByLabel('Spoilers').selectOption('none');
  await expect(results(page)).toHaveCount(1);
  await expect(resultTitled(page, 'Anora (2024)')).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]spoilers=none/);
  await page.getByLabel('Spoilers').selectOption('');
  await page.getByLabel('Show').selectOption('Films');
  await expect(results(page)).toHaveCount(1);
  await expect(resultTitled(page, 'Anora (2024)')).toHaveCount(1);
  await page.goBack();
  await expect(results(page)).toHaveCount(3);
  await expect(page.getByLabel('Show')).toHaveValue('');
});

test('the query round-trips through the URL, and back and forward replay searches', async ({ page }) => {
  await searchFor(page, 'Werhun');
  await expect(page.getByLabel('Search essays and films')).toHaveValue('Werhun');
  await page.getByLabel('Search essays and films').fill('Tupperware');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=Tupperware$/);
  await expect(results(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=Werhun$/);
  await expect(page.getByLabel('Search essays and films')).toHaveValue('Werhun');
  await expect(results(page)).toHaveCount(2);
  await page.goForward();
  await expect(page.getByLabel('Search essays and films')).toHaveValue('Tupperware');
  await expect(results(page)).toHaveCount(1);
});

test('results appear while typing, and arrow keys move through them', async ({ page }) => {
  await page.goto(PAGES.search);
  const field = page.getByLabel('Search essays and films');
  await field.pressSequentially('Werhun', { delay: 30 });
  await expect(results(page)).toHaveCount(2);
  await expect(page).toHaveURL(/\?q=Werhun$/);
  await field.press('ArrowDown');
  const stops = page.locator('[data-search-results] a, [data-search-results] button');
  await expect(stops.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(stops.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
});

test('a misspelt name gets a suggestion that finds the essays', async ({ page }) => {
  await searchFor(page, 'Werhum');
  await expect(status(page)).toContainText(/(No|1) results? for “Werhum”/);
  await status(page).getByRole('link', { name: 'Werhun' }).click();
  await expect(page).toHaveURL(/\?q=Werhun$/);
  await expect(results(page)).toHaveCount(2);

  await searchFor(page, 'Cinderela');
  await expect(status(page).getByRole('link', { name: 'Cinderella' })).toBeVisible();
});

test('a misspelt name that Pagefind finds by a shorter word, on many pages, still gets a suggestion', async ({ page }) => {
  await searchFor(page, 'Bakerr');
  // Pagefind lists the pages with "Baker", none with the word as typed.
  await expect(status(page)).toContainText(/[3-9] results for “Bakerr”/);
  await expect(status(page).getByRole('link', { name: 'Baker' })).toBeVisible();

  await searchFor(page, 'Baker');
  await expect(status(page)).toContainText(/[3-9] results for “Baker”/);
  await expect(status(page).getByRole('link')).toHaveCount(0);
});

test('an alias finds its film’s essays, from the one piece of the alias groups its letter names', async ({ page }) => {
  const pieces: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search-aliases/')) pieces.push(request.url().replace(/.*\/search-aliases\//, ''));
  });
  await searchFor(page, 'Анора');
  await expect(status(page)).toContainText('including “Anora”');
  await expect(results(page)).toHaveCount(3);
  expect(pieces).toEqual(['u430.json']);
  await searchFor(page, 'Ваня');
  await expect(resultTitled(page, /Between Control and Losing It/)).toHaveCount(1);
});

test('nothing found says so and suggests what to try', async ({ page }) => {
  await searchFor(page, 'zzzzqqqq');
  await expect(status(page)).toContainText('No results for “zzzzqqqq”');
  await expect(status(page).getByRole('link', { name: 'all essays' })).toBeVisible();
});

test('hostile and odd queries neither throw nor inject markup', async ({ page }) => {
  const watch = watchPage(page);
  await page.exposeFunction('reportInjection', () => watch.problems.push('injected script ran'));
  await searchFor(page, '');
  for (const query of [
    '   ',
    'x'.repeat(10_000),
    '<script>reportInjection()</script>',
    '<img src=x onerror="reportInjection()">',
    '.*+?^${}()|[]\\',
    '🎬🍿',
    'Анора Ваня',
    '電影 評論',
    '"unclosed',
  ]) {
    await submit(page, query);
    await expect(page.locator('[data-search-results] img, [data-search-results] script, [data-search-status] img')).toHaveCount(0);
  }
  watch.expectClean();
});

test('`/` focuses the header search from anywhere but a field, and Enter goes to the search page', async ({ page }) => {
  await page.goto(PAGES.film);
  await page.keyboard.press('/');
  const field = page.locator('#site-search-input');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await field.fill('Werhun');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=Werhun$/);
  await expect(results(page)).toHaveCount(2);
  // Typing a slash into a field types a slash.
  await page.getByLabel('Search essays and films').fill('a/');
  await page.getByLabel('Search essays and films').press('/');
  await expect(page.getByLabel('Search essays and films')).toHaveValue('a//');
});

test('an essay loads no search code until the reader goes to search', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/pagefind|search-page|search-highlight/.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto(PAGES.shortEssay);
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  // Focusing the field warms the index and fetches the search page's script, so the first results do not wait on a cold start.
  await page.locator('#site-search-input').focus();
  await expect.poll(() => searchRequests.some((url) => url.endsWith('pagefind/pagefind.js'))).toBe(true);
  await expect.poll(() => searchRequests.some((url) => /\/search-page[\w-]*\.js$/.test(url))).toBe(true);
  await expect.poll(() => searchRequests.some((url) => /\/wasm\.en\.pagefind$/.test(url))).toBe(true);
});

test('the search page fetches the index’s entry and metadata once each, from its preload hints', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/pagefind-entry\.json|\.pf_meta$/.test(request.url())) fetched.push(new URL(request.url()).pathname);
  });
  await searchFor(page, 'Werhun');
  await expect(results(page)).toHaveCount(2);
  await expect(page.locator('link[rel="preload"][data-pagefind-entry]')).toHaveCount(1);
  await expect(page.locator('link[rel="preload"][href$=".pf_meta"]')).toHaveCount(1);
  // Pagefind asking for another address than the hint's (a fresh time instead of the tag) would fetch the entry twice.
  expect(fetched.sort()).toEqual([
    expect.stringMatching(/\/pagefind\/pagefind-entry\.json$/),
    expect.stringMatching(/\/pagefind\/pagefind\.en_\w+\.pf_meta$/),
  ]);
});

test('a film an essay only discusses finds it: filtered to Hustlers, the short essay', async ({ page }) => {
  await searchFor(page, 'Anora');
  const film = page.getByRole('combobox', { name: 'Film' });
  await film.fill('Hustlers');
  await page.getByRole('option', { name: 'Hustlers (2019)' }).click();
  await expect(results(page)).toHaveCount(1);
  await expect(resultTitled(page, 'A Stripping Vision…')).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]film=Hustlers/);
});

test('a result’s badges name each film it spoils, with its level for that film', async ({ page }) => {
  await searchFor(page, 'Werhun');
  const short = resultTitled(page, 'A Stripping Vision…');
  await expect(short.locator('.spoiler-badge')).toHaveText(['Mild spoilers for Anora', 'Major spoilers for Pretty Woman, ending revealed']);
  await expect(short).toContainText('Essay on Anora (2024)');
});

test.describe('the film filter, a combobox', () => {
  test('by keyboard: typing lists matching films, arrows move, Enter picks, Escape closes then clears', async ({ page }) => {
    await searchFor(page, 'Anora');
    await expect(results(page)).toHaveCount(3);
    const film = page.getByRole('combobox', { name: 'Film' });
    await expect(film).toHaveAttribute('aria-expanded', 'false');
    await film.focus();
    await film.pressSequentially('hust');
    const listbox = page.getByRole('listbox', { name: 'Film' });
    await expect(listbox).toBeVisible();
    await expect(film).toHaveAttribute('aria-expanded', 'true');
    await expect(listbox.getByRole('option')).toHaveText(['Hustlers (2019)']);

    await film.press('ArrowDown');
    const option = listbox.getByRole('option', { name: 'Hustlers (2019)' });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(film).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await film.press('Enter');
    await expect(film).toHaveValue('Hustlers (2019)');
    await expect(listbox).toBeHidden();
    await expect(film).toBeFocused();
    await expect(results(page)).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]film=Hustlers\+%282019%29/);

    // Escape closes an open list and keeps the value; with the list closed, it clears the field.
    await film.press('ArrowDown');
    await expect(listbox).toBeVisible();
    await film.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(film).toHaveValue('Hustlers (2019)');
    await film.press('Escape');
    await expect(film).toHaveValue('');
    await expect(results(page)).toHaveCount(3);
    await expect(page).not.toHaveURL(/film=/);
  });

  test('by pointer, on a phone’s width: the list fits the screen and a click picks a film', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await searchFor(page, 'Anora');
    const film = page.getByRole('combobox', { name: 'Film' });
    await film.click();
    await film.fill('an');
    const listbox = page.getByRole('listbox', { name: 'Film' });
    const options = listbox.getByRole('option');
    await expect(options.first()).toBeVisible();
    const box = (await listbox.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await listbox.getByRole('option', { name: 'Anora (2024)' }).click();
    await expect(film).toHaveValue('Anora (2024)');
    await expect(film).toBeFocused();
    await expect(results(page)).toHaveCount(3);
    await expect(page).toHaveURL(/[?&]film=Anora/);
  });

  test('the director filter works the same way, and a URL’s typed film is resolved to the film it means', async ({ page }) => {
    await page.goto(`${PAGES.search}?q=Anora&film=hustlers`);
    const film = page.getByRole('combobox', { name: 'Film' });
    await expect(film).toHaveValue('Hustlers (2019)');
    await expect(results(page)).toHaveCount(1);
    await expect(page).toHaveURL(/film=Hustlers\+%282019%29/);

    const director = page.getByRole('combobox', { name: 'Director' });
    await director.fill('Sean');
    await expect(page.getByRole('listbox', { name: 'Director' }).getByRole('option', { name: 'Sean Baker' })).toBeVisible();
  });

  test('the page’s HTML lists no film and no director: the values come from the index when the field is used', async ({ page }) => {
    const html = await (await page.request.get(PAGES.search)).text();
    expect(html).toContain('name="film"');
    expect(html).not.toContain('Hustlers (2019)');
    expect(html).not.toContain('Sean Baker');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form still sends its words and a typed film to the search page’s address', async ({ page }) => {
    await page.goto(PAGES.search);
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await page.getByLabel('Search essays and films').fill('Werhun');
    await page.getByLabel('Film', { exact: true }).fill('hustlers');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/search\/\?q=Werhun&film=hustlers/);
    await expect(page.getByRole('search')).toBeVisible();
  });
});
