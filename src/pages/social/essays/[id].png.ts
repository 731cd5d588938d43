/** Each essay's link-preview card: its title and its film, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { filmOf, getEssays } from '../../../server/content/queries';
import { prefetchSocialCards, renderSocialCard, type SocialCard } from '../../../server/publishing/social-card';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    (await getEssays()).map(async (essay) => {
      const film = (await filmOf(essay)).data;
      const card: SocialCard = { title: essay.data.title, footer: { film: film.title, year: film.year, directors: film.directors } };
      return { params: { id: essay.id }, props: { card } };
    }),
  );
  // A build asks for every card: start drawing them now, in parallel with the pages.
  if (import.meta.env.PROD) prefetchSocialCards(paths.map((path) => path.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props: { card } }) =>
  new Response(await renderSocialCard(card), { headers: { 'Content-Type': 'image/png' } });
