/** The publication's name, used in titles, the header and feeds. */
export const SITE_NAME = 'Long Take';
/** One line on what the site is, for the home page's meta description. */
export const SITE_DESCRIPTION = 'Long-form film criticism: essays to read closely, search across and follow to their sources.';
