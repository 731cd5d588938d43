/**
 * The bench's baseline (bench/baseline.ts) is only a fair yardstick if it runs the site's
 * Markdown processor with the site's options, and a cold build is only cold if the bench clears
 * the cache the site's config names: both checked against astro.config.mjs itself.
 */
import path from 'node:path';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import siteConfig from '../../astro.config.mjs';
import { baselineFiles, componentsIn } from '../baseline';
import { BASELINE_PROCESSOR_OPTIONS, baselineMarkdown } from '../baseline-markdown';
import { astroCacheDir, siteCaches } from '../caches';

const pluginOf = (entry: unknown) => (Array.isArray(entry) ? entry[0] : entry);

describe('the baseline’s Markdown processor', () => {
  const site = siteConfig.markdown?.processor;
  const baseline = baselineMarkdown().processor;
  if (!site || !isUnifiedProcessor(site) || !isUnifiedProcessor(baseline)) throw new Error('both sites must use unified()');

  it('is unified(), as the site’s', () => {
    expect(site.name).toBe('unified');
    expect(baseline.name).toBe('unified');
  });

  it('has smartypants off and GFM as the site has them', () => {
    expect(site.options.smartypants).toBe(false);
    expect(baseline.options.smartypants).toBe(site.options.smartypants);
    expect(baseline.options.gfm).toBe(site.options.gfm);
  });

  it('runs remark-gfm and rehype-slug, and nothing else: the site’s plugins come after them', () => {
    expect(baseline.options.remarkPlugins.map(pluginOf)).toEqual([remarkGfm]);
    expect(baseline.options.rehypePlugins.map(pluginOf)).toEqual([rehypeSlug]);
    expect(baseline.options.recmaPlugins).toEqual([]);
    expect(site.options.remarkPlugins.map(pluginOf).slice(0, 1)).toEqual(BASELINE_PROCESSOR_OPTIONS.remarkPlugins);
    expect(site.options.rehypePlugins.map(pluginOf).slice(0, 1)).toEqual(BASELINE_PROCESSOR_OPTIONS.rehypePlugins);
  });

  it('highlights no code, as the site', () => {
    expect(baselineMarkdown().syntaxHighlight).toBe(siteConfig.markdown?.syntaxHighlight);
  });
});

describe('the caches a cold build clears', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it.each([undefined, 'bench/corpora/100'])('include Astro’s cacheDir as astro.config.mjs sets it (CONTENT_DIR=%s)', async (contentDir) => {
    vi.stubEnv('CONTENT_DIR', contentDir ?? '');
    vi.resetModules();
    const { default: config } = await import('../../astro.config.mjs');
    const configured = path.resolve(process.cwd(), config.cacheDir ?? 'node_modules/.astro');
    expect(astroCacheDir(process.cwd(), contentDir)).toBe(configured);
    expect(siteCaches(process.cwd(), contentDir)).toContain(configured);
  });

  it('include the site’s own caches, whatever they are', () => {
    expect(siteCaches('/project')).toContain(path.join('/project', 'node_modules', '.cache', 'long-take'));
  });
});

describe('componentsIn', () => {
  it('finds the capitalised elements an essay uses, once each, and none in code or lower-case HTML', () => {
    const essays = [
      'Text <Spoiler>hidden</Spoiler> and <Aside title="x">',
      '<Aside source="y">\n\nBody\n\n</Aside> <Film />',
      'Code `<Fake>` and <span>html</span>',
    ];
    expect(componentsIn(essays)).toEqual(['Aside', 'Film', 'Spoiler']);
  });
});

describe('baselineFiles', () => {
  const files = baselineFiles('/corpus', ['Aside', 'Spoiler']);

  it('is a bare site: MDX only, an index, a page per essay and a minimal layout', () => {
    expect(Object.keys(files).sort()).toEqual([
      'astro.config.mjs',
      'package.json',
      'src/components/PassThrough.astro',
      'src/content.config.ts',
      'src/layouts/Base.astro',
      'src/pages/essays/[id].astro',
      'src/pages/index.astro',
    ]);
    expect(files['astro.config.mjs']).toContain('integrations: [mdx()]');
    expect(files['astro.config.mjs']).toContain('markdown: baselineMarkdown()');
  });

  it('reads the corpus’s essays with a glob and a permissive schema', () => {
    expect(files['src/content.config.ts']).toContain('base: "/corpus/essays"');
    expect(files['src/content.config.ts']).toContain('z.looseObject({ title: z.string() })');
  });

  it('renders every component the corpus uses as its children', () => {
    expect(files['src/pages/essays/[id].astro']).toContain('<Content components={{ Aside: PassThrough, Spoiler: PassThrough }} />');
    expect(files['src/components/PassThrough.astro'].trim()).toBe('<slot />');
  });
});
