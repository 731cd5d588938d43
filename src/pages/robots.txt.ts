/**
 * robots.txt: everything may be crawled; the sitemap says what there is. Crawlers read it only at
 * a host's root, so on a sub-path deploy it documents the sitemap's address and the host's own
 * robots.txt governs (see the README's deploy section).
 */
import type { APIRoute } from 'astro';
import { SITEMAP_PATH } from '../shared/site';
import { absoluteUrl, href } from '../shared/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(href(SITEMAP_PATH), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
