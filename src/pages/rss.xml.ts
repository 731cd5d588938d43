/** The RSS feed (src/server/routes/feed.ts says what it holds, and why summaries only). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { catalogue } from '../server/content/queries';
import { feedRouteData } from '../server/routes/feed';

export const GET: APIRoute = async ({ site }) => rss(feedRouteData({ catalogue: await catalogue(), site }));
