/**
 * Site-relative URLs that honour Astro's `base`, so one build serves a root domain or a sub-path.
 * Every internal link goes through these.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `path` ("essays/x/", "/search/") under the site's base. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const essayHref = (id: string) => href(`essays/${id}/`);
export const filmHref = (id: string) => href(`films/${id}/`);
