/**
 * Following a citation, on the built sites: the site's bibliography (/sources/) and its links into
 * the essays, each essay's source list and its links back, the metadata reference managers read
 * (citation_* tags, COinS, CSL-JSON) and the downloads, read back with citation-js
 * (tests/build/citation-downloads.ts; leak-detector.test.ts shows it failing on corrupted copies).
 * The launch site (dist/) cites nothing from content/sources, since its two essays share no work;
 * the fixture build (dist-fixture/) shares a source between two essays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/server/citations/csl';
import { TYPING_CITATION_TAGS } from '../../src/server/citations/essay-citation';
import { BIBLIOGRAPHY_ORDER, CONTAINER_TYPES, sourceKind } from '../../src/server/citations/source-kinds';
import { checkBibtex, checkCslJson, checkRis } from '../unit/export-read-back';
import { bibliographyDownloadProblems, DOWNLOAD_FORMATS, essayDownloadProblems, LAUNCH_BIBLIOGRAPHY_WORKS } from './citation-downloads';
import { BUILDS, builtFolder, ensureBuilt, PROJECT_ROOT } from './support';

const LAUNCH_ESSAYS = ['a-stripping-vision', 'between-control-and-losing-it'];
/** How many works each launch essay's source list holds (nine in all, none shared). */
const SOURCES_LISTED: Record<string, number> = { 'a-stripping-vision': 4, 'between-control-and-losing-it': 5 };
const FIXTURE_ESSAYS = ['notes-fixture', 'second-fixture'];
/** The fixture essays, with the one that cites every kind of source. */
const ALL_FIXTURE_ESSAYS = [...FIXTURE_ESSAYS, 'kinds-fixture'];

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    found.push(...findAll(child, test));
  }
  return found;
}
const classes = (node: Element) => ([] as unknown[]).concat(node.properties.className ?? []).map(String);
const hasClass = (name: string) => (node: Element) => classes(node).includes(name);
const text = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();

/** A built page of a build folder, parsed, by its path on the site. */
function page(folder: string, route: string): Root {
  const relative = route.replace(/^\/+/, '');
  const file = relative === '' || relative.endsWith('/') ? path.join(relative, 'index.html') : relative;
  return fromHtml(readFileSync(path.join(folder, file), 'utf8'));
}
const ids = (tree: Root) => new Set(findAll(tree, (node) => node.properties.id !== undefined).map((node) => String(node.properties.id)));

let dist: string;
let fixture: string;
beforeAll(async () => {
  await ensureBuilt();
  dist = path.join(PROJECT_ROOT, 'dist');
  fixture = builtFolder(BUILDS[1]!);
});

describe('the bibliography of the launch site', () => {
  const works = () =>
    findAll(page(dist, 'sources/'), (node) => node.tagName === 'li' && String(node.properties.id ?? '').startsWith('source-'));

  it('lists every work the launch essays cite, once, grouped by kind', () => {
    const tree = page(dist, 'sources/');
    expect(works()).toHaveLength(9);
    expect(findAll(tree, (node) => node.tagName === 'h2').map(text)).toEqual([
      'Books',
      'Articles',
      'Interviews',
      'Web pages',
      'Other works',
    ]);
  });

  it('gives each work the same entry as the essay’s own source list', () => {
    for (const essay of LAUNCH_ESSAYS) {
      const list = findAll(page(dist, `essays/${essay}/`), (node) => node.tagName === 'section' && hasClass('sources')(node))[0]!;
      const items = findAll(list, (node) => node.tagName === 'li');
      expect(items, essay).toHaveLength(SOURCES_LISTED[essay]!);
      for (const item of items) {
        const link = findAll(item, hasClass('source-elsewhere'))[0]!;
        const key = String(link.properties.href).split('#')[1]!;
        const work = works().find((node) => node.properties.id === key);
        expect(work, `${essay}: ${key}`).toBeDefined();
        const entry = (node: Element) =>
          text(node)
            .replace(/\s*(In the bibliography|Cited in \d+ essays)$/, '')
            .replace(/\s*Cited in .*$/, '');
        expect(entry(work!)).toBe(entry(item));
      }
    }
  });

  it('links each citation to an element that exists on the essay’s page: a note’s mark, an aside, or the source list', () => {
    const links = findAll(
      page(dist, 'sources/'),
      (node) =>
        node.tagName === 'a' && String(node.properties.href ?? '').startsWith('/essays/') && String(node.properties.href).includes('#'),
    );
    expect(links.length).toBeGreaterThanOrEqual(9);
    for (const link of links) {
      const [route, fragment] = String(link.properties.href).split('#');
      const tree = page(dist, route!);
      expect(ids(tree), String(link.properties.href)).toContain(fragment);
      const target = findAll(tree, (node) => node.properties.id === fragment)[0]!;
      // A note's number links to that note's mark, which shows the same number.
      if (/^\d+$/.test(text(link))) {
        expect(target.properties.dataFootnoteRef, String(link.properties.href)).toBeDefined();
        expect(text(target)).toBe(text(link));
      }
    }
  });

  it('cites the Variety article at note 1 of A Stripping Vision…, its first mark', () => {
    const variety = works().find((node) => String(node.properties.id).endsWith('variety-2024'))!;
    expect(text(findAll(variety, hasClass('cited-in'))[0]!)).toBe('Cited in A Stripping Vision…, note 1.');
    const note = findAll(variety, (node) => node.tagName === 'a' && text(node) === '1')[0]!;
    expect(note.properties.href).toBe('/essays/a-stripping-vision/#user-content-fnref-variety');
  });

  it('carries one COinS per work, and essays none (Zotero would save their sources instead of the essay)', () => {
    const spans = findAll(page(dist, 'sources/'), hasClass('Z3988'));
    expect(spans).toHaveLength(9);
    for (const span of spans)
      expect(String(span.properties.title)).toMatch(
        /^url_ver=Z39\.88-2004&ctx_ver=Z39\.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3A/,
      );
    for (const essay of LAUNCH_ESSAYS) expect(findAll(page(dist, `essays/${essay}/`), hasClass('Z3988'))).toEqual([]);
  });
});

describe.each(LAUNCH_ESSAYS)('the essay %s', (essay) => {
  it('has the citation_* tags, from its frontmatter only', () => {
    const meta = findAll(
      page(dist, `essays/${essay}/`),
      (node) => node.tagName === 'meta' && String(node.properties.name ?? '').startsWith('citation_'),
    );
    const tags = Object.fromEntries(meta.map((node) => [String(node.properties.name), String(node.properties.content)]));
    const title = text(findAll(page(dist, `essays/${essay}/`), (node) => node.tagName === 'h1')[0]!);
    expect(tags).toEqual({
      citation_title: title,
      // Google Scholar's forms: "2025/4/3", or the year alone.
      citation_publication_date: expect.stringMatching(/^\d{4}(\/[1-9]\d?\/[1-9]\d?)?$/),
      citation_public_url: `https://example.com/essays/${essay}/`,
      citation_language: 'en',
    });
  });

  it('is typed as a web essay by Zotero’s Embedded Metadata translator: og:type article, no tag that types it otherwise', () => {
    const meta = findAll(page(dist, `essays/${essay}/`), (node) => node.tagName === 'meta');
    const names = meta.map((node) => String(node.properties.name ?? node.properties.property ?? ''));
    expect(meta.filter((node) => node.properties.property === 'og:type').map((node) => node.properties.content)).toEqual(['article']);
    expect(names).toContain('citation_title');
    expect(names.filter((name) => (TYPING_CITATION_TAGS as readonly string[]).includes(name))).toEqual([]);
  });

  it('lists its sources as CSL-JSON too, one item per source in its list', () => {
    const tree = page(dist, `essays/${essay}/`);
    const block = findAll(
      tree,
      (node) => node.tagName === 'script' && node.properties.type === 'application/vnd.citationstyles.csl+json',
    )[0]!;
    const items = JSON.parse(toString(block)) as { id: string; title?: string }[];
    const listed = findAll(tree, (node) => node.tagName === 'li' && String(node.properties.id ?? '').startsWith('source-')).map((node) =>
      String(node.properties.id).slice('source-'.length),
    );
    expect(items.map((item) => item.id).sort()).toEqual(listed.sort());
  });

  it.each(DOWNLOAD_FORMATS)('offers its citation as a .%s file that citation-js reads back', (format) => {
    const title = text(findAll(page(dist, `essays/${essay}/`), (node) => node.tagName === 'h1')[0]!);
    const file = path.join(dist, 'essays', essay, `citation.${format}`);
    expect(essayDownloadProblems(file, format, { title, url: `https://example.com/essays/${essay}/` })).toEqual([]);
  });
  it('offers its citation as .bib, .ris and .json files that two readers each read back whole', () => {
    const folder = path.join(dist, 'essays', essay);
    const read = (extension: string) => readFileSync(path.join(folder, `citation.${extension}`), 'utf8');
    const items = JSON.parse(read('json')) as CslItem[];
    const title = text(findAll(page(dist, `essays/${essay}/`), (node) => node.tagName === 'h1')[0]!);
    expect(items).toMatchObject([{ id: essay, type: 'post-weblog', title, URL: `https://example.com/essays/${essay}/` }]);
    checkAll(read, items);
  });
});

describe('the whole bibliography’s downloads', () => {
  it.each(DOWNLOAD_FORMATS)('/sources/all.%s holds every work (the references that are not works left out)', (format) => {
    expect(bibliographyDownloadProblems(path.join(dist, 'sources', `all.${format}`), format, LAUNCH_BIBLIOGRAPHY_WORKS)).toEqual([]);
  });
});

/** Checks the BibTeX, RIS and CSL-JSON files of one download against the CSL-JSON's items. */
function checkAll(read: (extension: string) => string, items: CslItem[]) {
  checkCslJson(read('json'), items);
  checkBibtex(read('bib'), items);
  checkRis(read('ris'), items);
}

describe.each([
  // The launch site's nine works less the three that are descriptions, not works (Adler's idea, two bundles of unnamed interviews).
  { site: 'launch', folder: () => dist, count: 6 },
  // The fixture's sixteen works less the one that is a description (tests/fixtures/content/essays/kinds-fixture.mdx).
  { site: 'fixture', folder: () => fixture, count: 15 },
])('the $site site’s whole bibliography', ({ folder, count }) => {
  it('is downloadable as .bib, .ris and .json, every work read back whole by two readers each', () => {
    const read = (extension: string) => readFileSync(path.join(folder(), 'sources', `all.${extension}`), 'utf8');
    const items = JSON.parse(read('json')) as CslItem[];
    expect(items).toHaveLength(count);
    checkAll(read, items);
  });
});

describe('the fixture site’s essays', () => {
  it.each(ALL_FIXTURE_ESSAYS)('offer %s’s citation in files two readers each read back whole', (essay) => {
    const read = (extension: string) => readFileSync(path.join(fixture, 'essays', essay, `citation.${extension}`), 'utf8');
    checkAll(read, JSON.parse(read('json')) as CslItem[]);
  });
});

describe('the launch site’s bibliography download', () => {
  it('keeps the Wikipedia article’s site, and leaves out the references that are not works', () => {
    const items = JSON.parse(readFileSync(path.join(dist, 'sources', 'all.json'), 'utf8')) as CslItem[];
    expect(items.find((item) => item.title === 'Andrea Werhun')).toMatchObject({ type: 'webpage', 'container-title': 'Wikipedia' });
    expect(readFileSync(path.join(dist, 'sources', 'all.ris'), 'utf8')).toContain('T2  - Wikipedia\n');
    expect(items.map((item) => item.title)).toContain('Modern Whore');
    expect(items.map((item) => item.title)).not.toContain('Interviews on the making of Anora');
  });
});

describe('the fixture site, where two essays share a source', () => {
  const works = () =>
    findAll(page(fixture, 'sources/'), (node) => node.tagName === 'li' && String(node.properties.id ?? '').startsWith('source-'));

  it('lists the shared source once, with both essays and their notes', () => {
    const shared = works().filter((node) => node.properties.id === 'source-web-source');
    expect(shared).toHaveLength(1);
    expect(text(findAll(shared[0]!, hasClass('cited-in'))[0]!)).toBe('Cited in Second Fixture, notes 2 and 3; Notes Fixture, note 1.');
  });

  it('keys each essay’s own sources by the essay', () => {
    const keys = works().map((node) => String(node.properties.id));
    expect(keys).toHaveLength(16);
    expect(keys.filter((key) => !key.startsWith('source-kinds-fixture--'))).toEqual([
      'source-second-fixture--pattern-book',
      'source-notes-fixture--the-film',
      'source-web-source',
    ]);
  });

  it('holds a work of every kind, under its heading, and an article in every kind of container', () => {
    const headings = findAll(page(fixture, 'sources/'), (node) => node.tagName === 'h2').map(text);
    expect(headings).toEqual(BIBLIOGRAPHY_ORDER.map((kind) => sourceKind(kind).heading));
    const types = new Set(
      (JSON.parse(readFileSync(path.join(fixture, 'sources', 'all.json'), 'utf8')) as CslItem[]).map((item) => item.type),
    );
    expect(CONTAINER_TYPES.length).toBe(4);
    for (const container of CONTAINER_TYPES) expect(types, container).toContain(sourceKind('article').containerTypes![container].csl);
  });

  it('shows the shared source’s archived copy in the notes, the source lists and the bibliography', () => {
    const archive = 'https://web.archive.org/web/2024/https://example.com/review';
    for (const essay of FIXTURE_ESSAYS) {
      const links = findAll(page(fixture, `essays/${essay}/`), (node) => node.tagName === 'a' && node.properties.href === archive);
      expect(links.length, essay).toBeGreaterThanOrEqual(2);
    }
    expect(findAll(page(fixture, 'sources/'), (node) => node.tagName === 'a' && node.properties.href === archive)).toHaveLength(1);
  });

  it('shows a book’s ISBN after its entry, in the essay’s source list and the bibliography, linked to WorldCat by its digits', () => {
    for (const [route, id] of [
      ['essays/kinds-fixture/', 'source-the-book'],
      ['sources/', 'source-kinds-fixture--the-book'],
    ] as const) {
      const links = findAll(page(fixture, route), hasClass('source-isbn'));
      expect(links, route).toHaveLength(1);
      expect(text(links[0]!)).toBe('ISBN 978-0-306-40615-7');
      expect(links[0]!.properties.href).toBe('https://www.worldcat.org/isbn/9780306406157');
      const [book] = findAll(page(fixture, route), (node) => node.tagName === 'li' && node.properties.id === id);
      expect(findAll(book!, hasClass('source-isbn')), route).toEqual(links);
      expect(text(book!), route).toContain(
        'Example, Fay. The Grammar of Test Cards. Example University Press, 2018. ISBN 978-0-306-40615-7.',
      );
    }
  });

  it('says in each essay’s source list how many essays cite a shared source', () => {
    for (const essay of FIXTURE_ESSAYS) {
      const link = findAll(
        page(fixture, `essays/${essay}/`),
        (node) => hasClass('source-elsewhere')(node) && node.properties.href === '/sources/#source-web-source',
      );
      expect(link.map(text), essay).toEqual(['Cited in 2 essays']);
    }
  });

  it('credits each author, in the byline’s order, in the citation_* and Open Graph tags, the byline, the JSON-LD and search’s metadata', () => {
    const essayPage = page(fixture, 'essays/second-fixture/');
    const contentOf = (name: string) =>
      findAll(essayPage, (node) => node.tagName === 'meta' && (node.properties.name ?? node.properties.property) === name).map(
        (node) => node.properties.content,
      );
    expect(contentOf('citation_author')).toEqual(['Sam Writer', 'Ann Critic']);
    expect(contentOf('article:author')).toEqual(['Sam Writer', 'Ann Critic']);
    const byline = findAll(
      essayPage,
      (node) =>
        node.tagName === 'div' &&
        node.children.some((child) => child.type === 'element' && child.tagName === 'dt' && toString(child) === 'By'),
    );
    expect(byline.map((row) => toString(row).replace(/\s+/g, ' ').trim())).toEqual(['By Sam Writer and Ann Critic']);
    const searchMeta = findAll(essayPage, (node) => String(node.properties.dataPagefindMeta ?? '').startsWith('author:'));
    expect(searchMeta.map((node) => node.properties.dataPagefindMeta)).toEqual(['author:Sam Writer and Ann Critic']);
    const [jsonLd] = findAll(essayPage, (node) => node.tagName === 'script' && node.properties.type === 'application/ld+json');
    expect(JSON.parse(toString(jsonLd!)).author).toEqual([
      { '@type': 'Person', name: 'Sam Writer' },
      { '@type': 'Person', name: 'Ann Critic' },
    ]);
  });
});
