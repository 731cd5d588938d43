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
import { rmSync, writeFileSync } from 'node:fs';
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
<ol id="results"></ol>
<script type="module">
const query = new URLSearchParams(location.search).get('q');
const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
const search = await pagefind.search(query);
const data = await search.results[0].data();
const item = document.createElement('li');
const link = document.createElement('a');
link.href = data.url;
link.textContent = data.meta.title;
const excerpt = document.createElement('p');
excerpt.innerHTML = data.excerpt;
item.append(link, excerpt);
document.getElementById('results').append(item);
</script>
</body>
</html>
`;
}

/** Records every response's bytes from now on; `take()` waits for their bodies and returns the totals. */
function recordResponses(page: Page) {
  const pending: Array<Promise<{ path: string; raw: number; gz: number }>> = [];
  let on = true;
  page.on('response', (response) => {
    if (!on) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const gz = TEXT_TYPES.test(response.headers()['content-type'] ?? '') ? Math.min(body.length, gzipSize(body)) : body.length;
        return { path: new URL(response.url()).pathname, raw: body.length, gz };
      })(),
    );
  });
  return {
    async take(): Promise<Omit<QueryFigures, 'ms' | 'results'>> {
      on = false;
      const responses = await Promise.all(pending);
      const search = responses.filter((response) => response.path.includes('/pagefind/'));
      return {
        requests: responses.length,
        raw: responses.reduce((sum, response) => sum + response.raw, 0),
        gz: responses.reduce((sum, response) => sum + response.gz, 0),
        searchGz: search.reduce((sum, response) => sum + response.gz, 0),
        heaviest: [...responses].sort((a, b) => b.gz - a.gz).slice(0, 5).map(({ path, gz }) => ({ path, gz })),
      };
    },
  };
}

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
  const recorder = recordResponses(page);
  const response = await page.goto(url);
  if (!response?.ok()) throw new SearchUnavailable(`${url} answers ${response?.status()}`);
  const first = await painted(page, url);
  await page.waitForLoadState('networkidle');
  const bytes = await recorder.take();
  return { figures: { ms: first.at, results: first.count, ...bytes }, page, close: () => context.close() };
}

/** A later query on our search page: submit `term` in its field, to the list showing new results, and what that fetched. */
async function laterQuery(page: Page, term: string): Promise<QueryFigures> {
  const field = page.locator('main input[type="search"]');
  if ((await field.count()) !== 1) throw new SearchUnavailable('the search page has no single search field in <main>');
  await page.evaluate((selector) => {
    const state = window as unknown as { __start?: number; __end?: number; __count?: number };
    const list = document.querySelector('[data-search-results]')!;
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
  }, OURS);
  const recorder = recordResponses(page);
  await field.fill(term);
  await field.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __end?: number }).__end !== undefined, undefined, { timeout: 10_000 }).catch(() => {
    throw new SearchUnavailable(`the results did not change within 10 s of submitting "${term}" on the search page`);
  });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => {
    const state = window as unknown as { __start: number; __end: number; __count: number };
    return { ms: state.__end - state.__start, results: state.__count };
  });
  return { ...timing, ...(await recorder.take()) };
}

/**
 * Our search page and Pagefind's API page, each `runs` times alternately in fresh contexts, on the
 * site built into `siteDir` and served at `baseUrl`; then a later query on ours.
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
    for (let run = 0; run < runs; run++) {
      const mine = await firstQuery(browser, new URL(`search/?q=${q}`, baseUrl).href, OURS);
      ours.push(mine.figures);
      if (run === runs - 1) later = await laterQuery(mine.page, queries.later);
      await mine.close();
      const theirs = await firstQuery(browser, new URL(`${PAGEFIND_API_PAGE}?q=${q}`, baseUrl).href, API);
      api.push(theirs.figures);
      await theirs.close();
    }
    return { queries, ours, api, later: later! };
  } finally {
    rmSync(apiFile, { force: true });
  }
}
