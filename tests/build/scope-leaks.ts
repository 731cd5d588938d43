/**
 * A checker for spoiler tokens in a built site: walks every file the build wrote and, for each
 * occurrence of a token (matched without regard to case, so slugs and the vocabulary's lower-case
 * words count), decides whether it lies inside a scope that covers what the token needs.
 * - HTML: a text node or an attribute is covered by the `data-spoiler-scope` of its element and
 *   every ancestor (an attribute is the element's own, so its own scope counts); scripts and
 *   styles are never covered.
 * - Pagefind's records (`pagefind/fragment/*`, gzip): covered by the record's `scope` metadata.
 * - Pagefind's word index (`*.pf_index`): the words of every record, scoped ones included, so
 *   search can find a passage for a reader who accepted it; occurrences there are not leaks (the
 *   records they point to are checked above) and are not counted as sightings either.
 * - Everything else (the vocabulary, feed, sitemap, exports, Pagefind's metadata and filters,
 *   scripts, styles, cards): never covered.
 * A token that needs no scope (public, such as a film's own fields) is covered everywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A token of a fixture, and the scopes (`film:level`) a reader must accept before it may show. */
export interface SpoilerToken {
  token: string;
  needs: readonly string[];
  /** The placement, for the test's name. */
  where: string;
}

const RANK = { mild: 1, major: 2 } as const;

/** Whether open scopes cover every needed one: `film:major` covers `film:mild`. */
export function coverage(open: Iterable<string>, needs: readonly string[]): boolean {
  const best = new Map<string, number>();
  for (const token of open) {
    const [film, level] = token.split(':');
    const rank = RANK[level as keyof typeof RANK];
    if (film && rank) best.set(film, Math.max(best.get(film) ?? 0, rank));
  }
  return needs.every((token) => {
    const [film, level] = token.split(':');
    return (best.get(film!) ?? 0) >= RANK[level as keyof typeof RANK];
  });
}

/** Every file under a folder, relative and with `/`, sorted. */
export function filesOf(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A Pagefind data file's text: gzip, then Pagefind's marker before the payload. */
export function pagefindText(bytes: Buffer): string {
  try {
    return gunzipSync(bytes)
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
  } catch {
    return bytes.toString('utf8');
  }
}

/** One place a token was seen: the file, where in it, and whether its scope covers the token. */
export interface Sighting {
  file: string;
  where: string;
  covered: boolean;
}

/** A text (or comment) node or an attribute of a page, with the scopes open around it and where it is. */
export interface HtmlPlace {
  kind: 'text' | 'comment' | 'attribute';
  value: string;
  /** The `data-spoiler-scope` tokens of its element and every ancestor (an attribute's own element counts); none inside scripts and styles. */
  open: readonly string[];
  where: string;
}

/** Every text node, comment and attribute of a page, templates' contents included, with its open scopes. */
export function htmlPlaces(html: string): HtmlPlace[] {
  const places: HtmlPlace[] = [];
  const walk = (node: Root | RootContent, open: readonly string[], trail: string) => {
    if (node.type === 'text' || node.type === 'comment') {
      places.push({ kind: node.type, value: node.value, open, where: `${node.type} in ${trail}` });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let here = open;
    let where = trail;
    if (node.type === 'element') {
      const element = node as Element;
      where = `${trail} > ${element.tagName}${element.properties.id ? `#${String(element.properties.id)}` : ''}`;
      const own = element.properties.dataSpoilerScope;
      if (own !== undefined) here = [...open, ...[own].flat().join(' ').split(/\s+/)];
      if (element.tagName === 'script' || element.tagName === 'style') here = [];
      for (const [name, value] of Object.entries(element.properties)) {
        places.push({ kind: 'attribute', value: [value].flat().join(' '), open: here, where: `attribute ${name} of ${where}` });
      }
    }
    const children = node.type === 'element' && node.tagName === 'template' ? (node.content?.children ?? []) : node.children;
    for (const child of children) walk(child, here, where);
  };
  walk(fromHtml(html), [], '');
  return places;
}

function htmlSightings(file: string, html: string, token: SpoilerToken): Sighting[] {
  const needle = token.token.toLowerCase();
  return htmlPlaces(html)
    .filter((place) => place.value.toLowerCase().includes(needle))
    .map((place) => ({ file, where: place.where, covered: coverage(place.open, token.needs) }));
}

/** Every place the build wrote `token`, with whether each lies in a scope that covers it. */
export function sightings(site: string, files: readonly string[], token: SpoilerToken): Sighting[] {
  const needle = token.token.toLowerCase();
  return files.flatMap((file): Sighting[] => {
    const bytes = readFileSync(path.join(site, file));
    if (file.endsWith('.html')) {
      const html = bytes.toString('utf8');
      return html.toLowerCase().includes(needle) ? htmlSightings(file, html, token) : [];
    }
    if (file.startsWith('pagefind/') && !/\.(js|css|json|wasm)$/.test(file)) {
      const text = pagefindText(bytes);
      if (!text.toLowerCase().includes(needle) || file.endsWith('.pf_index')) return [];
      if (file.startsWith('pagefind/fragment/')) {
        const record = JSON.parse(text) as { url: string; meta: Record<string, string> };
        const scope = (record.meta.scope ?? '').split(/\s+/);
        return [{ file, where: `the record of ${record.url}`, covered: coverage(scope, token.needs) }];
      }
      return [{ file, where: 'Pagefind data outside records', covered: token.needs.length === 0 }];
    }
    return bytes.toString('latin1').toLowerCase().includes(needle) ? [{ file, where: 'the file', covered: token.needs.length === 0 }] : [];
  });
}
