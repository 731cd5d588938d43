/**
 * On a page opened from a search result (`?highlight=…`): marks the searched words in the page's
 * text and scrolls to the passage, the first mark after the section the link pointed at. On a
 * gated essay that waits until the reader has accepted its spoilers; before, the marks sit in
 * hidden text and show nothing. Loaded only on such visits (src/client/search/site-search.ts).
 */
import { CONSENT_EVENT } from '../../shared/spoilers/consent';
import { fragment, scrollToElement } from '../landing';
import { escapeRegExp, HIGHLIGHT_PARAM, wordsOf } from '../../shared/search/query';

function markTerms(region: Element, terms: string[]): HTMLElement[] {
  // Whole words that start with a term: Pagefind matches "stripping" for "strip", so do we.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{M}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const inThisText: HTMLElement[] = [];
    // From the end, so the offsets of earlier matches still hold after each split.
    for (const match of [...text.data.matchAll(pattern)].reverse()) {
      const hit = text.splitText(match.index);
      hit.splitText(match[0].length);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      inThisText.unshift(mark);
    }
    marks.push(...inThisText);
  }
  return marks;
}

function land(marks: HTMLElement[]) {
  const id = fragment();
  const target = id ? document.getElementById(id) : null;
  const passage = (target && marks.find((mark) => target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0];
  if (passage) scrollToElement(passage, 'center');
}

const terms = [...new Set(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).flatMap(wordsOf))];
const region = document.querySelector('[data-pagefind-body]');
if (region && terms.length > 0) {
  const marks = markTerms(region, terms);
  const root = document.documentElement;
  if (root.dataset.spoilers === 'closed') {
    // The gate lands on the essay or the fragment first (its listener was added earlier); then the passage.
    const afterConsent = () => {
      if (root.dataset.spoilers !== 'open') return;
      window.removeEventListener(CONSENT_EVENT, afterConsent);
      requestAnimationFrame(() => land(marks));
    };
    window.addEventListener(CONSENT_EVENT, afterConsent);
  } else {
    land(marks);
  }
}
