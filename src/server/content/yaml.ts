/**
 * YAML as editors write it, read the same way by the collections' loaders and by what reads
 * content outside Astro (the plugins' shared sources): YAML 1.2's core schema, so that dates stay
 * the text they were written as (see loaders.ts).
 */
import { parse } from 'yaml';

/** Astro's frontmatter fence (@astrojs/internal-helpers), YAML only: a BOM or blank lines may precede it. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * A YAML document as written: YAML 1.2's core schema (no timestamps, so dates stay text), with
 * `<<` merge keys as js-yaml reads them. Not a mapping (empty, say) gives `{}`, as Astro does.
 */
export function readYaml(text: string): Record<string, unknown> {
  const data: unknown = parse(text, { schema: 'core', merge: true });
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The frontmatter of an MDX file as written (see `readYaml`); `{}` when it has none. */
export function readFrontmatter(mdx: string): Record<string, unknown> {
  const yaml = FRONTMATTER.exec(mdx)?.[1];
  return yaml === undefined ? {} : readYaml(yaml);
}
