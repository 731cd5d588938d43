/**
 * The header search field, once the reader has focused it: warm the index so the search page
 * answers at once, and fetch the index chunks for what is being typed, so they are cached when
 * the search page asks. Loaded on first focus (src/client/search/site-search.ts), as a file of its
 * own: no page pays for it before the reader goes to search.
 */
import { loadPagefind } from './pagefind';

const field = document.getElementById('site-search-input');
if (field instanceof HTMLInputElement) {
  let timer = 0;
  void loadPagefind().catch(() => {});
  field.addEventListener('input', () => {
    clearTimeout(timer);
    const term = field.value.trim();
    if (!term) return;
    timer = window.setTimeout(
      () =>
        void loadPagefind()
          .then((pagefind) => pagefind.preload(term))
          .catch(() => {}),
      300,
    );
  });
}
