/** The publication's name, used in titles, the header and feeds. */
export const SITE_NAME = 'Long Take';
/** One line on what the site is, for the home page's meta description. */
export const SITE_DESCRIPTION = 'Long-form film criticism: essays to read closely, search across and follow to their sources.';
/** The language of every page, the feed and the structured data. */
export const SITE_LANGUAGE = 'en';

/**
 * The palette's key colours, for what CSS cannot reach: the browser's `theme-color` and the
 * link-preview cards. They are the `--lt-*` tokens of src/styles/global.css (a unit test keeps
 * the two in step).
 */
export const THEME_COLORS = {
  light: { background: '#fdfcf9', text: '#1f1d1a', muted: '#5c574f', border: '#d9d3c7', accent: '#8a2b12' },
  dark: { background: '#16150f', text: '#ebe7dd', muted: '#b3ac9f', border: '#474238', accent: '#f0a487' },
} as const;

/** Where the feed and the sitemap are, relative to the site's base. */
export const FEED_PATH = 'rss.xml';
export const SITEMAP_PATH = 'sitemap-index.xml';

/** Essays per archive page (/archive/, /archive/2/, …). */
export const ARCHIVE_PAGE_SIZE = 20;
