/** The site's own link-preview card, for every page without a card of its own. */
import type { APIRoute } from 'astro';
import { renderSocialCard } from '../../server/publishing/social-card';

export const GET: APIRoute = async () => {
  const png = await renderSocialCard({
    title: 'Long-form film criticism',
    footer: 'Essays to read closely, search across and follow to their sources.',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
