/**
 * The site's one script module, the same file on every page so it is fetched once and cached:
 * custom elements that do nothing where their element is absent, and the header search.
 * The essay page's needs size it (gate, inline spoilers, notes: about 3 KB gzipped); the search
 * page's own code and the result highlighter load on demand, only where they are used.
 */
import './spoiler-gate';
import './spoiler-text';
import './essay-notes';
import './site-search';

if (document.querySelector('search-page')) void import('./search-page');
