/**
 * The header search field on every page: `/` focuses it from anywhere (unless the reader is
 * typing elsewhere), focusing it warms the index so the search page answers at once, and a page
 * opened from a result highlights the searched words (loaded only then).
 */
import { HIGHLIGHT_PARAM, loadPagefind } from './pagefind';
import highlightUrl from './search-highlight.ts?worker&url';

const FIELD_IDS = ['site-search-input', 'search-input'];

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const field = FIELD_IDS.map((id) => document.getElementById(id)).find((found) => found instanceof HTMLInputElement);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

const header = document.getElementById(FIELD_IDS[0]!);
if (header instanceof HTMLInputElement) {
  let timer = 0;
  header.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  // Fetch the index chunks for what is being typed, so they are cached when the search page asks.
  header.addEventListener('input', () => {
    clearTimeout(timer);
    const term = header.value.trim();
    if (term)
      timer = window.setTimeout(
        () =>
          void loadPagefind()
            .then((pagefind) => pagefind.preload(term))
            .catch(() => {}),
        300,
      );
  });
}

// Self-contained and loaded only on such visits: see src/client/site.ts for why `?worker&url`.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import(/* @vite-ignore */ highlightUrl);
