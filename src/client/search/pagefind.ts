/**
 * Loads Pagefind's browser bundle (built into `<base>pagefind/` after the site) once per page,
 * on first use: focusing a search field, or opening the search page. Nothing of it is loaded
 * before the reader searches.
 */
import { HIGHLIGHT_PARAM } from '../../shared/search/query';
import { href } from '../../shared/urls';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  /** Every filter's values and how many pages carry each: `{ film: { 'Anora (2024)': 3 } }`. */
  filters(): Promise<Record<string, Record<string, number> | undefined>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // Built after the site, so Vite must not try to resolve it.
    const pagefind = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as Pagefind;
    // In the page, not Pagefind's web worker: its files are then fetched by this document, so the
    // search page's preload hints (src/pages/search.astro) serve them, and no worker script is
    // fetched and started first. One query's work is small enough for the main thread.
    // The search page preloads the index's entry file under a tag naming its content (written by
    // the build's last step); given the tag, Pagefind asks for that address instead of a fresh one.
    const entryHint = document.querySelector<HTMLLinkElement>('link[data-pagefind-entry]');
    const metaCacheTag = entryHint && new URL(entryHint.href).searchParams.get('ts');
    await pagefind.options({
      baseUrl: href(),
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      noWorker: true,
      ...(metaCacheTag ? { metaCacheTag } : {}),
    });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
