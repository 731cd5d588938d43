// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import remarkEssayNotes from './src/plugins/remark-essay-notes.ts';
import rehypeNoteMarks from './src/plugins/rehype-note-marks.ts';
import { SPOILER_BOOT_SCRIPT } from './src/scripts/spoiler-boot.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, sha256Source } from './src/lib/csp.ts';
import cspHeaders from './src/integrations/csp-headers.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.com',
  base: process.env.BASE_PATH ?? '/',
  // Fixture, sub-path and benchmark builds go to their own folders, next to the real dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro 7's default 'jsx' mode drops whitespace between inline elements ("Varda,Cléo"); keep v6's.
  compressHTML: true,
  build: {
    // One request for an essay: the stylesheet is small enough to travel inside the HTML.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Astro 7's default Rust processor runs no remark/rehype plugins; ours need unified.
    processor: unified({
      // The seeds' straight quotes are the publisher's text; smart quotes would rewrite them.
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkEssayNotes],
      rehypePlugins: [rehypeSlug, rehypeNoteMarks],
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
    // No code in film essays; Shiki's inline styles would also need CSP exceptions.
    syntaxHighlight: false,
  },
  security: {
    // A strict policy as a <meta> tag on every page (src/lib/csp.ts): Astro hashes the scripts and
    // styles it processes; the head script is `is:inline`, which Astro does not hash, so its hash is
    // computed here from the same constant the layout prints.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES], hashes: [sha256Source(SPOILER_BOOT_SCRIPT)] },
    },
  },
  // cspHeaders writes the same policy as an HTTP header for hosts, into the build's _headers.
  integrations: [mdx(), cspHeaders()],
});
