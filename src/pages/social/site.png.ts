/** The site's own link-preview image, for every page without an image of its own. */
import type { APIRoute } from 'astro';
import { drawSocialImage } from '../../server/publishing/social-image-drawing';

export const GET: APIRoute = async () => {
  const png = await drawSocialImage({
    title: 'Long-form film criticism',
    footer: 'Essays to read closely, search across and follow to their sources.',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
