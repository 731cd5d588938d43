/**
 * The site the bench measures, and the pages it weighs. The bench is a workspace inside the site's
 * repository and depends on it by path: the site is the folder above this one, its npm scripts
 * build it, and its node_modules give the bench Astro, Vite, Playwright and yaml (Node resolves a
 * bare import by walking up the folders). The bench's own package.json holds only what the site
 * never uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The site's root: its package.json, content/ and node_modules/. Corpus folders are relative to it. */
export const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The editors' content folder: the launch essays every corpus is made from. */
export const CONTENT = path.join(ROOT, 'content');

/** A launch essay's frontmatter and Markdown body. */
export function readMdx(file: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { frontmatter: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** The page types the bench weighs and audits with Lighthouse. */
export type PageType = 'home' | 'essay' | 'film' | 'search';

/**
 * Each page type's path on the site: the home page, the first launch essay by file name, the film
 * it is about (its `film`, else its first `subject`) and search. Every generated corpus holds the
 * launch essays, so these pages exist at every size.
 */
export function launchPages(content = CONTENT): Record<PageType, string> {
  const essays = path.join(content, 'essays');
  const name = readdirSync(essays)
    .filter((file) => file.endsWith('.mdx'))
    .sort()[0];
  if (!name) throw new Error(`${essays}: no launch essay to weigh`);
  const { frontmatter } = readMdx(path.join(essays, name));
  const film = frontmatter.film ?? [frontmatter.subject].flat()[0];
  if (typeof film !== 'string') throw new Error(`${path.join(essays, name)}: neither film nor subject names the film whose page the bench weighs`);
  return { home: '', essay: `essays/${name.replace(/\.mdx$/, '')}/`, film: `films/${film}/`, search: 'search/' };
}
