/**
 * Where link-preview images live and how they are described. The images themselves are drawn at
 * build time (src/server/publishing/social-image-drawing.ts): an essay's by the build's last step, from the
 * list src/pages/social/images.json.ts writes; the site's by its endpoint.
 */
import { SITE_NAME } from '../../shared/site';
import { href } from '../../shared/urls';

/** Where an essay's preview image is, relative to the site's base. */
export const essaySocialImagePath = (id: string) => `social/essays/${id}.png`;

/** A page's preview image: a site-relative URL (base included) and its alternative text. */
export interface SocialImage {
  path: string;
  alt: string;
}

/** The site's own preview image, for every page that has no image of its own. */
export const DEFAULT_SOCIAL_IMAGE: SocialImage = {
  path: href('social/site.png'),
  alt: `${SITE_NAME}: long-form film criticism`,
};

/** An essay's preview image: its title, and the film it is about. */
export function essaySocialImage(essay: { id: string; title: string }, film: { title: string; year: number }): SocialImage {
  return {
    path: href(essaySocialImagePath(essay.id)),
    alt: `${essay.title}: an essay on ${film.title} (${film.year}), in ${SITE_NAME}`,
  };
}
