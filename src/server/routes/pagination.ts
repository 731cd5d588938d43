/**
 * The parts every paginated listing shares (the archive, the bibliography, the films index): a
 * page's title, and the links to the pages either side, as the pager lays them out.
 */

/** A link of the pager: where it goes, what kind of page it leads to, and its text. */
export interface PagerLink {
  href: string;
  label: string;
  text: string;
}

/** The pager's two links: towards the first page (newer) and towards the last (older). */
export interface PagerLinks {
  newer?: PagerLink | undefined;
  older?: PagerLink | undefined;
}

/** "All essays" on the first page, "All essays, page 2 of 3" on the others. */
export const pageTitle = (title: string, current: number, last: number) => (current > 1 ? `${title}, page ${current} of ${last}` : title);

/** Astro's page URLs carry the base already; ours want a trailing slash like every other page. */
export const withSlash = (url: string) => url.replace(/\/?$/, '/');

/**
 * The pager's links for page `current` (1-based): `hrefs` gives the address of the page before and
 * after, if there is one; `labels` names what they lead to ("Newer essays", "Older essays").
 */
export function pagerLinks(
  current: number,
  hrefs: { previous?: string | undefined; next?: string | undefined },
  labels: { previous: string; next: string },
): PagerLinks {
  return {
    newer: hrefs.previous === undefined ? undefined : { href: hrefs.previous, label: labels.previous, text: `Page ${current - 1}` },
    older: hrefs.next === undefined ? undefined : { href: hrefs.next, label: labels.next, text: `Page ${current + 1}` },
  };
}

/** The same links from one of Astro's pages (`paginate`), whose URLs lack the trailing slash. */
export function pagerLinksOf(
  page: { currentPage: number; url: { prev?: string | undefined; next?: string | undefined } },
  labels: { previous: string; next: string },
): PagerLinks {
  return pagerLinks(
    page.currentPage,
    { previous: page.url.prev && withSlash(page.url.prev), next: page.url.next && withSlash(page.url.next) },
    labels,
  );
}
