/**
 * Where a page lands after the reader acts: a fragment read safely, and a scroll that arrives at
 * once. Used by the spoiler gate (a deep link, after consent) and by the search highlighter.
 */

/** The URL's fragment as an id, decoded; a malformed escape (`#%E0%A4%A`) is taken as written. */
export function fragment(hash = location.hash): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Beyond this many screens, a smooth scroll takes longer than a reader should wait: jump instead. */
const SMOOTH_SCREENS = 2;

/**
 * Scrolls `element` into view: smoothly when it is near (unless the reader prefers reduced
 * motion, which the stylesheet's `scroll-behavior` already honours), at once when it is far, so a
 * deep link into a long essay arrives in a moment, not after a second of scrolling.
 */
export function scrollToElement(element: Element, block: ScrollLogicalPosition = 'start') {
  const distance = Math.abs(element.getBoundingClientRect().top);
  element.scrollIntoView({ block, behavior: distance > SMOOTH_SCREENS * innerHeight ? 'instant' : 'auto' });
}
