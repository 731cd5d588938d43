/**
 * Search in Chromium on the realistic corpus: our search page against Pagefind's own JavaScript
 * API on the same index. The search page's contract: `search/?q=term` shows one `li` per result in
 * `[data-search-results]`, and submitting the page's search field searches again in place; the
 * Pagefind bundle lives at `<base>pagefind/` and loads only when search is used.
 *
 * The comparison page (PAGEFIND_API_PAGE) is written by the bench into the built site while it is
 * measured, never into src/: Pagefind's documented minimum, `options({ baseUrl })`, `search(q)`,
 * `results[0].data()`, title and excerpt into the DOM.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { gzipSize } from './measure.ts';

/** Bytes and time of one query. */
export interface QueryFigures {
  /** Navigation start (or the submit, for a later query) → the first result painted, in ms. */
  ms: number;
  /** Results in the list when the first was painted (ours shows several; the API page one). */
  results: number;
  requests: number;
  raw: number;
  /** Gzipped at level 6 (already-compressed files as they are): what a host that compresses sends. */
  gz: number;
  /** The search bundle's part (pagefind/), gzipped. */
  searchGz: number;
  /** The largest responses, path and gzipped bytes: where the weight is. */
  heaviest: Array<{ path: string; gz: number }>;
  /**
   * Every request, in the order they started: when each started and finished, in ms from
   * navigation start (from the submit, for a later query). What waits on what is read from it.
   */
  timeline: Array<{ path: string; start: number; end: number; gz: number }>;
}

export interface SearchFigures {
  /** What was searched for: names that occur in one essay each. */
  queries: { first: string; later: string };
  /** Our search page, first query in a fresh browser context; one entry per run. */
  ours: QueryFigures[];
  /** Pagefind's JS API page on the same index, the same measurement; one entry per run. */
  api: QueryFigures[];
  /** A later query on our page: the second name submitted in its field, after the first settled. */
  later: QueryFigures;
  /** The same later query on Pagefind's API page, after its first query. */
  apiLater: QueryFigures;
  /** The search page's HTML as built, raw and gzipped: it must not grow with the films. */
  searchHtml: { raw: number; gz: number };
  /** "Did you mean": a misspelt name's search, what it suggested and what the vocabulary cost. */
  suggestion: { query: string; suggested: string | undefined; vocabularyGz: number; requests: number };
  /**
   * The film filter's first use on a search page opened without a query, once Pagefind has
   * loaded: focus → its list painted (↓ pressed at once), and what `pagefind.filters()` fetched.
   */
  filterList: { ms: number; options: number; gz: number; requests: number };
}

/** The comparison page's file name in the built site. */
const PAGEFIND_API_PAGE = 'bench-pagefind-api.html';
const OURS = '[data-search-results] > li';
const API = '#results > li';
const TEXT_TYPES = /^(text\/|application\/(javascript|json|xml))/;

/** Why search cannot be measured: said loudly, in the table and in the exit code. */
export class SearchUnavailable extends Error {}

/** The comparison page: Pagefind's JS API and nothing else, for a site at `base`. */
export function pagefindApiPage(base: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Pagefind API</title></head>
<body>
<main>
<form><input type="search" aria-label="Search"></form>
<ol id="results"></ol>
</main>
<script type="module">
const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
async function show(query) {
  const search = await pagefind.search(query);
  const data = await search.results[0].data();
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title;
  const excerpt = document.createElement('p');
  excerpt.innerHTML = data.excerpt;
  item.append(link, excerpt);
  document.getElementById('results').replaceChildren(item);
}
document.querySelector('form').addEventListener('submit', (event) => {
  event.preventDefault();
  show(document.querySelector('input').value);
});
await show(new URLSearchParams(location.search).get('q'));
</script>
</body>
</html>
`;
}

/**
 * Records every response's bytes from now on, and when its request started and ended on the page's
 * clock less `origin()` (navigation start, or a submit); `take()` waits for their bodies and
 * returns the totals.
 */
function recordResponses(page: Page, origin: () => Promise<number>) {
  const pending: Array<Promise<{ path: string; raw: number; gz: number; start: number; end: number }>> = [];
  let on = true;
  page.on('requestfinished', (request) => {
    if (!on) return;
    pending.push(
      (async () => {
        const response = await request.response();
        const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
        const gz = TEXT_TYPES.test(response?.headers()['content-type'] ?? '') ? Math.min(body.length, gzipSize(body)) : body.length;
        // Playwright's timing: startTime on the wall clock, responseEnd in ms after it.
        const timing = request.timing();
        return { path: new URL(request.url()).pathname, raw: body.length, gz, start: timing.startTime, end: timing.startTime + timing.responseEnd };
      })(),
    );
  });
  return {
    async take(): Promise<Omit<QueryFigures, 'ms' | 'results'>> {
      on = false;
      const responses = await Promise.all(pending);
      const zero = await origin();
      const search = responses.filter((response) => response.path.includes('/pagefind/'));
      return {
        requests: responses.length,
        raw: responses.reduce((sum, response) => sum + response.raw, 0),
        gz: responses.reduce((sum, response) => sum + response.gz, 0),
        searchGz: search.reduce((sum, response) => sum + response.gz, 0),
        heaviest: [...responses].sort((a, b) => b.gz - a.gz).slice(0, 5).map(({ path, gz }) => ({ path, gz })),
        timeline: responses
          .map(({ path, gz, start, end }) => ({ path, gz, start: Math.round(start - zero), end: Math.round(end - zero) }))
          .sort((a, b) => a.start - b.start),
      };
    },
  };
}

/** The page's navigation start on the wall clock, as Playwright's request timings count. */
const navigationStart = (page: Page) => () => page.evaluate(() => performance.timeOrigin);

/**
 * Notes, on the page's clock, when the first element matching `selector` has been painted: the
 * frame after it entered the DOM (a requestAnimationFrame, then a task, runs after that frame's
 * paint). Installed before any of the page's scripts.
 */
async function watchFirstPaint(page: Page, selector: string) {
  await page.addInitScript((selector) => {
    const state = window as unknown as { __painted?: number; __count?: number; __seen?: boolean };
    const observer = new MutationObserver(() => {
      if (state.__seen || !document.querySelector(selector)) return;
      state.__seen = true;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          state.__painted = performance.now();
          state.__count = document.querySelectorAll(selector).length;
        }),
      );
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
}

async function painted(page: Page, what: string): Promise<{ at: number; count: number }> {
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, undefined, { timeout: 20_000 }).catch(() => {
    throw new SearchUnavailable(`no result was painted within 20 s on ${what}`);
  });
  return page.evaluate(() => {
    const state = window as unknown as { __painted: number; __count: number };
    return { at: state.__painted, count: state.__count };
  });
}

/** One first query in a fresh browser context: navigation to `url` → the first `selector` painted. */
async function firstQuery(browser: Browser, url: string, selector: string): Promise<{ figures: QueryFigures; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await watchFirstPaint(page, selector);
  const recorder = recordResponses(page, navigationStart(page));
  const response = await page.goto(url);
  if (!response?.ok()) throw new SearchUnavailable(`${url} answers ${response?.status()}`);
  const first = await painted(page, url);
  await page.waitForLoadState('networkidle');
  const bytes = await recorder.take();
  return { figures: { ms: first.at, results: first.count, ...bytes }, page, close: () => context.close() };
}

/** A later query: submit `term` in the page's field, to the list (`selector`'s parent) showing new results, and what that fetched. */
async function laterQuery(page: Page, term: string, selector: string): Promise<QueryFigures> {
  const field = page.locator('main input[type="search"]');
  if ((await field.count()) !== 1) throw new SearchUnavailable(`${page.url()} has no single search field in <main>`);
  await page.evaluate((selector) => {
    const state = window as unknown as { __start?: number; __end?: number; __count?: number };
    const list = document.querySelector(selector)!.parentElement!;
    const before = list.textContent;
    document.addEventListener('submit', () => (state.__start ??= performance.now()), { capture: true });
    const observer = new MutationObserver(() => {
      if (state.__start === undefined || list.textContent === before || !document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          state.__end = performance.now();
          state.__count = document.querySelectorAll(selector).length;
        }),
      );
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
  }, selector);
  const recorder = recordResponses(page, () => page.evaluate(() => performance.timeOrigin + (window as unknown as { __start: number }).__start));
  await field.fill(term);
  await field.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __end?: number }).__end !== undefined, undefined, { timeout: 10_000 }).catch(() => {
    throw new SearchUnavailable(`the results did not change within 10 s of submitting "${term}" on ${page.url()}`);
  });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => {
    const state = window as unknown as { __start: number; __end: number; __count: number };
    return { ms: state.__end - state.__start, results: state.__count };
  });
  return { ...timing, ...(await recorder.take()) };
}

/**
 * `name` with the fifth letter of its first word dropped (the last, in a shorter word), as a typo
 * would: "Thihibe" → "Thihbe". Dropped rather than changed, so Pagefind's stems and prefixes do
 * not find the word anyway.
 */
export function misspell(name: string): string {
  const [word = '', ...rest] = name.split(' ');
  const at = Math.min(4, word.length - 1);
  return [`${word.slice(0, at)}${word.slice(at + 1)}`, ...rest].join(' ');
}

/**
 * A word to misspell for "did you mean": one of seven letters or more from the largest piece of the
 * site's vocabulary (`search-vocabulary/<letter>.json`), so the figure is the costliest suggestion;
 * `fallback` if the build has no such piece.
 */
export function vocabularyWord(siteDir: string, fallback: string): string {
  const folder = path.join(siteDir, 'search-vocabulary');
  if (!existsSync(folder)) return fallback;
  const largest = readdirSync(folder)
    .map((file) => path.join(folder, file))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const words = largest ? (JSON.parse(readFileSync(largest, 'utf8')) as string[]).filter((word) => /^\p{L}{7,}$/u.test(word)) : [];
  return words[Math.floor(words.length / 2)] ?? fallback;
}

/** A misspelt word searched in a fresh context: the suggestion shown and the vocabulary's bytes. */
async function suggestionCost(browser: Browser, baseUrl: string, query: string): Promise<SearchFigures['suggestion']> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const recorder = recordResponses(page, navigationStart(page));
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, baseUrl).href);
    const link = page.locator('.search-suggestion a');
    const suggested = await link
      .first()
      .textContent({ timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForLoadState('networkidle');
    const taken = await recorder.take();
    const vocabulary = taken.timeline.filter((response) => response.path.includes('vocabulary'));
    return { query, suggested: suggested ?? undefined, vocabularyGz: vocabulary.reduce((sum, response) => sum + response.gz, 0), requests: vocabulary.length };
  } finally {
    await context.close();
  }
}

/** The film combobox's first focus in a fresh context: its list's time and the filter data's bytes. */
async function filterListCost(browser: Browser, baseUrl: string): Promise<SearchFigures['filterList']> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('search/', baseUrl).href);
    // The search page loads Pagefind on opening: what follows is the filter data alone.
    await page.waitForLoadState('networkidle');
    const field = page.locator('filter-combobox input[name="film"]');
    if ((await field.count()) !== 1) throw new SearchUnavailable(`${page.url()} has no film combobox`);
    await page.evaluate(() => {
      const state = window as unknown as { __start?: number; __end?: number; __count?: number };
      const input = document.querySelector<HTMLInputElement>('filter-combobox input[name="film"]')!;
      const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '')!;
      input.addEventListener('focus', () => (state.__start ??= performance.now()), { once: true });
      const observer = new MutationObserver(() => {
        if (listbox.hidden || listbox.children.length === 0) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            state.__end = performance.now();
            state.__count = listbox.children.length;
          }),
        );
      });
      observer.observe(listbox, { attributes: true, childList: true });
    });
    const recorder = recordResponses(page, () => page.evaluate(() => performance.timeOrigin + (window as unknown as { __start: number }).__start));
    await field.focus();
    await field.press('ArrowDown');
    await page.waitForFunction(() => (window as unknown as { __end?: number }).__end !== undefined, undefined, { timeout: 20_000 }).catch(() => {
      throw new SearchUnavailable(`the film combobox listed no film within 20 s of its focus on ${page.url()}`);
    });
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => {
      const state = window as unknown as { __start: number; __end: number; __count: number };
      return { ms: state.__end - state.__start, options: state.__count };
    });
    const taken = await recorder.take();
    return { ...timing, gz: taken.gz, requests: taken.requests };
  } finally {
    await context.close();
  }
}

/**
 * Our search page and Pagefind's API page, each `runs` times alternately in fresh contexts, on the
 * site built into `siteDir` and served at `baseUrl`; then a later query on each, the search
 * page's HTML, the cost of a "did you mean" suggestion and of the film filter's first use.
 */
export async function measureSearch(browser: Browser, baseUrl: string, siteDir: string, queries: SearchFigures['queries'], runs = 5): Promise<SearchFigures> {
  const bundle = await fetch(new URL('pagefind/pagefind.js', baseUrl));
  if (!bundle.ok) throw new SearchUnavailable(`${new URL('pagefind/pagefind.js', baseUrl)} answers ${bundle.status}: this build has no Pagefind index`);
  const apiFile = path.join(siteDir, PAGEFIND_API_PAGE);
  writeFileSync(apiFile, pagefindApiPage(new URL(baseUrl).pathname));
  const q = encodeURIComponent(queries.first);
  try {
    const ours: QueryFigures[] = [];
    const api: QueryFigures[] = [];
    let later: QueryFigures | undefined;
    let apiLater: QueryFigures | undefined;
    for (let run = 0; run < runs; run++) {
      const mine = await firstQuery(browser, new URL(`search/?q=${q}`, baseUrl).href, OURS);
      ours.push(mine.figures);
      if (run === runs - 1) later = await laterQuery(mine.page, queries.later, OURS);
      await mine.close();
      const theirs = await firstQuery(browser, new URL(`${PAGEFIND_API_PAGE}?q=${q}`, baseUrl).href, API);
      api.push(theirs.figures);
      if (run === runs - 1) apiLater = await laterQuery(theirs.page, queries.later, API);
      await theirs.close();
    }
    const html = readFileSync(path.join(siteDir, 'search', 'index.html'));
    const suggestion = await suggestionCost(browser, baseUrl, misspell(vocabularyWord(siteDir, queries.first)));
    const filterList = await filterListCost(browser, baseUrl);
    return { queries, ours, api, later: later!, apiLater: apiLater!, searchHtml: { raw: html.length, gz: gzipSize(html) }, suggestion, filterList };
  } finally {
    rmSync(apiFile, { force: true });
  }
}
