/**
 * Where the site lives, for a build. Canonical URLs, the feed, the sitemap, robots.txt and link
 * previews are absolute URLs built from `SITE_URL`, so a build for deployment must be given it:
 * one that fell back to a placeholder would publish links to another site. Local and test builds
 * say what they are with `LOCAL_BUILD=1` (`npm run build:local`, `npm start`, `npm test`, the
 * fixture and sub-path builds, the benchmark) and get the placeholder. `astro dev`, `check`,
 * `sync` and `preview` never need it. See "Deploy" in the README.
 */
import type { AstroIntegration } from 'astro';

/** The origin of local and test builds: a reserved domain, so nothing built from it points anywhere real. */
export const PLACEHOLDER_SITE_URL = 'https://example.com';

type Env = Record<string, string | undefined>;

/** The `site` astro.config.mjs gives Astro: `SITE_URL`, or the placeholder. */
export function siteUrl(env: Env = process.env): string {
  return env.SITE_URL || PLACEHOLDER_SITE_URL;
}

/** Why an Astro command cannot run for want of `SITE_URL`, or undefined when it can. */
export function siteUrlProblem(command: string, env: Env = process.env): string | undefined {
  if (command !== 'build' || env.SITE_URL || env.LOCAL_BUILD === '1') return undefined;
  return (
    'SITE_URL is not set: a build for deployment needs the origin the site is served from, for its canonical URLs, ' +
    'feed, sitemap and link previews (SITE_URL=https://longtake.example npm run build). ' +
    `To build only to look at the site or test it, run \`npm run build:local\` (or \`npm start\`), which uses ${PLACEHOLDER_SITE_URL}.`
  );
}

/** Stops `astro build` before it starts when `siteUrlProblem` says so. */
export default function requireSiteUrl(): AstroIntegration {
  return {
    name: 'long-take:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const problem = siteUrlProblem(command);
        if (problem) throw new Error(problem);
      },
    },
  };
}
