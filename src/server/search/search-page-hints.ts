import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_LANGUAGE } from '../../shared/site';

/** The search page's own preload of Pagefind's WebAssembly (src/pages/search.astro), after which the hints go. */
const WASM_HINT = new RegExp(
  `<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]*)pagefind/wasm\\.${SITE_LANGUAGE}\\.pagefind">`,
);

/** What the search page's first query fetches whose name is known only once the site is built and indexed. */
export interface SearchPageHints {
  /** The search page's module, in `_astro/`: the site's module imports it only after it has run itself. */
  module: string;
  /** Names the entry file's content; given to Pagefind as `metaCacheTag`, it replaces the time Pagefind would otherwise add. */
  entryTag: string;
  /** Pagefind's metadata file for the site's language, named by its content. */
  metaFile: string;
}

/**
 * The search page's HTML with preload hints for its module, Pagefind's entry file and its metadata,
 * written after the preload of Pagefind's WebAssembly. Pagefind fetches the entry, then the
 * metadata, only once its script and WebAssembly have loaded and the page has asked for it; with
 * the hints, both are already there. Throws if the page has no WebAssembly hint to follow.
 */
export function withSearchPageHints(html: string, hints: SearchPageHints): string {
  const wasm = WASM_HINT.exec(html);
  if (!wasm)
    throw new Error('the search page has no preload of Pagefind’s WebAssembly (src/pages/search.astro) for the index’s hints to follow');
  const base = wasm[1]!;
  const fetchHint = (href: string, attributes = '') =>
    `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}"${attributes}>`;
  const added = [
    `<link rel="modulepreload" href="${base}_astro/${hints.module}">`,
    // The page's module reads the tag from this hint (src/client/search/pagefind.ts), so both ask for one address.
    fetchHint(`${base}pagefind/pagefind-entry.json?ts=${hints.entryTag}`, ' data-pagefind-entry'),
    fetchHint(`${base}pagefind/${hints.metaFile}`),
  ].join('');
  const at = wasm.index + wasm[0].length;
  return `${html.slice(0, at)}${added}${html.slice(at)}`;
}

/** The hints of a built and indexed site in `site`, read from its files. */
export function searchPageHintsOf(site: string): SearchPageHints {
  const entryText = readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as { languages?: Record<string, { hash?: string } | undefined> };
  const hash = entry.languages?.[SITE_LANGUAGE]?.hash;
  if (!hash) throw new Error(`Pagefind's entry file names no index in the site's language (${SITE_LANGUAGE})`);
  const modules = readdirSync(path.join(site, '_astro')).filter((file) => /^search-page-[\w-]+\.js$/.test(file));
  if (modules.length !== 1)
    throw new Error(`expected one search page module in _astro/, found ${modules.length}: ${modules.join(', ') || 'none'}`);
  return {
    module: modules[0]!,
    entryTag: createHash('sha256').update(entryText).digest('hex').slice(0, 16),
    metaFile: `pagefind.${hash}.pf_meta`,
  };
}

/**
 * Writes the hints into the built search page (`search/index.html`): the build's last step, after
 * the index. A site without a search page (a test fixture with a page of its own) is left alone.
 */
export function writeSearchPageHints(site: string): boolean {
  const page = path.join(site, 'search', 'index.html');
  if (!existsSync(page)) return false;
  writeFileSync(page, withSearchPageHints(readFileSync(page, 'utf8'), searchPageHintsOf(site)));
  return true;
}
