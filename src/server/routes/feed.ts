/**
 * The RSS feed's channel and items: every published essay, newest first, as a summary (its
 * spoiler-free description), never its text. A feed reader has no spoiler gate, and an essay's
 * notes, popovers and gate do not survive in one; the summary links to the page, where they do.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Catalogue } from '../content/queries';
import { FEED_PATH, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../../shared/site';
import { absoluteUrl, essayHref, href } from '../../shared/urls';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text for raw XML (`customData`): the five characters that must not appear as they are. */
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The feed, as `@astrojs/rss` takes it. */
export function feedRouteData({ catalogue, site }: { catalogue: Catalogue; site: URL | undefined }): RSSOptions & { items: RSSFeedItem[] } {
  const items = catalogue.essays.map((essay) => {
    const { data } = essay;
    return {
      title: data.title,
      link: absoluteUrl(essayHref(essay.id), site),
      description: data.description,
      // RSS dates are whole timestamps: an essay known only to the month or year gets none
      // rather than an invented day; dc:date carries the date as precisely as it is known.
      pubDate: data.published.day === undefined ? undefined : data.published.start,
      // Every film the essay discusses, its subject first: feed readers file items by category.
      categories: data.films.map((film) => catalogue.film(film.id).data.title),
      customData: `<dc:date>${data.published.iso}</dc:date>${data.authors.map((name) => `<dc:creator>${xml(name)}</dc:creator>`).join('')}`,
    };
  });
  return {
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absoluteUrl(href(), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${SITE_LANGUAGE}</language><atom:link href="${absoluteUrl(href(FEED_PATH), site)}" rel="self" type="application/rss+xml"/>`,
    items,
  };
}
