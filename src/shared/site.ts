/**
 * The site's configuration: every constant that more than one module needs, written once. Pure and
 * free of relative imports, so the browser, the build and Node's command-line scripts all read it.
 */
import GithubSlugger from 'github-slugger';

/** The publication's name, used in titles, the header and feeds. */
// Stryker disable next-line StringLiteral: a configuration value; a unit test would only restate it (the builds and browser tests read it where it is used).
export const SITE_NAME = 'Long Take';
/** One line on what the site is, for the home page's meta description. */
// Stryker disable next-line StringLiteral: a configuration value; a unit test would only restate it (the builds and browser tests read it where it is used).
export const SITE_DESCRIPTION = 'Long-form film criticism: essays to read closely, search across and follow to their sources.';
/** The language of every page, the feed, the structured data, the search index, sorting and dates. */
export const SITE_LANGUAGE = 'en';

let collator: Intl.Collator | undefined;

/**
 * Compares two texts as the site's language sorts them, for every sorted list (films, essays,
 * sources, filters, the vocabulary). `localeCompare` without a locale would follow the build
 * machine's: in Swedish, Å and Ä sort after Z. The collator is made on first use, so that browser
 * code importing this module for something else does not make one.
 */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator(SITE_LANGUAGE);
  return collator.compare(a, b);
}

/** The two kinds of page readers browse and search filters by, as the navigation names them. */
export const LABELS = { essays: 'Essays', films: 'Films' } as const;

/**
 * The palette's key colours, for what CSS cannot reach: the browser's `theme-color` and the
 * link-preview images. They are the `--lt-*` tokens of src/styles/global.css (a unit test keeps
 * the two in step).
 */
export const THEME_COLORS = {
  light: { background: '#fdfcf9', text: '#1f1d1a', muted: '#5c574f', border: '#d9d3c7', accent: '#8a2b12' },
  dark: { background: '#16150f', text: '#ebe7dd', muted: '#b3ac9f', border: '#474238', accent: '#f0a487' },
} as const;

/** The size every link-preview image is drawn at: the 1.91:1 image Open Graph and X recommend. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The list of essays' preview images a build must draw, relative to its folder: written by the endpoint
 * src/pages/social/images.json.ts, read and deleted by the build's last step.
 */
// Stryker disable next-line StringLiteral: a configuration value; a unit test would only restate it (the builds and browser tests read it where it is used).
export const SOCIAL_IMAGE_LIST_PATH = 'social/images.json';

/** Where the feed and the sitemap are, relative to the site's base. */
// Stryker disable next-line StringLiteral: a configuration value; a unit test would only restate it (the builds and browser tests read it where it is used).
export const FEED_PATH = 'rss.xml';
// Stryker disable next-line StringLiteral: a configuration value; a unit test would only restate it (the builds and browser tests read it where it is used).
export const SITEMAP_PATH = 'sitemap-index.xml';

/** Essays per archive page (/archive/, /archive/2/, …). */
export const ARCHIVE_PAGE_SIZE = 20;

/** Works per page of the site's bibliography (/sources/, /sources/2/, …). */
export const SOURCES_PAGE_SIZE = 50;
/**
 * Essays named under a work in the bibliography; a work cited by more has a page of its own
 * (/sources/works/<key>/) listing them all, so that no bibliography page grows with the site.
 */
export const SOURCES_CITING_SHOWN = 5;

/**
 * Ids that editors write and URLs carry: essay and film file names, source ids. Lower-case
 * letters and digits in words joined by single hyphens: `a-stripping-vision`, `variety-2024`.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The same pattern without anchors, for ids inside other syntax (`[@variety-2024, 12]`). */
export const ID_PART = ID_PATTERN.source.slice(1, -1);

/** Latin letters that have no accent to drop: Łódź → lodz, Ærø → aero. */
const LETTERS: Record<string, string> = { ł: 'l', æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * An id from a title, for file names and URLs: accents dropped (Agnès → agnes), apostrophes dropped
 * (Altman’s → altmans), every other run of non-letters a hyphen. Empty when the title has no Latin
 * letters or digits (a title in Cyrillic, say): then the editor names the file.
 */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[łæøœßđðþı]/g, (letter) => LETTERS[letter]!)
      .replace(/['’‘`]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      // Stryker disable next-line Regex: the line above leaves at most one hyphen at either end, so `-` and `-+` trim alike.
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * Fragment ids within a page, as rehype-slug gives headings (GitHub's slugger: any script, and a
 * number appended to repeats). One slugger per page keeps every id on it unique.
 */
export function createSlugger(): { slug(text: string): string } {
  return new GithubSlugger();
}

/** Films per page of the films index, in either order (/films/, /films/by-year/). */
export const FILMS_PAGE_SIZE = 50;
/** How many pages the films index has in each order: one at least, even for no films. */
export const filmsIndexPages = (films: number) => Math.max(1, Math.ceil(films / FILMS_PAGE_SIZE));

/**
 * The folder of the words "did you mean" corrects against, one file per first letter
 * (`e.json`, `u44f.json`: vocabularyKey in src/shared/search/query.ts), written with the search
 * index (src/server/search/pagefind-index.ts).
 */
// Stryker disable next-line StringLiteral: a configuration value; a unit test would only restate it (the builds and browser tests read it where it is used).
export const VOCABULARY_PATH = 'search-vocabulary/';

/**
 * The folder of the films' alias groups, one file per first letter as the vocabulary
 * (src/pages/search-aliases/[piece].json.ts); the search page lists which pieces exist.
 */
// Stryker disable next-line StringLiteral: a configuration value, as VOCABULARY_PATH.
export const ALIASES_PATH = 'search-aliases/';
