/**
 * The essays' link-preview images a build must draw, as JSON: the build's last step
 * (src/server/build/finish.ts) reads it, draws the images beside the search index, and deletes it.
 * It is never published. Its path is SOCIAL_IMAGE_LIST_PATH (src/shared/site.ts).
 */
import type { APIRoute } from 'astro';
import { essaySocialImages } from '../../server/publishing/essay-social-images';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await essaySocialImages()), { headers: { 'Content-Type': 'application/json' } });
