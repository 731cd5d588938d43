/**
 * Site-relative URLs that honour Astro's `base`, so one build serves a root domain or a sub-path.
 * Every internal link goes through these; absolute URLs (canonical, Open Graph, feed, sitemap,
 * JSON-LD) add the site's origin with `absoluteUrl`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `path` ("essays/x/", "/search/") under the site's base. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const essayHref = (id: string) => href(`essays/${id}/`);
export const filmHref = (id: string) => href(`films/${id}/`);
/** A page of the site's bibliography: /sources/, /sources/2/, … */
export const sourcesHref = (page = 1) => href(page > 1 ? `sources/${page}/` : 'sources/');
/** A page of the films index: /films/, /films/by-title/2/, /films/by-year/, /films/by-year/2/. */
export const filmsIndexHref = (order: 'title' | 'year', page = 1) =>
  href(order === 'title' ? (page > 1 ? `films/by-title/${page}/` : 'films/') : page > 1 ? `films/by-year/${page}/` : 'films/by-year/');
/** The page of one work cited by many essays. */
export const workHref = (key: string) => href(`sources/works/${key}/`);

/**
 * The absolute URL of a site-relative path, on the configured site (`SITE_URL`): pass a path
 * that already went through `href`, and `Astro.site` (or an endpoint's `site`).
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs has no `site`: absolute URLs need SITE_URL');
  return new URL(path, site).href;
}
