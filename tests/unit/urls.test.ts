/**
 * The site's internal addresses (src/shared/urls.ts): every page's path under the base the build
 * is made for (`/` here; the sub-path build is checked link by link in tests/build/links.test.ts),
 * and absolute URLs on the configured site.
 */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, essayHref, filmHref, filmsIndexHref, href, sourcesHref, workHref } from '../../src/shared/urls';

describe('site-relative addresses', () => {
  it.each([
    ['the home page', () => href(), '/'],
    ['a path given without a slash', () => href('essays/x/'), '/essays/x/'],
    ['a path given with one', () => href('/search/'), '/search/'],
    ['an essay', () => essayHref('anora'), '/essays/anora/'],
    ['a film', () => filmHref('anora'), '/films/anora/'],
    ['the bibliography', () => sourcesHref(), '/sources/'],
    ['its first page by number', () => sourcesHref(1), '/sources/'],
    ['its second page', () => sourcesHref(2), '/sources/2/'],
    ['the films by title', () => filmsIndexHref('title'), '/films/'],
    ['their first page by number', () => filmsIndexHref('title', 1), '/films/'],
    ['their second page', () => filmsIndexHref('title', 2), '/films/by-title/2/'],
    ['the films by year', () => filmsIndexHref('year'), '/films/by-year/'],
    ['their first page by number, by year', () => filmsIndexHref('year', 1), '/films/by-year/'],
    ['their third page', () => filmsIndexHref('year', 3), '/films/by-year/3/'],
    ['a work cited by many essays', () => workHref('bazin-1958'), '/sources/works/bazin-1958/'],
  ])('%s', (_what, address, expected) => {
    // Called here, not in the table: Stryker switches a mutant on per test, after the table is built.
    expect(address()).toBe(expected);
  });
});

describe('absolute URLs', () => {
  it('put a site-relative path on the configured origin', () => {
    expect(absoluteUrl('/long-take/essays/anora/', new URL('https://example.com/long-take/'))).toBe(
      'https://example.com/long-take/essays/anora/',
    );
  });

  it('need a configured site, and say where to set it', () => {
    expect(() => absoluteUrl('/essays/anora/', undefined)).toThrow('astro.config.mjs has no `site`: absolute URLs need SITE_URL');
  });
});
