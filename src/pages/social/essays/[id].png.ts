/** Each essay's link-preview card: its title and the film it is about, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue } from '../../../server/content/queries';
import { prefetchSocialCards, renderSocialCard, type SocialCard } from '../../../server/publishing/social-card';

export const getStaticPaths = (async () => {
  const cat = await catalogue();
  const paths = cat.essays.map((essay) => {
    const film = cat.film(essay.data.films[0]!.id).data;
    const card: SocialCard = { title: essay.data.title, footer: { film: film.title, year: film.year, directors: film.directors } };
    return { params: { id: essay.id }, props: { card } };
  });
  // A build asks for every card: start drawing them now, in parallel with the pages.
  if (import.meta.env.PROD) prefetchSocialCards(paths.map((path) => path.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props: { card } }) =>
  new Response(await renderSocialCard(card), { headers: { 'Content-Type': 'image/png' } });
