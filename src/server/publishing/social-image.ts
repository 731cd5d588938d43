/**
 * Where link-preview images live and how they are described. The images themselves are drawn at
 * build time (src/server/publishing/social-card.ts) by the endpoints under src/pages/social/.
 */
import { SITE_NAME } from '../../shared/site';
import { href } from '../../shared/urls';

/** The size every preview image is drawn at: the 1.91:1 card Open Graph and X recommend. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A page's preview image: a site-relative URL (base included) and its alternative text. */
export interface SocialImage {
  path: string;
  alt: string;
}

/** The site's own card, for every page that has no card of its own. */
export const DEFAULT_SOCIAL_IMAGE: SocialImage = {
  path: href('social/site.png'),
  alt: `${SITE_NAME}: long-form film criticism`,
};

/** An essay's card: its title, and the film it is about. */
export function essaySocialImage(essay: { id: string; title: string }, film: { title: string; year: number }): SocialImage {
  return {
    path: href(`social/essays/${essay.id}.png`),
    alt: `${essay.title}: an essay on ${film.title} (${film.year}), in ${SITE_NAME}`,
  };
}
