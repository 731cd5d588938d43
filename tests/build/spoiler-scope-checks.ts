/**
 * The spoiler gate's checks over a built folder, as functions: tests/build/spoiler-scopes.test.ts
 * runs them on the fixture's build, and tests/build/leak-detector.test.ts on copies of it with a
 * leak put in, to show each finds what it is for. Each returns what it found, as lines naming the
 * file and the place; an empty list is a pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesOf, htmlPlaces, pagefindText as pagefindBytesText } from './scope-leaks';

/** Each spoiler phrase of the fixture (tests/fixtures/content), and the scopes it belongs to. */
export const SPOILERS = [
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
export const SPOILER_WORDS = ['Zarathustra', 'Quell', 'projectionist', 'confesses', 'usher', 'twist'];

/** A built folder and every file in it, as paths relative to it with forward slashes, sorted. */
export interface BuiltSite {
  folder: string;
  files: string[];
}

export function readSite(folder: string): BuiltSite {
  return { folder, files: filesOf(folder) };
}

const read = (site: BuiltSite, file: string) => readFileSync(path.join(site.folder, file));
/** A Pagefind file's text: gzip, then Pagefind's own marker before the payload. */
export const pagefindText = (site: BuiltSite, file: string) => pagefindBytesText(read(site, file));

/** Every built page's HTML, by file. */
export const pages = (site: BuiltSite) =>
  site.files.filter((file) => file.endsWith('.html')).map((file) => ({ file, html: read(site, file).toString('utf8') }));

/**
 * Where a phrase appears in a page outside scopes that cover it: text nodes and comments by their
 * open scopes, exactly (major does not stand in for mild here: each scope is written as needed);
 * attributes always, since an attribute is never hidden with its element's text.
 */
function leaksInPage(html: string, phrase: string, scopes: readonly string[]): string[] {
  return htmlPlaces(html)
    .filter((place) => place.value.includes(phrase))
    .filter((place) => place.kind === 'attribute' || !scopes.every((scope) => place.open.includes(scope)))
    .map((place) => place.where);
}

/** Every page where `phrase` shows outside elements whose scopes cover it. */
export function pageLeaks(site: BuiltSite, phrase: string, scopes: readonly string[]): string[] {
  return pages(site).flatMap(({ file, html }) => leaksInPage(html, phrase, scopes).map((leak) => `${file}: ${leak}`));
}

const fragments = (site: BuiltSite) => site.files.filter((file) => file.startsWith('pagefind/fragment/'));

/** Every search fragment holding `phrase` whose record's scopes do not cover it. */
export function fragmentLeaks(site: BuiltSite, phrase: string, scopes: readonly string[]): string[] {
  return fragments(site).flatMap((file) => {
    const fragment = JSON.parse(pagefindText(site, file)) as { url: string; meta: Record<string, string> };
    const recordScopes = new Set((fragment.meta.scope ?? '').split(/\s+/));
    const text = JSON.stringify(fragment);
    return text.includes(phrase) && !scopes.every((scope) => recordScopes.has(scope)) ? [`${file} (${fragment.url})`] : [];
  });
}

/** The search fragments holding `phrase`: search finds the essay by it only if there is one. */
export const fragmentsHolding = (site: BuiltSite, phrase: string) =>
  fragments(site).filter((file) => pagefindText(site, file).includes(phrase));

/** Every other file the build wrote that holds `phrase`: search metadata and filters, feed, sitemap, scripts, styles, preview images. */
export function otherLeaks(site: BuiltSite, phrase: string): string[] {
  return site.files
    .filter((file) => !file.endsWith('.html') && !file.startsWith('pagefind/fragment/') && !file.endsWith('.pf_index'))
    .filter((file) => {
      const compressed = file.startsWith('pagefind/') && !/\.(js|css|json|wasm)$/.test(file);
      return (compressed ? pagefindText(site, file) : read(site, file).toString('utf8')).includes(phrase);
    });
}

/** The site's search vocabulary, every piece of it (`search-vocabulary/<letter>.json`), lower-cased. */
export const vocabulary = (site: BuiltSite) =>
  site.files
    .filter((file) => file.startsWith('search-vocabulary/') && file !== 'search-vocabulary/index.json')
    .flatMap((file) => JSON.parse(read(site, file).toString('utf8')) as string[])
    .map((word) => word.toLowerCase());

/** The words found only in spoilers that the vocabulary holds. */
export const vocabularyLeaks = (site: BuiltSite) => SPOILER_WORDS.filter((word) => vocabulary(site).includes(word.toLowerCase()));

/** Every leak of every spoiler phrase and word, through every channel: what the gate fails on, in one list. */
export function allLeaks(site: BuiltSite): string[] {
  return [
    ...SPOILERS.flatMap(({ phrase, scopes }) => [
      ...pageLeaks(site, phrase, scopes),
      ...fragmentLeaks(site, phrase, scopes),
      ...otherLeaks(site, phrase),
    ]),
    ...site.files
      .filter((file) => file.startsWith('search-vocabulary/') && file !== 'search-vocabulary/index.json')
      .flatMap((file) => {
        const words = (JSON.parse(read(site, file).toString('utf8')) as string[]).map((word) => word.toLowerCase());
        return SPOILER_WORDS.filter((word) => words.includes(word.toLowerCase())).map((word) => `${file}: ${word}`);
      }),
  ];
}
