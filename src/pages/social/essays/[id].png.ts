/**
 * Each essay's link-preview image, drawn on request by the dev server. A build draws them in its
 * last step instead (src/server/build/finish.ts), after Astro's process has exited and beside the
 * search index, from the list images.json.ts writes: drawing a thousand images here took a third of
 * the build's page rendering.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { essaySocialImages, type EssaySocialImage } from '../../../server/publishing/essay-social-images';
import { drawSocialImage } from '../../../server/publishing/social-image-drawing';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return (await essaySocialImages()).map((entry) => ({ params: { id: entry.id }, props: { ...entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<EssaySocialImage> = async ({ props: { text } }) =>
  new Response(await drawSocialImage(text), { headers: { 'Content-Type': 'image/png' } });
