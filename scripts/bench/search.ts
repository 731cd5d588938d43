/**
 * Search speed and weight in Chromium, against the search page's contract: `search/?q=term` shows
 * one `li` per result in `[data-search-results]`, and submitting the page's search field searches
 * again in place; the Pagefind bundle lives at `<base>pagefind/` and loads only when search is used.
 */
import type { Browser, Page } from '@playwright/test';
import { gzipSize } from './measure.ts';

export interface SearchFigures {
  /** First query on a fresh browser (empty cache): navigation start → first result shown, in ms. */
  coldMs: number;
  /** The same, from the page's DOMContentLoaded: the search's own share. */
  coldAfterDomReadyMs: number;
  /**
   * A second, different query in the same page: submitting it → the results list shows the new
   * results, in ms. (Submitting, not typing: typing waits for the page's debounce first.)
   */
  warmMs: number;
  /** Results shown for each query. */
  results: { cold: number; warm: number };
  /** Bytes transferred for the first query: the whole page, and the search bundle's part (pagefind/). */
  firstQuery: { requests: number; raw: number; gz: number; searchRaw: number; searchGz: number };
  /** The first query's largest responses, path and gzipped bytes: where its weight is. */
  heaviest: Array<{ path: string; gz: number }>;
}

/** What the bench searches for: a name in the launch essays, and a word in both. */
export const QUERIES = { cold: 'werhun', warm: 'cinderella' } as const;
const RESULT = '[data-search-results] > li';
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
  const responses: Array<{ path: string; gz: number }> = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const gz = TEXT_TYPES.test(response.headers()['content-type'] ?? '') ? Math.min(body.length, gzipSize(body)) : body.length;
        firstQuery.requests += 1;
        firstQuery.raw += body.length;
        firstQuery.gz += gz;
        responses.push({ path: new URL(response.url()).pathname, gz });
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

  // Second query: submit the field and time, on the page's clock, from the submit to new results.
  await page.evaluate(() => {
    const state = window as unknown as { __warmStart?: number; __warmEnd?: number; __warmCount?: number };
    const list = document.querySelector('[data-search-results]')!;
    const before = list.textContent;
    document.addEventListener('submit', () => (state.__warmStart ??= performance.now()), { capture: true });
    const observer = new MutationObserver(() => {
      if (state.__warmStart === undefined || list.textContent === before || !list.querySelector(':scope > li')) return;
      state.__warmEnd = performance.now();
      state.__warmCount = list.querySelectorAll(':scope > li').length;
      observer.disconnect();
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
  });
  const field = page.locator('main input[type="search"]');
  if ((await field.count()) !== 1) throw new SearchUnavailable('the search page has no single search field in <main>');
  await field.fill(QUERIES.warm);
  await field.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __warmEnd?: number }).__warmEnd !== undefined, undefined, { timeout: 5_000 }).catch(() => {
    throw new SearchUnavailable(`the results did not change within 5 s of submitting "${QUERIES.warm}" on the search page`);
  });
  const warm = await page.evaluate(() => {
    const state = window as unknown as { __warmStart: number; __warmEnd: number; __warmCount: number };
    return { ms: state.__warmEnd - state.__warmStart, count: state.__warmCount };
  });
  await context.close();
  return {
    coldMs: cold.at,
    coldAfterDomReadyMs: cold.at - cold.domReady,
    warmMs: warm.ms,
    results: { cold: cold.count, warm: warm.count },
    firstQuery,
    heaviest: responses.sort((a, b) => b.gz - a.gz).slice(0, 5),
  };
}
