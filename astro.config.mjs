// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { rehypeEssayPlugins, remarkEssayPlugins } from './src/server/markdown/plugins.ts';
import { cachedMdx } from './src/server/markdown/mdx-cache.ts';
import { HEAD_BOOT_SCRIPT } from './src/server/boot-script.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, sha256Source } from './src/server/publishing/csp.ts';
import cspHeaders from './src/server/publishing/csp-headers.ts';
import requireSiteUrl, { siteUrl } from './src/server/publishing/site-url.ts';

/** Where the site lives under its origin: '/' for a root domain, '/long-take/' for a project page. */
const BASE = process.env.BASE_PATH || '/';

export default defineConfig({
  // Where the site is deployed: the origin (SITE_URL) and the path under it (BASE_PATH, '/' for a
  // root domain, '/long-take/' for a project page). Canonical URLs, link previews, the feed and the
  // sitemap are absolute URLs built from both. A build for deployment stops without SITE_URL;
  // local and test builds (LOCAL_BUILD=1) use a placeholder (requireSiteUrl below). See "Deploy"
  // in the README.
  site: siteUrl(),
  base: BASE,
  // Fixture, sub-path and benchmark builds go to their own folders, next to the real dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // A build of another content folder (CONTENT_DIR: fixtures, benchmarks, copies in tests) keeps
  // its content cache beside that folder. Sharing the site's cache is unsafe: Astro reuses a cached
  // entry whose id and text are unchanged even after its file moved, so a copy's deleted path
  // would leak into the next build.
  cacheDir: process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR, '..', '.astro') : './node_modules/.astro',
  // Astro 7's default 'jsx' mode drops whitespace between inline elements ("Varda,Cléo"); keep v6's.
  compressHTML: true,
  build: {
    // One request for an essay: the stylesheet is small enough to travel inside the HTML.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Astro 7's default Rust processor runs no remark/rehype plugins; ours need unified. Essays
    // compile through a persistent cache (src/server/markdown/mdx-cache.ts): a rebuild compiles
    // only what changed.
    processor: cachedMdx(
      unified({
        // The seeds' straight quotes are the publisher's text; smart quotes would rewrite them.
        smartypants: false,
        remarkPlugins: [remarkGfm, ...remarkEssayPlugins({ base: BASE })],
        rehypePlugins: [rehypeSlug, ...rehypeEssayPlugins],
        remarkRehype: {
          footnoteLabel: 'Notes',
          // GFM hides the heading from sight; readers of long essays look for it.
          footnoteLabelProperties: { className: ['notes-heading'] },
          // "…, mark 2", not "(mark 2)": the link shows "↩2", and that 2 must be in its accessible name
          // for voice control (WCAG 2.5.3); name matching skips parenthesised words.
          footnoteBackLabel: (/** @type {number} */ referenceIndex, /** @type {number} */ rereferenceIndex) =>
            `Back to the text of note ${referenceIndex + 1}${rereferenceIndex > 1 ? `, mark ${rereferenceIndex}` : ''}`,
        },
      }),
    ),
    // No code in film essays; Shiki's inline styles would also need CSP exceptions.
    syntaxHighlight: false,
  },
  security: {
    // A strict policy as a <meta> tag on every page (src/server/publishing/csp.ts): Astro hashes the scripts and
    // styles it processes; the boot script is `is:inline`, which Astro does not hash, so its hash is
    // computed here from the same constant the layout prints.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES], hashes: [sha256Source(HEAD_BOOT_SCRIPT)] },
    },
  },
  integrations: [
    // First, so that a build for deployment without SITE_URL stops before any work.
    requireSiteUrl(),
    mdx(),
    // Lists pages only (not the feed, robots.txt or the preview cards) and skips 404.html.
    sitemap(),
    // cspHeaders writes the same policy as an HTTP header for hosts, into the build's _headers.
    // The search index and the essays' cards come after Astro's build (scripts/build.ts).
    cspHeaders(),
  ],
  experimental: {
    // Writes .astro/collections/collections.json, which maps each essay to its JSON schema for the
    // Astro editor extension's frontmatter completion (README: "Frontmatter completion").
    contentIntellisense: true,
  },
});
