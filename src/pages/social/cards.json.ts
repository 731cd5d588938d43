/**
 * The essays' link-preview cards a build must draw, as JSON: the build's last step
 * (src/server/build/finish.ts) reads it, draws the cards beside the search index, and deletes it.
 * It is never published. Its path is CARD_LIST_PATH (src/shared/site.ts).
 */
import type { APIRoute } from 'astro';
import { essayCards } from '../../server/publishing/essay-cards';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await essayCards()), { headers: { 'Content-Type': 'application/json' } });
