/**
 * The baseline every build figure is divided by: a bare Astro MDX site over the same corpus, built
 * in the same run. The same Markdown processor and plugins as the site (baseline-markdown.ts), no
 * integration but MDX, a minimal layout, one page per essay and an index. It lives in
 * bench/baseline/ (not committed: the bench writes it anew each run) and uses the project's
 * node_modules through a symlink.
 *
 * The essays' MDX components (<Aside>, <Spoiler>…) render their children and nothing else: the
 * baseline pays for parsing them, not for what the site does with them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the bench writes the baseline site, relative to the project's root. */
const BASELINE_DIR = path.join('bench', 'baseline');

/** The baseline's caches, relative to its folder: all of them go before a cold build. */
export const BASELINE_CACHES = ['.astro-cache', '.vite', '.astro'] as const;

/** The capitalised JSX elements MDX files use (`<Aside …>`, `<Spoiler>`), sorted, each once. */
export function componentsIn(texts: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    // Code spans and fences never hold components in these essays, but a `<Foo>` in one must not count.
    const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    for (const match of prose.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

/**
 * The baseline site's files, by path inside its folder, for a content folder (absolute path)
 * whose essays use `components`.
 */
export function baselineFiles(contentDir: string, components: readonly string[]): Record<string, string> {
  const componentMap = components.map((name) => `${name}: PassThrough`).join(', ');
  return {
    'package.json': `${JSON.stringify({ name: 'long-take-bench-baseline', private: true, type: 'module', scripts: { build: 'astro build', dev: 'astro dev' } }, null, 2)}\n`,
    'astro.config.mjs': `// Written by bench/baseline.ts: the bare Astro MDX site the bench compares the site with.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { baselineMarkdown } from '../baseline-markdown.ts';

export default defineConfig({
  site: 'https://example.com',
  outDir: process.env.OUT_DIR ?? './dist',
  // Its own caches, never the project's (node_modules is a symlink to the project's).
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite' },
  markdown: baselineMarkdown(),
  integrations: [mdx()],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The corpus's essays, whatever their frontmatter holds: only the title is read.
export const collections = {
  essays: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: ${JSON.stringify(path.join(contentDir, 'essays'))} }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
    'src/layouts/Base.astro': `---
const { title } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
    'src/components/PassThrough.astro': `<slot />
`,
    'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Base from '../layouts/Base.astro';
const essays = (await getCollection('essays')).sort((a, b) => a.id.localeCompare(b.id));
---
<Base title="Essays">
  <ul>{essays.map((essay) => <li><a href={\`/essays/\${essay.id}/\`}>{essay.data.title}</a></li>)}</ul>
</Base>
`,
    'src/pages/essays/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
import PassThrough from '../../components/PassThrough.astro';
export async function getStaticPaths() {
  return (await getCollection('essays')).map((essay) => ({ params: { id: essay.id }, props: { essay } }));
}
const { essay } = Astro.props;
const { Content } = await render(essay);
---
<Base title={essay.data.title}>
  <article>
    <h1>{essay.data.title}</h1>
    <Content components={{ ${componentMap} }} />
  </article>
</Base>
`,
  };
}

/**
 * Writes the baseline site for `contentDir` into `<root>/bench/baseline/`, replacing what was
 * there (its caches and output included), and links the project's node_modules into it.
 */
export function writeBaselineSite(root: string, contentDir: string): { folder: string; components: string[] } {
  const folder = path.join(root, BASELINE_DIR);
  const essays = path.resolve(root, contentDir, 'essays');
  const texts = readdirSync(essays)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readFileSync(path.join(essays, name), 'utf8'));
  const components = componentsIn(texts);
  rmSync(folder, { recursive: true, force: true });
  for (const [file, text] of Object.entries(baselineFiles(path.resolve(root, contentDir), components))) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  symlinkSync(path.relative(folder, path.join(root, 'node_modules')), path.join(folder, 'node_modules'), 'dir');
  return { folder, components };
}
