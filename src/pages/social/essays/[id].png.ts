/** Each essay's link-preview card: its title and its film, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { filmOf, getEssays, type Essay } from '../../../lib/content';
import { renderSocialCard } from '../../../lib/social-card';

export const getStaticPaths = (async () => {
  const essays = await getEssays();
  return essays.map((essay) => ({ params: { id: essay.id }, props: { essay } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ essay: Essay }> = async ({ props: { essay } }) => {
  const film = (await filmOf(essay)).data;
  const png = await renderSocialCard({
    title: essay.data.title,
    footer: { film: film.title, year: film.year, directors: film.directors },
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
