/**
 * The Pagefind index the build wrote into dist/pagefind, searched from Node with the very bundle
 * browsers load: what is indexed, with which metadata and filters, and what is left out.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureBuilt } from './support';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Pagefind;

beforeAll(async () => {
  await ensureBuilt();
  // The browser bundle fetches its index files; in Node they are files on disk.
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    const body = await readFile(fileURLToPath(url.split('?')[0]!));
    return new Response(body, { headers: { 'Content-Type': url.includes('wasm') ? 'application/wasm' : 'application/octet-stream' } });
  };
  pagefind = (await import(pathToFileURL(path.join(DIST, 'pagefind', 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({ baseUrl: '/' });
});

async function search(term: string | null, filters?: Record<string, string>) {
  const { results } = await pagefind.search(term, filters ? { filters } : {});
  return Promise.all(results.map((result) => result.data()));
}

const SHORT = '/essays/a-stripping-vision/';
const LONG = '/essays/between-control-and-losing-it/';
const FILM = '/films/anora/';
/** The films the essays discuss besides Anora, each with a page of its own. */
const OTHER_FILMS = [
  'hustlers',
  'once-upon-a-time-in-hollywood',
  'pretty-woman',
  'red-rocket',
  'scream-2022',
  'support-the-girls',
  'tangerine',
  'the-florida-project',
].map((id) => `/films/${id}/`);

describe('the search index', () => {
  it('holds both essays and the films’ pages, and nothing else', async () => {
    const everything = await search(null);
    expect(everything.map((page) => page.url).sort()).toEqual([SHORT, LONG, FILM, ...OTHER_FILMS].sort());
  });

  it('gives each essay its title, subject, date, spoilers, and every film it discusses', async () => {
    const [short] = await search(null, { type: 'Essays', film: 'Hustlers (2019)' });
    expect(short?.url).toBe(SHORT);
    expect(short?.meta).toMatchObject({
      title: 'A Stripping Vision…',
      film: 'Anora',
      film_id: 'anora',
      film_year: '2024',
      date: '2025-04',
      date_label: 'April 2025',
      scope: 'anora:mild pretty-woman:major',
      scope_label: 'mild spoilers for Anora: turns of the plot, not the ending; major spoilers for Pretty Woman, including the ending',
    });
    expect(short?.meta.author).toBeUndefined(); // neither launch essay names one
    // In the order the essay lists its films, its subject first.
    expect(short?.filters).toMatchObject({
      type: ['Essays'],
      film: [
        'Anora (2024)',
        'Pretty Woman (1990)',
        'Hustlers (2019)',
        'Tangerine (2015)',
        'Support the Girls (2018)',
        'The Florida Project (2017)',
        'Red Rocket (2021)',
      ],
      director: ['Sean Baker', 'Garry Marshall', 'Lorene Scafaria', 'Andrew Bujalski'],
      decade: ['2020s', '1990s', '2010s'],
      // Its highest level: major, for Pretty Woman.
      spoilers: ['major'],
    });

    const [long] = await search(null, { type: 'Essays', film: 'Scream (2022)' });
    expect(long?.url).toBe(LONG);
    expect(long?.meta.title).toMatch(/^Between Control and Losing It/);
    expect(long?.meta.date).toBe('2025');
  });

  it('offers filters by type, film, director, decade and spoiler level, with counts', async () => {
    const filters = await pagefind.filters();
    expect(filters).toEqual({
      type: { Essays: 2, Films: 9 },
      // Each film's page and every essay that discusses it.
      film: {
        'Anora (2024)': 3,
        'Hustlers (2019)': 2,
        'Once Upon a Time in Hollywood (2019)': 2,
        'Pretty Woman (1990)': 3,
        'Red Rocket (2021)': 2,
        'Scream (2022)': 2,
        'Support the Girls (2018)': 2,
        'Tangerine (2015)': 2,
        'The Florida Project (2017)': 2,
      },
      director: {
        'Andrew Bujalski': 2,
        'Garry Marshall': 3,
        'Lorene Scafaria': 2,
        'Matt Bettinelli-Olpin': 2,
        'Quentin Tarantino': 2,
        'Sean Baker': 6,
        'Tyler Gillett': 2,
      },
      decade: { '1990s': 3, '2010s': 7, '2020s': 5 },
      spoilers: { none: 9, major: 2 },
      record: { page: 11 },
    });
  });

  it('finds a name in both essays, and a passage with a deep link to its section', async () => {
    const werhun = await search('Werhun');
    expect(werhun.map((page) => page.url)).toEqual(expect.arrayContaining([SHORT, LONG]));

    const [tupperware] = await search('Tupperware');
    expect(tupperware?.url).toBe(LONG);
    expect(tupperware?.excerpt).toMatch(/<mark>Tupperware\b/);
    const section = tupperware?.sub_results.find((sub) => sub.excerpt.includes('<mark>Tupperware'));
    expect(section?.url).toMatch(new RegExp(`^${LONG}#[a-z0-9-]+$`));
  });

  it('searches the notes and the sources, not the gate, the byline, the navigation or the paragraphs’ links', async () => {
    expect((await search('Filmmaker Magazine')).map((page) => page.url)).toContain(SHORT);
    const chrome = [
      'Spoiler warning',
      'Show the essay',
      'Hide spoilers again',
      'Skip to content',
      'First published by',
      'min read',
      'Contents',
      'Link to paragraph',
      'Chicago note',
    ];
    // Every word of chrome is on the gated essay's page, to be left out.
    const longPage = await readFile(path.join(DIST, LONG, 'index.html'), 'utf8');
    for (const words of chrome) expect(longPage, words).toContain(words);
    const pages = await search(null);
    // The two essays and the nine films.
    expect(pages).toHaveLength(11);
    for (const page of pages) {
      for (const words of chrome) expect(page.content, `${page.url} indexes “${words}”`).not.toContain(words);
      // The ¶ is drawn by CSS: the paragraph links add no text to the page or the index.
      expect(page.content, `${page.url} indexes “¶”`).not.toContain('¶');
    }
  });

  it('indexes the film page with its cast and awards', async () => {
    const [film] = await search('Eydelshteyn');
    expect(film?.url).toBe(FILM);
    expect(film?.filters.type).toEqual(['Films']);
    expect((await search('Palme')).map((page) => page.url)).toContain(FILM);
  });

  it('narrows by film and sorts essays by date', async () => {
    const onAnora = await search(null, { film: 'Anora (2024)', type: 'Essays' });
    expect(onAnora).toHaveLength(2);
    const { results } = await pagefind.search(null, { filters: { type: 'Essays' }, sort: { date: 'desc' } });
    const sorted = await Promise.all(results.map((result) => result.data()));
    expect(sorted.map((page) => page.meta.date)).toEqual(['2025-04', '2025']);
  });
});

describe('what the search page fetches beside the index', () => {
  it('has the films’ alias groups as files by first letter, and names the pieces, not the groups', async () => {
    const searchPage = await readFile(path.join(DIST, 'search', 'index.html'), 'utf8');
    const listed = /data-alias-pieces="([^"]*)"/.exec(searchPage)?.[1]?.replaceAll('&quot;', '"');
    expect(JSON.parse(listed ?? 'null')).toEqual(['a', 'i', 'u430', 'u432', 'u438', 'v']);
    // The launch films' spellings are in their pieces, and none of them in the page.
    expect(JSON.parse(await readFile(path.join(DIST, 'search-aliases', 'u430.json'), 'utf8'))).toEqual([['Anora', 'Анора']]);
    expect(JSON.parse(await readFile(path.join(DIST, 'search-aliases', 'v.json'), 'utf8'))).toEqual([['Vanya', 'Ivan', 'Ваня', 'Иван']]);
    expect(searchPage).toContain('Search essays and films');
    for (const spelling of ['Анора', 'Ваня', 'Иван']) expect(searchPage).not.toContain(spelling);
  });

  it('preloads the index’s entry and metadata, files of this build, and the search page’s module', async () => {
    const searchPage = await readFile(path.join(DIST, 'search', 'index.html'), 'utf8');
    const hinted = [...searchPage.matchAll(/<link rel="(?:modulepreload|preload)"[^>]* href="\/([^"?]+)(?:\?ts=(\w+))?"/g)].map(
      (match) => match[1],
    );
    expect(hinted).toEqual([
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      expect.stringMatching(/^_astro\/search-page-[\w-]+\.js$/),
      'pagefind/pagefind-entry.json',
      expect.stringMatching(/^pagefind\/pagefind\.en_\w+\.pf_meta$/),
    ]);
    for (const file of hinted) await expect(readFile(path.join(DIST, file!)), file).resolves.toBeInstanceOf(Buffer);
  });
});
