/**
 * The header search field on every page: `/` focuses it from anywhere (unless the reader is
 * typing elsewhere); focusing it loads what warms the index (header-search.ts); and a page opened
 * from a result highlights the searched words. Both load only then, each as one self-contained
 * file (see src/client/site.ts for why `?worker&url`).
 */
import { HIGHLIGHT_PARAM } from '../../shared/search/query';
import headerSearchUrl from './header-search.ts?worker&url';
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

document.getElementById(FIELD_IDS[0]!)?.addEventListener('focus', () => void import(/* @vite-ignore */ headerSearchUrl), { once: true });

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import(/* @vite-ignore */ highlightUrl);
