/**
 * Search speed and weight in Chromium, against the search page's contract: `search/?q=term` shows
 * one `li` per result in `[data-search-results]`, and the page's search field searches as the
 * reader types; the Pagefind bundle lives at `<base>pagefind/` and loads only when search is used.
 */
import type { Browser, Page } from '@playwright/test';
import { gzipSize } from './measure.ts';

export interface SearchFigures {
  /** First query on a fresh browser (empty cache): navigation start → first result shown, in ms. */
  coldMs: number;
  /** The same, from the page's DOMContentLoaded: the search's own share. */
  coldAfterDomReadyMs: number;
  /** A second, different query in the same page: input → the results list shows the new results, in ms. */
  warmMs: number;
  /** Results shown for each query. */
  results: { cold: number; warm: number };
  /** Bytes transferred for the first query: the whole page, and the search bundle's part (pagefind/). */
  firstQuery: { requests: number; raw: number; gz: number; searchRaw: number; searchGz: number };
}

/** What the bench searches for: a name in the launch essays, and a word in both. */
export const QUERIES = { cold: 'werhun', warm: 'cinderella' } as const;
const RESULT = '[data-search-results] li';
const TEXT_TYPES = /^(text\/|application\/(javascript|json))/;

/** Why the search measurement cannot run: said loudly, in the table and in the exit code. */
export class SearchUnavailable extends Error {}

async function firstResultTimes(page: Page): Promise<{ at: number; domReady: number; count: number }> {
  await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, undefined, { timeout: 15_000 }).catch(() => {
    throw new SearchUnavailable(`no result appeared in ${RESULT} within 15 s for "${QUERIES.cold}"`);
  });
  return page.evaluate((selector) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      at: (window as unknown as { __firstResult: number }).__firstResult,
      domReady: navigation.domContentLoadedEventEnd,
      count: document.querySelectorAll(selector).length,
    };
  }, RESULT);
}

/** Cold and warm search on the site at `baseUrl`; throws SearchUnavailable when there is no search to measure. */
export async function measureSearch(browser: Browser, baseUrl: string): Promise<SearchFigures> {
  const bundle = await fetch(new URL('pagefind/pagefind.js', baseUrl));
  if (!bundle.ok) {
    throw new SearchUnavailable(`${new URL('pagefind/pagefind.js', baseUrl)} answers ${bundle.status}: this build has no Pagefind index (is issue 5's search merged and run by the build?)`);
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  const firstQuery = { requests: 0, raw: 0, gz: 0, searchRaw: 0, searchGz: 0 };
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const gz = TEXT_TYPES.test(response.headers()['content-type'] ?? '') ? Math.min(body.length, gzipSize(body)) : body.length;
        firstQuery.requests += 1;
        firstQuery.raw += body.length;
        firstQuery.gz += gz;
        if (new URL(response.url()).pathname.includes('/pagefind/')) {
          firstQuery.searchRaw += body.length;
          firstQuery.searchGz += gz;
        }
      })(),
    );
  });
  // Notes the moment the first result is in the DOM, on the page's own clock (0 = navigation start).
  await page.addInitScript((selector) => {
    const note = () => {
      const state = window as unknown as { __firstResult?: number };
      if (state.__firstResult === undefined && document.querySelector(selector)) state.__firstResult = performance.now();
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true });
  }, RESULT);
  const response = await page.goto(new URL(`search/?q=${QUERIES.cold}`, baseUrl).href);
  if (!response?.ok()) throw new SearchUnavailable(`search/ answers ${response?.status()}`);
  if ((await page.locator('[data-search-results]').count()) === 0) {
    throw new SearchUnavailable('search/ has no [data-search-results] element: the search page is not built yet (issue 5)');
  }
  const cold = await firstResultTimes(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);

  const warm = await page.evaluate(
    ({ query, selector }) =>
      new Promise<{ ms: number; count: number }>((resolve, reject) => {
        const list = document.querySelector('[data-search-results]')!;
        const before = list.textContent;
        const input = document.querySelector<HTMLInputElement>('main input[type="search"]');
        if (!input) return reject(new Error('the search page has no search field in <main>'));
        const timeout = setTimeout(() => reject(new Error(`the results did not change within 5 s of typing "${query}": the bench expects the search page to search as the reader types`)), 5_000);
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (list.textContent !== before && list.querySelector('li')) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve({ ms: performance.now() - started, count: document.querySelectorAll(selector).length });
          }
        });
        observer.observe(list, { childList: true, subtree: true, characterData: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query: QUERIES.warm, selector: RESULT },
  );
  await context.close();
  return {
    coldMs: cold.at,
    coldAfterDomReadyMs: cold.at - cold.domReady,
    warmMs: warm.ms,
    results: { cold: cold.count, warm: warm.count },
    firstQuery,
  };
}
