/**
 * What a publication's readers and tools read from the built site, checked on the root build
 * (dist/) and on the sub-path build (dist-subpath/, a project page under /long-take/): the feed,
 * the sitemap and robots.txt, every page's link-preview tags and its JSON-LD, and the preview
 * images they point to. Absolute URLs must carry the site's origin and base path, and each must
 * name a file the build actually wrote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ensureBuilt, PROJECT_ROOT, ROOT_BUILD, SUBPATH_BUILD, type SiteBuild } from './support';

// ---------------------------------------------------------------------------------------------
// The content, read from its source files: what the build must show.

interface EssaySource {
  id: string;
  /** The title as plain text: the frontmatter's, without the `*…*` around a work's title inside it. */
  title: string;
  /** The title as written in frontmatter. */
  titleMarkup: string;
  description: string;
  /** The film it is about. */
  subject: string;
  /** The other films it discusses. */
  others: string[];
  draft: boolean;
}

function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parseYaml(match[1]!) as Record<string, unknown>;
}

const ESSAYS_DIR = path.join(PROJECT_ROOT, 'content', 'essays');
const ESSAYS: EssaySource[] = readdirSync(ESSAYS_DIR)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => {
    const data = frontmatterOf(path.join(ESSAYS_DIR, name));
    return {
      id: name.slice(0, -'.mdx'.length),
      title: String(data.title).replaceAll('*', ''),
      titleMarkup: String(data.title),
      description: String(data.description),
      subject: String(data.subject ?? data.film),
      others: ((data.films ?? []) as { id: string }[]).map((film) => film.id).filter((id) => id !== (data.subject ?? data.film)),
      draft: data.draft === true,
    };
  });
const PUBLISHED = ESSAYS.filter((essay) => !essay.draft);
const FILMS_DIR = path.join(PROJECT_ROOT, 'content', 'films');
const FILMS = readdirSync(FILMS_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.slice(0, -'.yaml'.length),
    ...(parseYaml(readFileSync(path.join(FILMS_DIR, name), 'utf8')) as { title: string; year: number; directors: string[] }),
  }));

// ---------------------------------------------------------------------------------------------
// The built site.

/** Every HTML file of a build, as paths relative to its folder ("essays/x/index.html"). */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : htmlFiles(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

/** The page's address on the site, from its file: "essays/x/index.html" → "essays/x/". */
const routeOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

function elements(tree: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    elements(child, test, found);
  }
  return found;
}

interface Head {
  title: string;
  /** `<meta name|property>` → content; the first of each. */
  meta: Map<string, string>;
  /** `<link rel>` → the links with that rel. */
  links: Map<string, Element[]>;
  jsonLd: string[];
}

function readHead(html: string): Head {
  const tree = fromHtml(html);
  const head = elements(tree, (element) => element.tagName === 'head')[0]!;
  const meta = new Map<string, string>();
  for (const element of elements(head, (e) => e.tagName === 'meta')) {
    const key = String(element.properties.name ?? element.properties.property ?? '');
    if (key && !meta.has(key)) meta.set(key, String(element.properties.content ?? ''));
  }
  const links = new Map<string, Element[]>();
  for (const element of elements(head, (e) => e.tagName === 'link')) {
    for (const rel of element.properties.rel as string[]) links.set(rel, [...(links.get(rel) ?? []), element]);
  }
  const text = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return {
    title: text(elements(head, (e) => e.tagName === 'title')[0]!),
    meta,
    links,
    jsonLd: elements(head, (e) => e.tagName === 'script' && e.properties.type === 'application/ld+json').map(text),
  };
}

/**
 * The file a URL of this build names: the URL must be on the site's origin and under its base.
 * Returns the path inside the output folder, or fails the test.
 */
function fileOf(build: SiteBuild, url: string): string {
  const parsed = new URL(url, build.site);
  expect(parsed.origin, url).toBe(new URL(build.site).origin);
  expect(parsed.pathname.startsWith(build.base), `${url} is under ${build.base}`).toBe(true);
  const relative = decodeURIComponent(parsed.pathname.slice(build.base.length));
  const file = path.join(build.dir, relative.endsWith('/') || relative === '' ? path.join(relative, 'index.html') : relative);
  expect(existsSync(file), `${url} names a file the build wrote (${path.relative(PROJECT_ROOT, file)})`).toBe(true);
  return file;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
});

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------

describe.each([ROOT_BUILD, SUBPATH_BUILD])('the $name build', (build) => {
  const home = new URL(build.base, build.site).href;
  const absolute = (route: string) => new URL(route, home).href;
  let pages: { file: string; route: string; head: Head }[] = [];

  beforeAll(async () => {
    await ensureBuilt(build);
    pages = htmlFiles(build.dir).map((file) => ({
      file,
      route: routeOf(file),
      head: readHead(readFileSync(path.join(build.dir, file), 'utf8')),
    }));
  });

  it('has the pages the sitemap and the tag checks below rely on', () => {
    const routes = pages.map((page) => page.route).sort();
    for (const essay of PUBLISHED) expect(routes).toContain(`essays/${essay.id}/`);
    expect(routes).toEqual(expect.arrayContaining(['', 'films/', 'search/', '404.html']));
  });

  describe('the feed', () => {
    let channel: Json;
    beforeAll(() => {
      const feed = xml.parse(readFileSync(path.join(build.dir, 'rss.xml'), 'utf8')) as { rss: { channel: Json } };
      channel = feed.rss.channel;
    });

    it('is RSS 2.0 that names the site and links to its home page and to itself', () => {
      expect(channel.title).toBe('Long Take');
      expect(channel.link).toBe(home);
      expect((channel['atom:link'] as Json)['@href']).toBe(absolute('rss.xml'));
      fileOf(build, (channel['atom:link'] as Json)['@href'] as string);
    });

    it('has one item per published essay, newest first as on the home page, linking to the essay', () => {
      const items = channel.item as Json[];
      expect(items.map((item) => item.title).sort()).toEqual(PUBLISHED.map((essay) => essay.title).sort());
      for (const item of items) {
        const essay = PUBLISHED.find((candidate) => candidate.title === item.title)!;
        expect(item.link).toBe(absolute(`essays/${essay.id}/`));
        expect((item.guid as Json)['#text']).toBe(item.link);
        fileOf(build, item.link as string);
      }
      const homeOrder = elements(
        fromHtml(readFileSync(path.join(build.dir, 'index.html'), 'utf8')),
        (e) => e.tagName === 'a' && String(e.properties.href).includes('/essays/'),
      )
        .map((link) => String(link.properties.href))
        .filter((href, index, all) => all.indexOf(href) === index);
      expect(items.map((item) => new URL(item.link as string).pathname)).toEqual(homeOrder);
    });

    it('describes each essay only by its spoiler-free description, never by its text', () => {
      for (const item of channel.item as Json[]) {
        const essay = PUBLISHED.find((candidate) => candidate.title === item.title)!;
        expect(item.description).toBe(essay.description);
        expect(item).not.toHaveProperty('content:encoded');
      }
    });

    it('dates each item as precisely as its date is known', () => {
      for (const item of channel.item as Json[]) {
        const date = String(item['dc:date']);
        expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        // RSS's pubDate is a whole timestamp: only an essay dated to the day has one.
        expect('pubDate' in item).toBe(date.length === 10);
      }
    });

    it('is advertised in the head of every page', () => {
      for (const page of pages) {
        const feeds = (page.head.links.get('alternate') ?? []).filter((link) => link.properties.type === 'application/rss+xml');
        expect(feeds, page.route).toHaveLength(1);
        expect(fileOf(build, absolute(String(feeds[0]!.properties.href)))).toBe(path.join(build.dir, 'rss.xml'));
      }
    });
  });

  describe('the sitemap', () => {
    it('lists every page by its absolute URL, and nothing else (not the 404 page, the feed or images)', () => {
      const index = xml.parse(readFileSync(path.join(build.dir, 'sitemap-index.xml'), 'utf8')) as {
        sitemapindex: { sitemap: { loc: string }[] };
      };
      const listed = index.sitemapindex.sitemap.flatMap(({ loc }) => {
        const map = xml.parse(readFileSync(fileOf(build, loc), 'utf8')) as { urlset: { url: { loc: string }[] } };
        return map.urlset.url.map((url) => url.loc);
      });
      const expected = pages.filter((page) => page.route !== '404.html').map((page) => absolute(page.route));
      expect(listed.sort()).toEqual(expected.sort());
    });

    it('is named in robots.txt', () => {
      const robots = readFileSync(path.join(build.dir, 'robots.txt'), 'utf8');
      expect(robots).toMatch(/^User-agent: \*$/m);
      const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
      expect(sitemap).toBe(absolute('sitemap-index.xml'));
      fileOf(build, sitemap!);
    });
  });

  describe('link previews', () => {
    it('every page has a title, a description, a canonical URL (or noindex), Open Graph and X card tags', () => {
      for (const { route, head } of pages) {
        const meta = (key: string) => head.meta.get(key);
        expect(head.title, route).not.toBe('');
        expect(meta('description')?.length, route).toBeGreaterThanOrEqual(20);
        if (route === '404.html') {
          // Served at any missing address: it has none of its own to make canonical.
          expect(meta('robots'), route).toBe('noindex');
          expect(head.links.has('canonical'), route).toBe(false);
        } else {
          expect(
            head.links.get('canonical')?.map((link) => link.properties.href),
            route,
          ).toEqual([absolute(route)]);
          expect(meta('og:url'), route).toBe(absolute(route));
        }
        expect(meta('og:type'), route).toMatch(/^(website|article)$/);
        expect(meta('og:site_name'), route).toBe('Long Take');
        expect(meta('og:title'), route).toBeTruthy();
        expect(meta('og:description'), route).toBe(meta('description'));
        expect(meta('og:image:alt'), route).toBeTruthy();
        expect(meta('og:image:width'), route).toBe('1200');
        expect(meta('og:image:height'), route).toBe('630');
        expect(meta('og:image:type'), route).toBe('image/png');
        expect(meta('twitter:card'), route).toBe('summary_large_image');
        expect(meta('twitter:image:alt'), route).toBe(meta('og:image:alt'));
      }
    });

    it('every og:image is an absolute URL to a PNG of the size the tags give', async () => {
      const images = new Set(pages.map((page) => page.head.meta.get('og:image')!));
      for (const image of images) {
        expect(image).toMatch(/^https:\/\//);
        const { format, width, height } = await sharp(fileOf(build, image)).metadata();
        expect({ image, format, width, height }).toEqual({ image, format: 'png', width: 1200, height: 630 });
      }
    });

    it.each(PUBLISHED)('the essay $id previews its own image and its frontmatter description, nothing from its text', (essay) => {
      const { head } = pages.find((page) => page.route === `essays/${essay.id}/`)!;
      expect(head.meta.get('og:type')).toBe('article');
      expect(head.meta.get('og:title')).toBe(essay.title);
      expect(head.meta.get('description')).toBe(essay.description);
      expect(head.meta.get('og:image')).toBe(absolute(`social/essays/${essay.id}.png`));
      expect(head.meta.get('og:image:alt')).toContain(essay.title);
      expect(head.meta.get('article:published_time')).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    });

    it('the essay whose title holds a film’s title sets it in italics in its heading, and as plain text in its head', () => {
      const essay = PUBLISHED.find((candidate) => candidate.titleMarkup.includes('*'))!;
      expect(essay.titleMarkup).toBe('Between Control and Losing It: *Anora* and the Cost of the Dream');
      const html = readFileSync(path.join(build.dir, 'essays', essay.id, 'index.html'), 'utf8');
      const heading = elements(fromHtml(html), (element) => element.properties.id === 'essay-title');
      expect(heading).toHaveLength(1);
      const cites = elements(heading[0]!, (element) => element.tagName === 'cite');
      expect(cites.map((cite) => cite.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))).toEqual(['Anora']);
      const { head } = pages.find((page) => page.route === `essays/${essay.id}/`)!;
      expect(head.title).toContain('Between Control and Losing It: Anora and the Cost of the Dream');
      expect(head.title).not.toContain('*');
      expect(head.jsonLd.join('')).not.toContain('*Anora*');
    });

    it('sets that film’s title in italics wherever the essay’s title is shown: listings, the pager, the bibliography’s “Cited in”', () => {
      const essay = PUBLISHED.find((candidate) => candidate.titleMarkup.includes('*'))!;
      const other = PUBLISHED.find((candidate) => candidate.id !== essay.id)!;
      const read = (route: string) => fromHtml(readFileSync(path.join(build.dir, route, 'index.html'), 'utf8'));
      const textOf = (node: Root | Element): string =>
        node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
      const places = [
        {
          where: 'the home page',
          links: elements(read(''), (element) => element.tagName === 'a' && element.properties.href === `${build.base}essays/${essay.id}/`),
        },
        {
          where: 'the other essay’s pager',
          links: elements(read(`essays/${other.id}`), (element) => element.properties.rel?.toString() === 'next'),
        },
        {
          where: 'the bibliography',
          links: elements(
            read('sources'),
            (element) => element.tagName === 'a' && element.properties.href === `${build.base}essays/${essay.id}/`,
          ),
        },
      ];
      for (const { where, links } of places) {
        expect(links.length, where).toBeGreaterThan(0);
        for (const link of links) {
          expect(textOf(link).replace(/\s+/g, ' '), where).toContain('Between Control and Losing It: Anora and the Cost of the Dream');
          const innermost = elements(
            link,
            (element) => element.tagName === 'cite' && elements(element, (inner) => inner.tagName === 'cite').length === 0,
          );
          expect(innermost.map(textOf), where).toEqual(['Anora']);
        }
      }
    });

    it('pages other than essays preview the site image', () => {
      for (const { route, head } of pages.filter((page) => !page.route.startsWith('essays/'))) {
        expect(head.meta.get('og:image'), route).toBe(absolute('social/site.png'));
        expect(head.meta.get('og:type'), route).toBe('website');
      }
    });
  });

  describe('structured data', () => {
    const graphOf = (route: string): Json[] =>
      pages.find((page) => page.route === route)!.head.jsonLd.map((text) => JSON.parse(text) as Json);

    it('every JSON-LD block parses and speaks schema.org', () => {
      const blocks = pages.flatMap((page) => page.head.jsonLd.map((text) => ({ route: page.route, text })));
      expect(blocks.length).toBeGreaterThan(0);
      for (const { route, text } of blocks) {
        const data = JSON.parse(text) as Json;
        expect(data['@context'], route).toBe('https://schema.org');
        expect(typeof data['@type'], route).toBe('string');
      }
    });

    it.each(PUBLISHED)('the essay $id is a Review of its subject, mentions the other films, and is described spoiler-free', (essay) => {
      const film = FILMS.find((candidate) => candidate.id === essay.subject)!;
      const [review, ...rest] = graphOf(`essays/${essay.id}/`);
      expect(rest).toEqual([]);
      expect(review).toMatchObject({
        '@type': 'Review',
        url: absolute(`essays/${essay.id}/`),
        headline: essay.title,
        description: essay.description,
        datePublished: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
        image: absolute(`social/essays/${essay.id}.png`),
        publisher: { '@type': 'Organization', name: 'Long Take', url: home },
        itemReviewed: {
          '@type': 'Movie',
          name: film.title,
          dateCreated: String(film.year),
          director: film.directors.map((name) => ({ '@type': 'Person', name })),
          url: absolute(`films/${film.id}/`),
        },
      });
      expect((review!.mentions as Json[]).map((movie) => movie.url)).toEqual(essay.others.map((id) => absolute(`films/${id}/`)));
      // Nothing but the frontmatter's spoiler-free text: no body, no headings.
      expect(review).not.toHaveProperty('reviewBody');
      expect(review).not.toHaveProperty('articleBody');
    });

    it.each(FILMS)('the film page $id is the Movie, with the essays about it as reviews', (film) => {
      const [movie] = graphOf(`films/${film.id}/`);
      expect(movie).toMatchObject({
        '@type': 'Movie',
        '@id': `${absolute(`films/${film.id}/`)}#film`,
        name: film.title,
        dateCreated: String(film.year),
        director: film.directors.map((name) => ({ '@type': 'Person', name })),
      });
      const reviews = ((movie!.review ?? []) as Json[]).map((review) => review.url);
      expect(reviews.sort()).toEqual(
        PUBLISHED.filter((essay) => essay.subject === film.id)
          .map((essay) => absolute(`essays/${essay.id}/`))
          .sort(),
      );
    });

    it('the home page is the WebSite', () => {
      expect(graphOf('')).toEqual([expect.objectContaining({ '@type': 'WebSite', url: home, name: 'Long Take' })]);
    });
  });
});
