/**
 * The site's one script module, the same file on every page so it is fetched once and cached:
 * custom elements that do nothing where their element is absent, and the header search.
 * The essay page's needs size it (gate, inline spoilers, notes).
 *
 * The search page's code loads only on the search page, and "Cite this paragraph" only when "Cite
 * this essay" opens, each as one self-contained file. Vite's
 * `?worker&url` is what builds a module that way (bundled alone, its URL returned); it runs here
 * as an ordinary module, not a worker. A plain `import()` would cost every page Vite's preload
 * helper (about 0.8 KB gzipped) and split the shared modules into extra requests.
 */
import './spoilers/spoiler-gate';
import './spoilers/spoiler-text';
import './notes/essay-notes';
import './search/site-search';
import searchPageUrl from './search/search-page.ts?worker&url';
import citeParagraphUrl from './citations/cite-paragraph.ts?worker&url';

// "Cite this paragraph" is needed only once the reader opens "Cite this essay": its code loads then.
document.querySelector('.cite-essay')?.addEventListener('toggle', () => void import(/* @vite-ignore */ citeParagraphUrl), { once: true });

if (document.querySelector('search-page')) void import(/* @vite-ignore */ searchPageUrl);
else {
  // A reader who focuses the header's search field is on the way to the search page: fetch its
  // script now, beside the index the field warms (search/header-search.ts).
  document
    .getElementById('site-search-input')
    ?.addEventListener(
      'focus',
      () => document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: searchPageUrl })),
      { once: true },
    );
}
