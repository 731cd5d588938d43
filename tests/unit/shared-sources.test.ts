/**
 * Shared sources (content/sources/<id>.yaml) and sources of an essay's own, together: the schema
 * that reads an essay's list, the plugins that resolve and check citations against it, the index
 * of where each source is cited, and the site's bibliography built from every essay's list.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharedSourceIds } from '../../src/server/content/content-dir';
import { collectWorks, ownKey, unlistedMessage, unlistedSharedSources, type ListingEssay } from '../../src/server/citations/works';
import { rehypeEssayPlugins, remarkEssayPlugins } from '../../src/server/markdown/plugins';
import { essaySchema } from '../../src/server/schemas/essay';
import { sharedSourceSchema, sourceSchema, type Source } from '../../src/server/schemas/source';
import type { SourceEntry } from '../../src/server/schemas/source-reference';

const TODAY = new Date('2025-06-01T00:00:00Z');
const FIXTURE_CONTENT = 'tests/fixtures/content';

const essay = {
  title: 'A Test Essay',
  description: 'A spoiler-free sentence that says what the essay argues, for listings.',
  film: 'anora',
  published: '2025-04',
  spoilers: { level: 'none', ending: false },
};
const book = { id: 'modern-whore', kind: 'book', authors: ['Andrea Werhun'], title: 'Modern Whore', date: '2018' };

/** The path and message of each issue, as the build prints them. */
function issuesOf(sources: unknown[], sourceIds = ['variety-2024', 'web-source']) {
  const result = essaySchema({ filmIds: ['anora'], sourceIds, today: TODAY }).safeParse({ ...essay, sources });
  return result.error?.issues.map(({ path, message }) => ({ path, message })) ?? [];
}

describe('an essay’s sources', () => {
  it('reads the id of a shared source as a reference, and a source written out as itself', () => {
    const parsed = essaySchema({ filmIds: ['anora'], sourceIds: ['web-source'], today: TODAY }).parse({
      ...essay,
      sources: ['web-source', book],
    });
    expect(parsed.sources).toEqual([
      { collection: 'sources', id: 'web-source' },
      expect.objectContaining({ id: 'modern-whore', kind: 'book' }),
    ]);
  });

  it.each([
    {
      problem: 'a shared source id with a typo',
      sources: ['web-sorce'],
      issue: { path: ['sources', 0], message: '"web-sorce" is not a shared source in content/sources (did you mean "web-source"?)' },
    },
    {
      problem: 'an id that names no shared source',
      sources: ['nothing-like-it'],
      issue: {
        path: ['sources', 0],
        message:
          '"nothing-like-it" is not a shared source in content/sources: add content/sources/nothing-like-it.yaml, or write the source out here with its id, kind and title',
      },
    },
    {
      problem: 'a source written out under a shared source’s id',
      sources: [{ ...book, id: 'web-source' }],
      issue: {
        path: ['sources', 0, 'id'],
        message:
          '"web-source" is a shared source in content/sources: list it by id ("- web-source") instead of writing it out here, or give this one another id',
      },
    },
    {
      problem: 'a shared source listed twice',
      sources: ['web-source', 'web-source'],
      issue: { path: ['sources', 1], message: 'source id "web-source" is used twice: list a shared source once' },
    },
    {
      problem: 'a written-out source with a wrong field, next to a shared one',
      sources: ['web-source', { ...book, kind: 'blog' }],
      issue: {
        path: ['sources', 1, 'kind'],
        message:
          'kind must be one of article, book, chapter, interview, film, film-release, tv-episode, podcast-episode, video, web, other',
      },
    },
    {
      problem: 'an entry that is neither an id nor a source',
      sources: [42],
      issue: {
        path: ['sources', 0],
        message: 'a source is the id of a shared source in content/sources ("- variety-2024") or a source written out (id, kind, title…)',
      },
    },
  ])('rejects $problem, saying where and why', ({ sources, issue }) => {
    expect(issuesOf(sources)).toEqual([issue]);
  });
});

describe('a shared source’s file', () => {
  const schema = sharedSourceSchema(TODAY);

  it('is named by its id, or the build stops saying how to name it', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'shared-sources-'));
    try {
      mkdirSync(path.join(folder, 'sources'));
      writeFileSync(path.join(folder, 'sources', 'web-source.yaml'), 'kind: web\ntitle: A Page\n');
      vi.stubEnv('CONTENT_DIR', folder);
      expect(sharedSourceIds()).toEqual(['web-source']);
      writeFileSync(path.join(folder, 'sources', 'Variety_2024.yaml'), 'kind: web\ntitle: A Page\n');
      expect(() => sharedSourceIds()).toThrow(
        `${path.join(folder, 'sources', 'Variety_2024.yaml')}: a shared source's file name is its id, lower-case words joined by hyphens, such as variety-2024.yaml`,
      );
    } finally {
      vi.unstubAllEnvs();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('takes the fields of a source, without an id (its file name is its id)', () => {
    expect(schema.parse({ kind: 'web', title: 'A Page', url: 'https://example.com/page' })).toEqual({
      kind: 'web',
      title: 'A Page',
      url: 'https://example.com/page',
    });
  });

  it.each([
    {
      problem: 'an id field',
      input: { id: 'a-page', kind: 'web', title: 'A Page' },
      path: ['id'],
      message: "a shared source's id is its file name: remove the id field",
    },
    {
      problem: 'an access date before the work’s own date',
      input: { kind: 'article', title: 'A Review', date: '2024-09-08', accessed: '2024-04-03' },
      path: ['accessed'],
      message: "accessed 2024-04-03 is before the source's own date 2024-09-08: check the year",
    },
    {
      problem: 'a URL that is not https',
      input: { kind: 'web', title: 'A Page', url: 'http://example.com/' },
      path: ['url'],
      message: 'is not an absolute https URL',
    },
  ])('rejects $problem', ({ input, path, message }) => {
    const issues = schema.safeParse(input).error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]!.message).toContain(message);
  });
});

describe('the essay plugins with shared sources', () => {
  beforeEach(() => {
    vi.stubEnv('CONTENT_DIR', FIXTURE_CONTENT);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function render(markdown: string, sources: unknown[]) {
    const file = new VFile({ path: 'content/essays/test.mdx', value: markdown, data: { astro: { frontmatter: { ...essay, sources } } } });
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkEssayPlugins({ base: '/' }) as PluggableList)
      .use(remarkRehype)
      .use(rehypeEssayPlugins as PluggableList)
      .use(rehypeStringify);
    const html = String(await processor.process(file));
    return { html, frontmatter: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter };
  }

  async function failure(markdown: string, sources: unknown[]): Promise<string> {
    try {
      await render(markdown, sources);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the essay was accepted');
  }

  it('renders a citation of a shared source from its file in the content folder', async () => {
    const { html } = await render('A review said so.[^a]\n\n[^a]: [@web-source, para. 2]\n', ['web-source']);
    expect(html).toContain(
      '<span class="citation" data-source="web-source">Sam Writer, “A Page With a Link,” Example Review, May 1, 2023, para. 2,',
    );
    expect(html).toContain('archived at <a href="https://web.archive.org/web/2024/https://example.com/review">');
  });

  it.each([
    {
      problem: 'a note citing a shared source the essay does not list',
      markdown: 'Text.[^a]\n\n[^a]: [@web-source]\n',
      sources: [book],
      says: 'note cites [@web-source], a shared source this essay does not list: add "- web-source" to its sources',
    },
    {
      problem: 'a listed shared source no note cites',
      markdown: 'Text.[^a]\n\n[^a]: [@modern-whore]\n',
      sources: ['web-source', book],
      says: 'source "web-source" is never cited: cite it in a note as [@web-source], or remove it from sources',
    },
    {
      problem: 'a note citing an id that is nowhere',
      markdown: 'Text.[^a]\n\n[^a]: [@nowhere]\n',
      sources: ['web-source'],
      says: 'note cites [@nowhere], which is not in this essay\'s sources: add a source with id "nowhere" or correct the id',
    },
  ])('stops the build on $problem', async ({ markdown, sources, says }) => {
    expect(await failure(markdown, sources)).toContain(says);
  });

  it('records where each source is cited: note numbers, first marks, asides', async () => {
    const markdown = [
      'One.[^b] Two.[^a] Three.[^a] Four.[^c]',
      '',
      '[^a]: [@web-source] and [@modern-whore, 12]',
      '[^b]: [@modern-whore]',
      '[^c]: A plain note.',
      '',
    ].join('\n');
    const { frontmatter } = await render(markdown, ['web-source', book]);
    expect(frontmatter.citations).toEqual([
      { source: 'modern-whore', anchor: 'user-content-fnref-b', note: 1 },
      { source: 'web-source', anchor: 'user-content-fnref-a', note: 2 },
      { source: 'modern-whore', anchor: 'user-content-fnref-a', note: 2 },
    ]);
  });
});

describe('the site’s bibliography', () => {
  const shared = new Map<string, Source>([
    [
      'web-source',
      { id: 'web-source', ...sharedSourceSchema(TODAY).parse({ kind: 'web', title: 'A Page With a Link', container: 'Example Review' }) },
    ],
  ]);
  const own = (input: Record<string, unknown>) => sourceSchema(TODAY).parse(input);
  const listing = (id: string, sources: SourceEntry[]): ListingEssay => ({ id, filePath: `content/essays/${id}.mdx`, data: { sources } });
  const ref = (id: string): SourceEntry => ({ collection: 'sources', id });

  it('keeps one entry for a shared source, listing every essay that cites it', () => {
    const first = listing('first', [ref('web-source'), own(book)]);
    const second = listing('second', [ref('web-source')]);
    const works = collectWorks([first, second], shared);
    expect(works.map((work) => [work.key, work.essays.map((one) => one.id)])).toEqual([
      [ownKey('first', 'modern-whore'), ['first']],
      ['web-source', ['first', 'second']],
    ]);
  });

  it('keeps two essays’ own sources apart when they share an id but are different works', () => {
    const works = collectWorks([listing('first', [own(book)]), listing('second', [own({ ...book, title: 'Another Book' })])], shared);
    expect(works.map((work) => work.key)).toEqual(['second--modern-whore', 'first--modern-whore']);
  });

  it.each([
    {
      problem: 'one work written out by two essays',
      essays: [listing('first', [own(book)]), listing('second', [own({ ...book, id: 'werhun-2018', title: 'Modern whore' })])],
      says: 'content/essays/second.mdx: source "werhun-2018" is the same work as source "modern-whore" of content/essays/first.mdx: a work cited by several essays is one shared source; move it to content/sources/modern-whore.yaml and list it by id in both',
    },
    {
      problem: 'a shared source written out again',
      essays: [listing('first', [own({ id: 'page', kind: 'web', title: 'A page with a link', container: 'Example Review' })])],
      says: 'content/essays/first.mdx: source "page" is the shared source content/sources/web-source.yaml written out again: list it by id ("- web-source") instead',
    },
    {
      problem: 'a reference to a shared source that is gone',
      essays: [listing('first', [ref('gone')])],
      says: 'content/essays/first.mdx: source "gone" is not in content/sources',
    },
  ])('stops the build on $problem', ({ essays, says }) => {
    expect(() => collectWorks(essays, shared)).toThrow(says);
  });

  it('groups works by kind (books first) and sorts each kind by its entry’s first words', () => {
    const works = collectWorks(
      [
        listing('essay', [
          own({ id: 'z-page', kind: 'web', title: 'Zebra', container: 'Alpha Site' }),
          own({ id: 'late-book', kind: 'book', authors: ['Zora Neale Hurston'], title: 'Their Eyes' }),
          own({ id: 'early-book', kind: 'book', authors: ['Chinua Achebe'], title: 'Things Fall Apart' }),
          own({ id: 'film', kind: 'film', authors: ['Sean Baker'], title: 'Anora' }),
        ]),
      ],
      new Map(),
    );
    expect(works.map((work) => work.source.id)).toEqual(['early-book', 'late-book', 'film', 'z-page']);
  });

  it('pages works in order', () => {
    const sources = Array.from({ length: 5 }, (_, index) => own({ id: `book-${index}`, kind: 'book', title: `Book ${index}` }));
    const works = collectWorks([listing('essay', sources)], new Map(), 2);
    expect(works.map((work) => work.page)).toEqual([1, 1, 2, 2, 3]);
  });

  it('finds the shared sources no essay lists, and says how to keep one out of the build', () => {
    const ids = unlistedSharedSources(['web-source', 'spare'], [listing('first', [ref('web-source')])]);
    expect(ids).toEqual(['spare']);
    expect(unlistedMessage(ids)).toBe(
      "content/sources/spare.yaml: no essay lists this shared source; list it in an essay's sources, or delete the file (a file named _<id>.yaml stays out of the build)",
    );
  });
});
