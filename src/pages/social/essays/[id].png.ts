/**
 * Each essay's link-preview card, drawn on request by the dev server. A build draws them in its
 * last step instead (src/server/build/finish.ts), after Astro's process has exited and beside the
 * search index, from the list cards.json.ts writes: drawing a thousand cards here took a third of
 * the build's page rendering.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { essayCards, type EssayCard } from '../../../server/publishing/essay-cards';
import { renderSocialCard } from '../../../server/publishing/social-card';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return (await essayCards()).map((entry) => ({ params: { id: entry.id }, props: { ...entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<EssayCard> = async ({ props: { card } }) =>
  new Response(await renderSocialCard(card), { headers: { 'Content-Type': 'image/png' } });
