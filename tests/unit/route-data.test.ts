/**
 * What each page shows, worked out without a build: the route functions of src/server/routes take
 * the catalogue (made here by the real queries from plain entries) and return what the page lays
 * out — the essay page's gate, scopes, related essays, citation and JSON-LD; the counts, levels and
 * copy of a film's page and of the films index; the pages of paginated lists.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { essaySchema } from '../../src/server/schemas/essay';
import { filmSchema } from '../../src/server/schemas/film';
import { sourceSchema } from '../../src/server/schemas/source';
import { FILMS_PAGE_SIZE, SOURCES_CITING_SHOWN } from '../../src/shared/site';
import { filmsIndexHref, workHref } from '../../src/shared/urls';

const collections = vi.hoisted(() => ({ essays: [] as unknown[], films: [] as unknown[] }));
vi.mock('astro:content', () => ({
  getCollection: async (name: 'essays' | 'films', filter?: (entry: unknown) => boolean) => {
    const entries = name === 'essays' ? collections.essays : collections.films;
    return filter ? entries.filter(filter) : [...entries];
  },
}));

const TODAY = new Date('2026-01-01');
const SITE = new URL('https://example.com/');
const FILM_IDS = ['anora', 'tangerine', 'pretty-woman', 'unseen'];

const film = (id: string, title: string, year: number, extra: Record<string, unknown> = {}) => ({
  id,
  data: filmSchema(TODAY).parse({ title, year, directors: ['Sean Baker'], ...extra }),
});
const essay = (id: string, published: string, frontmatter: Record<string, unknown>, body = 'Some words of prose.') => ({
  id,
  filePath: `content/essays/${id}.mdx`,
  body,
  data: essaySchema({ filmIds: FILM_IDS, today: TODAY }).parse({
    title: `The essay ${id}`,
    description: 'A spoiler-free sentence about the essay, long enough.',
    published,
    ...frontmatter,
  }),
});

const FILMS = [
  film('anora', 'Anora', 2024, {
    writers: ['Sean Baker'],
    runtime: 139,
    awards: [
      { body: 'Academy Awards', category: 'Best Picture', year: 2025, won: true },
      { body: 'Cannes Film Festival', category: "Palme d'Or", year: 2024, won: true },
      { body: 'Academy Awards', category: 'Best Director', year: 2025, won: true },
    ],
  }),
  film('tangerine', 'Tangerine', 2015),
  film('pretty-woman', 'Pretty Woman', 1990, { directors: ['Garry Marshall'] }),
  film('unseen', 'Unseen', 2001),
];
/** Newest first: cost, vision, tang, pair. */
const ESSAYS = [
  essay('cost', '2025-03-01', {
    subject: 'anora',
    films: [
      { id: 'anora', spoilers: 'mild' },
      { id: 'pretty-woman', spoilers: 'major', ending: true },
    ],
    author: 'Sam Critic',
  }),
  essay('vision', '2024-06', { film: 'anora', spoilers: { level: 'none', ending: false } }),
  essay('tang', '2023-01-01', {
    subject: 'tangerine',
    films: [
      { id: 'tangerine', spoilers: 'major' },
      { id: 'anora', spoilers: 'none' },
    ],
  }),
  essay('pair', '2022-01-01', {
    subject: ['tangerine', 'pretty-woman'],
    films: [
      { id: 'tangerine', spoilers: 'none' },
      { id: 'pretty-woman', spoilers: 'none' },
    ],
  }),
];

beforeEach(() => {
  vi.stubEnv('DEV', true); // the catalogue is worked out afresh from `collections` for each test
  collections.films = FILMS;
  collections.essays = ESSAYS;
});

const loadCatalogue = async () => (await import('../../src/server/content/queries')).catalogue();
const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('the essay page', () => {
  const route = async (id: string, renderedFrontmatter: Record<string, unknown> = {}) => {
    const { essayRouteData } = await import('../../src/server/routes/essay');
    const catalogue = await loadCatalogue();
    const essay = catalogue.essays.find((entry) => entry.id === id)!;
    return essayRouteData({ essay, catalogue, sources: [], renderedFrontmatter, site: SITE });
  };

  it('is built once for each published essay, at its id', async () => {
    const { essayPaths } = await import('../../src/server/routes/essay');
    const paths = essayPaths(await loadCatalogue());
    expect(paths.map(({ params, props }) => [params.id, props.essay.id])).toEqual(ESSAYS.map(({ id }) => [id, id]));
  });

  it('gates the text on each film the essay spoils, at its level, in the essay’s order', async () => {
    const data = await route('cost');
    expect(data.gated).toBe(true);
    expect(data.gate).toEqual([
      { film: 'anora', level: 'mild' },
      { film: 'pretty-woman', level: 'major' },
    ]);
    expect(data.gateFilms.map(({ id, title, spoilers }) => [id, title, spoilers.level, spoilers.ending])).toEqual([
      ['anora', 'Anora', 'mild', false],
      ['pretty-woman', 'Pretty Woman', 'major', true],
    ]);
  });

  it('has no gate when the essay spoils none of its films', async () => {
    const data = await route('vision');
    expect(data.films).toHaveLength(1);
    expect(data.gated).toBe(false);
    expect(data.gate).toEqual([]);
    expect(data.gateFilms).toEqual([]);
  });

  it('reads the text’s spoiler scopes from what rendering found, skipping tokens that are not scopes', async () => {
    const data = await route('vision', { spoilerScopes: ['anora:major', 'nonsense', 'tangerine:mild anora:none'] });
    expect(data.textScopes).toEqual([
      { film: 'anora', level: 'major' },
      { film: 'tangerine', level: 'mild' },
    ]);
    expect((await route('vision')).textScopes).toEqual([]);
  });

  it('relates the other essays on its subject: those about it first, then those that discuss it', async () => {
    const data = await route('cost');
    expect(ids(data.related)).toEqual(['vision', 'tang']);
    expect(data.soleSubject?.id).toBe('anora');
  });

  it('relates the essays on each of several subjects, once each, and words an empty list for them all', async () => {
    const data = await route('pair');
    expect(ids(data.subjects)).toEqual(['tangerine', 'pretty-woman']);
    expect(data.soleSubject).toBeUndefined();
    expect(ids(data.related)).toEqual(['tang', 'cost']);
    collections.essays = [ESSAYS[3]];
    const alone = await route('pair');
    expect(alone.related).toEqual([]);
    expect(alone.relatedEmpty).toBe('No other essays on these films yet.');
  });

  it('cites the essay as a post on the site, at its address, with its author and date', async () => {
    const { citation, url, byline } = await route('cost');
    expect(url).toBe('https://example.com/essays/cost/');
    expect(byline).toBe('Sam Critic');
    expect(citation).toMatchObject({
      id: 'cost',
      type: 'post-weblog',
      title: 'The essay cost',
      author: [{ family: 'Critic', given: 'Sam' }],
      'container-title': 'Long Take',
      URL: 'https://example.com/essays/cost/',
    });
  });

  it('describes the essay in JSON-LD as a review of its subject that mentions the other films', async () => {
    const data = await route('cost');
    expect(data.jsonLd).toMatchObject({
      '@type': 'Review',
      url: 'https://example.com/essays/cost/',
      image: 'https://example.com/social/essays/cost.png',
      wordCount: data.stats.words,
      itemReviewed: { '@type': 'Movie', name: 'Anora', url: 'https://example.com/films/anora/' },
      mentions: [{ '@type': 'Movie', name: 'Pretty Woman', url: 'https://example.com/films/pretty-woman/' }],
    });
    expect(data.stats.words).toBe(4);
    expect(data.image.alt).toBe('The essay cost: an essay on Anora (2024), in Long Take');
  });

  it('links its neighbours in the home page’s order and counts each film’s essays for its preview', async () => {
    const data = await route('vision');
    expect([data.newer?.id, data.older?.id]).toEqual(['cost', 'tang']);
    expect((await route('cost')).newer).toBeUndefined();
    expect(data.filmPreviews.map(({ id, essays }) => [id, essays])).toEqual([['anora', 3]]);
  });
});

describe('a film’s page', () => {
  const route = async (id: string) => {
    const { filmRouteData } = await import('../../src/server/routes/film');
    const catalogue = await loadCatalogue();
    return filmRouteData({ film: catalogue.film(id), catalogue, site: SITE });
  };

  it('counts the essays about the film and those that discuss it, in words, leaving out a zero', async () => {
    const anora = await route('anora');
    expect([ids(anora.about), ids(anora.discussing)]).toEqual([['cost', 'vision'], ['tang']]);
    expect(anora.counts).toEqual({ about: 2, discussing: 1 });
    expect(anora.description).toBe("Anora (2024), directed by Sean Baker: the film's facts, 2 essays on it and 1 essay that discusses it.");
    expect((await route('pretty-woman')).description).toBe(
      "Pretty Woman (1990), directed by Garry Marshall: the film's facts, 1 essay on it and 1 essay that discusses it.",
    );
    expect((await route('unseen')).description).toBe("Unseen (2001), directed by Sean Baker: the film's facts.");
  });

  it('lists only the facts the file gives, and the awards by body', async () => {
    const anora = await route('anora');
    expect(anora.facts.map(({ term, text }) => [term, text])).toEqual([
      ['Directed by', 'Sean Baker'],
      ['Written by', 'Sean Baker'],
      ['Running time', '139 minutes'],
    ]);
    expect(anora.awards.map(({ body, awards }) => [body, awards.map((award) => award.category)])).toEqual([
      ['Academy Awards', ['Best Picture', 'Best Director']],
      ['Cannes Film Festival', ["Palme d'Or"]],
    ]);
    expect(anora.jsonLd).toMatchObject({ '@type': 'Movie', review: [{ name: 'The essay cost' }, { name: 'The essay vision' }] });
  });
});

describe('the films index', () => {
  const route = async (order: 'title' | 'year', page = 1) => {
    const { filmsIndexRouteData } = await import('../../src/server/routes/films-index');
    return filmsIndexRouteData({ catalogue: await loadCatalogue(), order, page });
  };

  it('says how many essays are on each film and discuss it, in good English, a zero left unsaid', async () => {
    const { films } = await route('title');
    expect(films.map((entry) => [entry.id, entry.essays])).toEqual([
      ['anora', '2 essays on it and 1 essay that discusses it'],
      ['pretty-woman', '1 essay on it and 1 essay that discusses it'],
      ['tangerine', '2 essays on it'],
      ['unseen', 'no essays yet'],
    ]);
    expect(films.find((entry) => entry.id === 'tangerine')!.counts).toEqual({ about: 2, discussing: 0 });
  });

  it('carries each film’s highest spoiler level over all its essays', async () => {
    const { films } = await route('year');
    expect(films.map((entry) => [entry.id, entry.highestLevel])).toEqual([
      ['pretty-woman', 'major'],
      ['unseen', 'none'],
      ['tangerine', 'major'],
      ['anora', 'mild'],
    ]);
  });

  it('marks the order shown, and has no pager on a single page', async () => {
    const data = await route('year');
    expect(data.title).toBe('Films by year');
    expect(data.orders.map(({ label, current }) => [label, current])).toEqual([
      ['By title', false],
      ['By year', true],
    ]);
    expect(data.pager).toEqual({ newer: undefined, older: undefined });
  });

  it('pages the films FILMS_PAGE_SIZE at a time, linking the pages either side within the order', async () => {
    const many = Array.from({ length: FILMS_PAGE_SIZE * 2 + 1 }, (_, index) =>
      film(`film-${index}`, `Film ${String(index).padStart(3, '0')}`, 1950 + (index % 70)),
    );
    collections.films = many;
    collections.essays = [];
    const { filmsIndexPageNumbers } = await import('../../src/server/routes/films-index');
    expect(filmsIndexPageNumbers(await loadCatalogue())).toEqual([1, 2, 3]);
    const second = await route('title', 2);
    expect(second.title).toBe('Films, page 2 of 3');
    expect(second.films).toHaveLength(FILMS_PAGE_SIZE);
    expect(second.films[0]!.title).toBe(`Film ${String(FILMS_PAGE_SIZE).padStart(3, '0')}`);
    expect(second.pager).toEqual({
      newer: { href: filmsIndexHref('title', 1), label: 'Previous films', text: 'Page 1' },
      older: { href: filmsIndexHref('title', 3), label: 'More films', text: 'Page 3' },
    });
    const last = await route('year', 3);
    expect(last.films).toHaveLength(1);
    expect(last.pager.older).toBeUndefined();
    expect(last.pager.newer?.href).toBe(filmsIndexHref('year', 2));
  });
});

describe('the archive', () => {
  /** One of Astro's pages, as `paginate` makes it: its URLs without the trailing slash. */
  const page = (currentPage: number, lastPage: number, total: number, size: number) => ({
    currentPage,
    lastPage,
    total,
    size,
    start: (currentPage - 1) * size,
    end: Math.min(currentPage * size, total) - 1,
    data: [],
    url: {
      current: `/archive/${currentPage}`,
      prev: currentPage > 1 ? (currentPage === 2 ? '/archive' : `/archive/${currentPage - 1}`) : undefined,
      next: currentPage < lastPage ? `/archive/${currentPage + 1}` : undefined,
    },
  });
  const route = async (...args: Parameters<typeof page>) => {
    const { archiveRouteData } = await import('../../src/server/routes/archive');
    return archiveRouteData(page(...args) as never);
  };

  it('counts the essays and which of them a page shows, with links either side that end in a slash', async () => {
    const data = await route(2, 3, 45, 20);
    expect(data.title).toBe('All essays, page 2 of 3');
    expect(data.description).toBe('Every essay on the site, newest first: 45 in all, page 2 of 3.');
    expect(data.summary).toBe('45 essays, newest first: 21–40.');
    expect(data.pager).toEqual({
      newer: { href: '/archive/', label: 'Newer essays', text: 'Page 1' },
      older: { href: '/archive/3/', label: 'Older essays', text: 'Page 3' },
    });
  });

  it('says one essay in the singular, and no page numbers when there is one page', async () => {
    const data = await route(1, 1, 1, 20);
    expect(data.title).toBe('All essays');
    expect(data.summary).toBe('1 essay, newest first.');
    expect(data.pager).toEqual({ newer: undefined, older: undefined });
  });
});

describe('the home page', () => {
  it('shows the newest essays and the films they are about, linking to all when it shows fewer', async () => {
    const { homeRouteData, HOME_ESSAYS } = await import('../../src/server/routes/home');
    const data = homeRouteData({ catalogue: await loadCatalogue(), site: SITE });
    expect(ids(data.essays)).toEqual(['cost', 'vision', 'tang', 'pair']);
    expect(ids(data.films)).toEqual(['anora', 'tangerine', 'pretty-woman']);
    expect(data.filmsHeading).toBe('Recently discussed films');
    expect(data.allFilms).toBe('All 4 films');
    expect(data.allEssays).toBeUndefined();
    expect(HOME_ESSAYS).toBeLessThan(20);
  });
});

describe('the feed', () => {
  it('lists every essay with its films as categories, a day-less date left to dc:date, each author escaped', async () => {
    collections.essays = [
      ...ESSAYS.slice(1),
      essay('amp', '2025-05-05', { film: 'anora', spoilers: { level: 'none', ending: false }, author: ['Ann & <Bo>', 'Cy'] }),
    ];
    const { feedRouteData } = await import('../../src/server/routes/feed');
    const { items } = feedRouteData({ catalogue: await loadCatalogue(), site: SITE });
    expect(items.map((item) => item.link)).toEqual(['amp', 'vision', 'tang', 'pair'].map((id) => `https://example.com/essays/${id}/`));
    expect(items[0]!.customData).toBe(
      '<dc:date>2025-05-05</dc:date><dc:creator>Ann &amp; &lt;Bo&gt;</dc:creator><dc:creator>Cy</dc:creator>',
    );
    expect(items[1]!.pubDate).toBeUndefined();
    expect(items[2]!.categories).toEqual(['Tangerine', 'Anora']);
  });
});

describe('the search page', () => {
  it('offers the values the pages give Pagefind: decades, levels; films and directors by typing, none listed', async () => {
    const { searchRouteData } = await import('../../src/server/routes/search');
    const { typed, filters } = searchRouteData((await loadCatalogue()).films);
    const values = Object.fromEntries(filters.map((filter) => [filter.name, filter.options.map((option) => option.value)]));
    expect(values).toEqual({
      type: ['Essays', 'Films'],
      decade: ['1990s', '2000s', '2010s', '2020s'],
      spoilers: ['none', 'mild', 'major'],
    });
    expect(typed.map((filter) => filter.name)).toEqual(['film', 'director']);
  });

  it('lists which pieces of the alias groups exist, not the groups: the page does not grow with the films', async () => {
    const { searchRouteData } = await import('../../src/server/routes/search');
    const films = [
      film('anora', 'Anora', 2024, { aliases: [['Anora', 'Анора']] }),
      film('cleo', 'Cleo from 5 to 7', 1962, { originalTitle: 'Cléo de 5 à 7', directors: ['Agnès Varda'] }),
      film('tangerine', 'Tangerine', 2015),
    ];
    expect(searchRouteData(films).aliasPieces).toEqual(['a', 'c', 'u430']);
    expect(searchRouteData(films.slice(2)).aliasPieces).toEqual([]);
  });
});

describe('counts in words', () => {
  it.each([
    [0, 'essays'],
    [1, 'essay'],
    [2, 'essays'],
  ])('%i takes the form “%s” by the plural rules of the site’s language', async (count, form) => {
    const { plural } = await import('../../src/server/routes/copy');
    expect(plural(count, { one: 'essay', other: 'essays' })).toBe(form);
  });

  it.each([
    [['Ann Critic'], 'Ann Critic'],
    [['Ann Critic', 'Bo Writer'], 'Ann Critic and Bo Writer'],
    [['Ann Critic', 'Bo Writer', 'Cy Editor'], 'Ann Critic, Bo Writer, and Cy Editor'],
  ])('a byline of %j reads “%s”', async (names, byline) => {
    const { listOfNames } = await import('../../src/server/routes/copy');
    expect(listOfNames(names)).toBe(byline);
  });
});

describe('the bibliography', () => {
  /** A work as the bibliography lists it, on page `page`, cited by `essays` essays. */
  const work = (key: string, kind: 'book' | 'web', page: number, essays = 1) => ({
    key,
    source: sourceSchema(TODAY).parse({ id: key, kind, authors: ['Ann Author'], title: `Work ${key}`, date: '2020' }),
    shared: true,
    entry: [],
    essays: Array.from({ length: essays }, (_, index) => ({ id: `essay-${index}` })),
    page,
  });
  const WORKS = [work('b1', 'book', 1), work('b2', 'book', 2, SOURCES_CITING_SHOWN + 1), work('w1', 'web', 2)];
  const citingOf = async (cited: { essays: { id: string }[] }) => cited.essays.map((essay) => ({ essay, places: [] }));
  /** Page `currentPage` of the works above, one book on page 1 and the rest on page 2. */
  const page = (currentPage: number) => ({
    currentPage,
    lastPage: 2,
    total: WORKS.length,
    data: WORKS.filter((entry) => entry.page === currentPage),
    url: { prev: currentPage > 1 ? '/sources' : undefined, next: currentPage < 2 ? '/sources/2' : undefined },
  });

  it('lists each kind that has works, with its count and the page it starts on', async () => {
    const { sourcesKinds } = await import('../../src/server/routes/sources');
    expect(sourcesKinds(WORKS as never)).toEqual([
      { kind: 'book', count: 2, page: 1 },
      { kind: 'web', count: 1, page: 2 },
    ]);
  });

  it('groups a page’s works by kind, says when a kind began on an earlier page, and links a much-cited work’s own page', async () => {
    const { sourcesKinds, sourcesRouteData } = await import('../../src/server/routes/sources');
    const data = await sourcesRouteData(page(2) as never, sourcesKinds(WORKS as never), citingOf as never);
    expect(data.title).toBe('Sources, page 2 of 2');
    expect(data.total).toBe('3 works');
    expect(data.pageOf).toBe('; page 2 of 2');
    expect(data.groups.map(({ id, heading, works }) => [id, heading, works.map((listed) => listed.work.key)])).toEqual([
      ['kind-book', 'Books (continued)', ['b2']],
      ['kind-web', 'Web pages', ['w1']],
    ]);
    const [much] = data.groups[0]!.works;
    expect([much!.citing.length, much!.total, much!.more]).toEqual([SOURCES_CITING_SHOWN, SOURCES_CITING_SHOWN + 1, workHref('b2')]);
    expect(data.groups[1]!.works[0]!.more).toBeUndefined();
    expect(data.pager).toEqual({ newer: { href: '/sources/', label: 'Previous works', text: 'Page 1' }, older: undefined });
  });
});

describe('the citation files', () => {
  it('give an essay’s citation, and the whole bibliography keyed by each work’s key, in each format', async () => {
    const { bibliographyFile, citationFormats, essayCitationFile } = await import('../../src/server/routes/citation-files');
    expect(citationFormats().map(({ extension }) => extension)).toEqual(['bib', 'ris', 'json']);
    const catalogue = await loadCatalogue();
    const own = essayCitationFile({ essay: catalogue.essays[0]!, format: 'csljson', site: SITE });
    expect(own.type).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(JSON.parse(own.body)).toMatchObject([{ id: 'cost', URL: 'https://example.com/essays/cost/' }]);
    const source = sourceSchema(TODAY).parse({ id: 'own', kind: 'book', authors: ['Ann Author'], title: 'A Book', date: '2020' });
    // A description with nothing to find it by (an idea) is not a work: it stays out of the file.
    const idea = sourceSchema(TODAY).parse({
      id: 'idea',
      kind: 'other',
      authors: ['Alfred Adler'],
      title: 'On the feeling of inferiority',
    });
    const works = [
      { key: 'cost--own', source },
      { key: 'cost--idea', source: idea },
    ];
    const all = bibliographyFile({ works: works as never, format: 'csljson' });
    expect(JSON.parse(all.body)).toMatchObject([{ id: 'cost--own', title: 'A Book' }]);
  });
});
