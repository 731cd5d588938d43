/**
 * Spoiler visibility is one property, decided at build time: every piece of text the build writes
 * is safe, or belongs to spoiler scopes, and no channel lets scoped text out of them. This walks
 * every file the fixture build wrote (tests/fixtures/content uses every kind of scope: an essay
 * gated for one film, `<Spoiler>` passages for two films, notes inside them, a note citing a late
 * scene) and looks for each spoiler phrase of the fixture:
 * - in HTML, only inside elements whose `data-spoiler-scope` covers the phrase's scopes (never in
 *   an attribute, a script or the head);
 * - in Pagefind's fragments, only in records whose `scope` covers them; never in its metadata;
 * - never in the vocabulary, the feed, the sitemap, robots.txt, the header file, scripts, styles
 *   or the link-preview images.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFolder } from './support';

const FIXTURE_BUILD = { folder: 'dist-fixture', base: '/', script: 'build:fixture' };

/** Each spoiler phrase of the fixture, and the scopes it belongs to. */
const SPOILERS = [
  { phrase: 'the pattern was a message all along', scopes: ['test-pattern:major'], where: 'a <Spoiler> in an essay without a gate' },
  { phrase: 'A note inside a spoiler passage', scopes: ['test-pattern:major'], where: 'a note whose mark is in that passage' },
  { phrase: '1:52:10', scopes: ['test-pattern:major'], where: 'a note citing a scene after spoilersFrom' },
  { phrase: 'the projectionist burns the last reel', scopes: ['test-pattern:mild'], where: 'an essay behind a gate' },
  {
    phrase: 'the thief is Zarathustra Quell',
    scopes: ['test-pattern:mild', 'second-reel:major'],
    where: 'a <Spoiler> for another film, inside the gate',
  },
  { phrase: 'Quell confesses in the lobby', scopes: ['test-pattern:mild', 'second-reel:major'], where: 'a note in that passage' },
] as const;
/** Words that occur only in spoilers: none may reach the vocabulary every reader can fetch. */
const SPOILER_WORDS = ['Zarathustra', 'Quell', 'projectionist', 'confesses', 'usher', 'twist'];

let site: string;
let files: string[];

beforeAll(() => {
  site = builtFolder(FIXTURE_BUILD);
  files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
});

const read = (file: string) => readFileSync(path.join(site, file));
/** A Pagefind file's text: gzip, then Pagefind's own marker before the payload. */
const pagefindText = (file: string) =>
  gunzipSync(read(file))
    .toString('utf8')
    .replace(/^pagefind_dcd/, '');

/** Where a phrase appears in a page outside scopes that cover it: text nodes by their ancestors, attributes always. */
function leaks(html: string, phrase: string, scopes: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent, open: Set<string>, trail: string) => {
    if (node.type === 'text') {
      if (node.value.includes(phrase) && !scopes.every((scope) => open.has(scope))) found.push(`text in ${trail}`);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let here = open;
    let where = trail;
    if (node.type === 'element') {
      const element = node as Element;
      where = `${trail} > ${element.tagName}${element.properties.id ? `#${String(element.properties.id)}` : ''}`;
      for (const [name, value] of Object.entries(element.properties)) {
        if ([value].flat().join(' ').includes(phrase)) found.push(`attribute ${name} of ${where}`);
      }
      const own = element.properties.dataSpoilerScope;
      if (own !== undefined) here = new Set([...open, ...String([own].flat().join(' ')).split(/\s+/)]);
      if (element.tagName === 'script' || element.tagName === 'style') here = new Set();
    }
    for (const child of node.children) walk(child, here, where);
  };
  walk(fromHtml(html), new Set(), '');
  return found;
}

describe('a build of content with every kind of spoiler scope', () => {
  it('has the fixture’s pages, and its spoilers in them', () => {
    expect(files).toContain('essays/notes-fixture/index.html');
    expect(files).toContain('essays/two-reels/index.html');
    const pages = files.filter((file) => file.endsWith('.html')).map((file) => read(file).toString('utf8'));
    for (const { phrase } of SPOILERS)
      expect(
        pages.some((html) => html.includes(phrase)),
        phrase,
      ).toBe(true);
  });

  describe.each(SPOILERS)('“$phrase” ($where)', ({ phrase, scopes }) => {
    it('appears in no page outside its scopes', () => {
      const found = files
        .filter((file) => file.endsWith('.html'))
        .flatMap((file) => leaks(read(file).toString('utf8'), phrase, scopes).map((leak) => `${file}: ${leak}`));
      expect(found).toEqual([]);
    });

    it('appears in no search fragment but those of records in its scopes', () => {
      const found = files
        .filter((file) => file.startsWith('pagefind/fragment/'))
        .flatMap((file) => {
          const fragment = JSON.parse(pagefindText(file)) as { url: string; meta: Record<string, string> };
          const recordScopes = new Set((fragment.meta.scope ?? '').split(/\s+/));
          const text = JSON.stringify(fragment);
          return text.includes(phrase) && !scopes.every((scope) => recordScopes.has(scope)) ? [`${file} (${fragment.url})`] : [];
        });
      expect(found).toEqual([]);
      // …and it is still searchable: some record in its scopes holds it.
      const holders = files.filter((file) => file.startsWith('pagefind/fragment/') && pagefindText(file).includes(phrase));
      expect(holders.length, 'no record holds it: search could not find the essay by it').toBeGreaterThan(0);
    });

    it('appears nowhere else the build writes: search metadata and filters, feed, sitemap, scripts, styles, preview images', () => {
      const found = files
        .filter((file) => !file.endsWith('.html') && !file.startsWith('pagefind/fragment/') && !file.endsWith('.pf_index'))
        .filter((file) => {
          const bytes = read(file);
          const text =
            file.startsWith('pagefind/') &&
            !file.endsWith('.js') &&
            !file.endsWith('.css') &&
            !file.endsWith('.json') &&
            !file.endsWith('.wasm')
              ? pagefindText(file)
              : bytes.toString('utf8');
          return text.includes(phrase);
        });
      expect(found).toEqual([]);
    });
  });

  it('keeps every word found only in spoilers out of the vocabulary', () => {
    const vocabulary = (JSON.parse(read('search-vocabulary.json').toString('utf8')) as string[]).map((word) => word.toLowerCase());
    expect(vocabulary.length).toBeGreaterThan(20);
    expect(SPOILER_WORDS.filter((word) => vocabulary.includes(word.toLowerCase()))).toEqual([]);
  });
});
