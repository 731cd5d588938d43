/**
 * The baseline's Markdown options: the processor the site is specified with, and nothing of the
 * site's own. The bench's bare Astro site (bench/baseline.ts) imports this from its
 * generated astro.config.mjs, and bench/tests/baseline.test.ts checks it against the site's
 * astro.config.mjs, so the two cannot drift apart unnoticed.
 *
 * smartypants is off because the site turns it off: Astro's default (on) costs the bare site about
 * 50 % more build time at 1,000 essays, which would flatter every ratio to it.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';

/** The options both sites give `unified()`: the site adds its own plugins after these. */
export const BASELINE_PROCESSOR_OPTIONS = {
  smartypants: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSlug],
};

/** The `markdown` block of the baseline's Astro config. */
export function baselineMarkdown() {
  return {
    processor: unified({
      ...BASELINE_PROCESSOR_OPTIONS,
      remarkPlugins: [...BASELINE_PROCESSOR_OPTIONS.remarkPlugins],
      rehypePlugins: [...BASELINE_PROCESSOR_OPTIONS.rehypePlugins],
    }),
    // As the site: no code in film essays, so no Shiki.
    syntaxHighlight: false as const,
  };
}
