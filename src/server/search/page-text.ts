/**
 * Reads a built page the way search needs it, in one pass over its HTML (our own markup, so a
 * small tag scanner suffices and costs far less than a full parser at 1,000 pages):
 * - the metadata, filters and sort keys SearchMeta.astro wrote (`data-pagefind-*` attributes);
 * - each spoiler region: text that waits for consent (`data-spoiler-scope`) and that the page's
 *   own search record leaves out (`data-pagefind-ignore="all"`), with the scopes of the region and
 *   of every scoped element around it, so search can index it apart, under its scopes; a region
 *   inside another keeps its own text, which the outer region's record leaves out;
 * - the safe text: what the page's main content shows outside every scope (and outside what
 *   search ignores, such as controls), for the vocabulary "did you mean" draws on, which every
 *   reader can fetch. Listings count: their titles and descriptions are spoiler-free by design.
 */
import { decodeEntities } from '../../shared/search/query';

/** A passage of a page that only readers whose consent covers `scopes` may see. */
export interface SpoilerRegion {
  /** The element's id, for a deep link (`#spoiler-1`, `#note-inside`). */
  id: string | undefined;
  /** Scope tokens (`film:level`), the region's own and those of the scoped elements around it. */
  scopes: string[];
  text: string;
}

export interface PageText {
  /** The text of its first `<h1>`, as Pagefind takes a page's title. */
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  regions: SpoilerRegion[];
  /** The text of `<main>` outside every scope and every `data-pagefind-ignore`. */
  safeText: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) {
    attributes.set(name!.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

interface Open {
  tag: string;
  /** Inside `<main>`. */
  main: boolean;
  body: boolean;
  ignored: boolean;
  scopes: string[];
  region: SpoilerRegion | undefined;
}

/** `key:value` as Pagefind's attributes write it; the value may hold colons. */
function keyValue(text: string): [string, string] | undefined {
  const at = text.indexOf(':');
  return at > 0 ? [text.slice(0, at), text.slice(at + 1)] : undefined;
}

export function readPageText(html: string): PageText {
  const page: PageText = { title: '', meta: {}, filters: {}, sort: {}, regions: [], safeText: '' };
  let heading: 'before' | 'in' | 'after' = 'before';
  const safe: string[] = [];
  const stack: Open[] = [];
  const top = (): Open => stack.at(-1) ?? { tag: '', main: false, body: false, ignored: false, scopes: [], region: undefined };
  let last = 0;
  let skipUntil: string | undefined;

  const text = (raw: string) => {
    const { main, body, ignored, scopes, region } = top();
    if (!(main || body) || !raw.trim()) return;
    const value = decodeEntities(raw);
    if (heading === 'in') page.title += value;
    if (region) region.text += value;
    else if (!ignored && scopes.length === 0) safe.push(value);
  };

  for (const match of html.matchAll(TAG)) {
    const [whole, closing, rawTag, rawAttributes = ''] = match;
    if (skipUntil) {
      if (closing && rawTag!.toLowerCase() === skipUntil) {
        skipUntil = undefined;
        last = match.index + whole.length;
      }
      continue;
    }
    text(html.slice(last, match.index));
    last = match.index + whole.length;
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    // A tag boundary separates words: "</p><p>" must not glue two paragraphs' words together.
    const gap = () => {
      const region = top().region;
      if (region) region.text += ' ';
      else safe.push(' ');
    };
    if (closing) {
      const at = stack.findLastIndex((open) => open.tag === tag);
      if (at >= 0) stack.length = at;
      if (tag === 'h1' && heading === 'in') heading = 'after';
      gap();
      continue;
    }
    const attributes = attributesOf(rawAttributes);
    for (const [attribute, target] of [
      ['data-pagefind-meta', page.meta],
      ['data-pagefind-sort', page.sort],
    ] as const) {
      const pair = attributes.has(attribute) ? keyValue(attributes.get(attribute)!) : undefined;
      if (pair) target[pair[0]] = pair[1];
    }
    const filter = attributes.has('data-pagefind-filter') ? keyValue(attributes.get('data-pagefind-filter')!) : undefined;
    if (filter) (page.filters[filter[0]] ??= []).push(filter[1]);

    if (tag === 'script' || tag === 'style' || tag === 'template') {
      if (!rawAttributes.trimEnd().endsWith('/')) skipUntil = tag;
      continue;
    }
    if (VOID.has(tag) || rawAttributes.trimEnd().endsWith('/')) {
      gap();
      continue;
    }
    const parent = top();
    const own = (attributes.get('data-spoiler-scope') ?? '').split(/\s+/).filter(Boolean);
    const scopes = own.length > 0 ? [...new Set([...parent.scopes, ...own])] : parent.scopes;
    const body = parent.body || attributes.has('data-pagefind-body');
    let region = parent.region;
    // A passage inside another is a region of its own, under both scopes: its text must not
    // reach readers who accepted only the outer one.
    if (body && (parent.region || !parent.ignored) && own.length > 0 && attributes.get('data-pagefind-ignore') === 'all') {
      region = { id: attributes.get('id'), scopes, text: '' };
      page.regions.push(region);
    }
    if (tag === 'h1' && heading === 'before' && body) heading = 'in';
    stack.push({
      tag,
      main: parent.main || tag === 'main',
      body,
      ignored: parent.ignored || attributes.has('data-pagefind-ignore'),
      scopes,
      region,
    });
    gap();
  }
  text(html.slice(last));
  for (const region of page.regions) region.text = region.text.replace(/\s+/g, ' ').trim();
  page.safeText = safe.join('').replace(/\s+/g, ' ').trim();
  page.title = page.title.replace(/\s+/g, ' ').trim();
  return page;
}
