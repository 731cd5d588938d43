/**
 * Citing the site's essays and sources outside it: "Cite this essay" in three styles, the
 * downloads (BibTeX, RIS, CSL-JSON) read back with citation-js's own parsers, the `citation_*`
 * meta tags, and the COinS of the bibliography pages, read the way Zotero reads them.
 */
import { describe, expect, it } from 'vitest';
import { coins } from '../../src/server/citations/coins';
import { cslItem, type CslItem } from '../../src/server/citations/csl';
import { citationMeta, citeEssay, essayItem } from '../../src/server/citations/essay-citation';
import { exportItems } from '../../src/server/citations/exports';
import { checkBibtex, checkCslJson, checkRis } from './export-read-back';
import { runsText } from '../../src/server/citations/runs';
import { parsePartialDate } from '../../src/server/schemas/partial-date';
import { sourceSchema } from '../../src/server/schemas/source';

const TODAY = new Date('2025-06-01T00:00:00Z');
const source = (input: Record<string, unknown>) => sourceSchema(TODAY).parse(input);

/** A launch essay: no author, dated to the month, a title ending in an ellipsis. */
const launchEssay = { id: 'a-stripping-vision', title: 'A Stripping Vision…', authors: [], published: parsePartialDate('2025-04')! };
/** An essay with everything: an author, a day, quotation marks and an ampersand in the title. */
const fullEssay = {
  id: 'notes-fixture',
  title: 'Sean Baker’s “Anora” & the Cost',
  authors: ['Sam Writer'],
  published: parsePartialDate('2024-01-15')!,
};
const urlOf = (id: string) => `https://example.com/essays/${id}/`;

describe('Cite this essay', () => {
  it.each([
    {
      essay: launchEssay,
      expected: {
        'Chicago note': '“A Stripping Vision…,” Long Take, April 2025, https://example.com/essays/a-stripping-vision/.',
        'Chicago bibliography': '“A Stripping Vision….” Long Take, April 2025. https://example.com/essays/a-stripping-vision/.',
        MLA: '“A Stripping Vision….” Long Take, Apr. 2025, https://example.com/essays/a-stripping-vision/.',
        // APA 7 6.17: titles in sentence case.
        APA: 'A stripping vision…. (2025, April). Long Take. https://example.com/essays/a-stripping-vision/',
      },
    },
    {
      essay: fullEssay,
      expected: {
        'Chicago note':
          'Sam Writer, “Sean Baker’s ‘Anora’ & the Cost,” Long Take, January 15, 2024, https://example.com/essays/notes-fixture/.',
        'Chicago bibliography':
          'Writer, Sam. “Sean Baker’s ‘Anora’ & the Cost.” Long Take, January 15, 2024. https://example.com/essays/notes-fixture/.',
        MLA: 'Writer, Sam. “Sean Baker’s ‘Anora’ & the Cost.” Long Take, 15 Jan. 2024, https://example.com/essays/notes-fixture/.',
        // APA 7 6.17: sentence case, the names the site knows (a director, a film) kept.
        APA: 'Writer, S. (2024, January 15). Sean Baker’s “Anora” & the cost. Long Take. https://example.com/essays/notes-fixture/',
      },
    },
  ])('gives $essay.id in Chicago, MLA and APA, from the official styles', ({ essay, expected }) => {
    const styles = citeEssay(essay, essayItem(essay, urlOf(essay.id)), ['Sean Baker', 'Anora']);
    expect(Object.fromEntries(styles.map(({ label, runs }) => [label, runsText(runs)]))).toEqual(expected);
  });

  it('sets the site’s name in italics and links the address', () => {
    const [chicago] = citeEssay(launchEssay, essayItem(launchEssay, urlOf(launchEssay.id)));
    expect(chicago!.runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['Long Take']);
    expect(chicago!.runs.filter((run) => run.href).map((run) => run.href)).toEqual([urlOf(launchEssay.id)]);
  });
});

/** A title longer than an RIS line once was: citation-js wrapped it mid-word at 70 characters. */
const LONG_TITLE = 'Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’ Until Halfway Through Production';

/** Sources of every kind the site's bibliography exports, with everything they can record. */
const SOURCES: CslItem[] = [
  cslItem(
    source({
      id: 'werhun-modern-whore',
      kind: 'book',
      authors: ['Andrea Werhun'],
      title: 'Modern Whore',
      publisher: 'Penguin Random House Canada',
      edition: 'Expanded edition',
      date: '2022',
      originalDate: '2018',
      isbn: '978-0-00-000000-2',
    }),
  ),
  cslItem(
    source({
      id: 'filmmaker-2024',
      kind: 'article',
      authors: ['Scott Macaulay'],
      title: 'Swept Off Her Feet',
      container: 'Filmmaker',
      volume: 33,
      issue: 1,
      date: '2024',
    }),
  ),
  cslItem(
    source({
      id: 'web-source',
      kind: 'web',
      authors: ['Sam Writer'],
      title: 'A Page With a Link',
      container: 'Example Review',
      date: '2023-05-01',
      url: 'https://example.com/review',
      archiveUrl: 'https://web.archive.org/web/2024/https://example.com/review',
      accessed: '2024-01-02',
    }),
  ),
  cslItem(source({ id: 'anora', kind: 'film', authors: ['Sean Baker'], title: 'Anora', publisher: 'Neon', date: '2024' })),
  cslItem(
    source({
      id: 'variety-2024',
      kind: 'article',
      authors: ['Alex Ritman', 'Ellise Shafer'],
      title: 'Sean Baker Makes Movies About Sex Workers in Hopes of ‘Helping Remove the Stigma’',
      container: 'Variety',
      date: '2024-05-22',
      accessed: '2025-04-03',
    }),
  ),
  cslItem(
    source({
      id: 'indiewire-2024',
      kind: 'article',
      authors: ['Vincent Perella'],
      title: LONG_TITLE,
      container: 'IndieWire',
      date: '2024-09-08',
    }),
  ),
  cslItem(source({ id: 'wikipedia-werhun', kind: 'web', title: 'Andrea Werhun', container: 'Wikipedia' })),
  cslItem(
    source({
      id: 'journal-source',
      kind: 'article',
      authors: ['Ann Critic'],
      title: 'A Study',
      container: 'A Film Journal',
      containerType: 'journal',
      volume: 78,
      issue: 2,
      pages: '10–20',
      date: '2024',
      doi: '10.1234/example.2024.78.2.10',
    }),
  ),
  cslItem(
    source({
      id: 'chapter-source',
      kind: 'chapter',
      authors: ['Ann Author'],
      editors: ['Ed Editor'],
      title: 'A Chapter',
      container: 'A Book of Chapters',
      publisher: 'A Press',
      pages: '10–20',
      date: '2020',
    }),
  ),
  cslItem(
    source({
      id: 'interview-source',
      kind: 'interview',
      authors: ['Mikey Madison'],
      title: 'On Playing Ani',
      container: 'A Magazine',
      date: '2024-10-01',
      note: 'Conducted by telephone.',
    }),
  ),
  cslItem(
    source({
      id: 'newspaper-source',
      kind: 'article',
      containerType: 'newspaper',
      authors: ['Eve Reporter'],
      title: 'A Test Card Returns',
      container: 'The Example Times',
      date: '2021-05-02',
    }),
  ),
  cslItem(
    source({
      id: 'release-source',
      kind: 'film-release',
      authors: ['Sean Baker'],
      title: 'Anora',
      publisher: 'Neon',
      date: '2024',
      format: 'DCP',
      edition: 'director’s cut',
      runtime: '2:19:00',
    }),
  ),
  cslItem(
    source({
      id: 'episode-source',
      kind: 'tv-episode',
      authors: ['Alan Taylor'],
      writers: ['Robin Veith'],
      title: 'Nixon vs. Kennedy',
      container: 'Mad Men',
      season: 1,
      episode: 12,
      publisher: 'AMC',
      date: '2007-10-11',
    }),
  ),
  cslItem(
    source({
      id: 'podcast-source',
      kind: 'podcast-episode',
      authors: ['Dee Host'],
      guests: ['Sean Baker'],
      title: 'On Anora',
      container: 'Frame by Frame',
      episode: 42,
      date: '2024-10-18',
      runtime: '58:20',
      url: 'https://example.com/podcast/42',
    }),
  ),
  cslItem(
    source({
      id: 'video-source',
      kind: 'video',
      title: 'Making Anora',
      container: 'Anora',
      publisher: 'Criterion Collection',
      format: 'Blu-ray',
      date: '2025',
      runtime: '24:10',
    }),
  ),
];
const ESSAYS = [essayItem(launchEssay, urlOf(launchEssay.id)), essayItem(fullEssay, urlOf(fullEssay.id))];

describe('the downloads, read back by two readers each', () => {
  const ALL = [...ESSAYS, ...SOURCES];

  it('CSL-JSON keeps every field of every essay and source', () => {
    checkCslJson(exportItems(ALL, 'csljson'), ALL);
  });

  it('RIS keeps every field RIS can say, on unwrapped lines, each record with its whole id', () => {
    const ris = exportItems(ALL, 'ris');
    checkRis(ris, ALL);
    // The long title is on one line: a wrapped title is what Zotero imported as "Pre tty Woman".
    expect(ris).toContain(`TI  - ${LONG_TITLE}\n`);
  });

  it('BibTeX keeps every field BibTeX can say, keyed by the site’s ids, with months as months', () => {
    const bibtex = exportItems(ALL, 'bibtex');
    checkBibtex(bibtex, ALL);
    expect(bibtex).toContain('@article{variety-2024,');
    expect(bibtex).toMatch(/\tmonth = may,\n\tday = \{22\},/);
  });

  it('writes an essay and a web page as @misc with the site in howpublished, which plain.bst prints', () => {
    const bibtex = exportItems(ESSAYS.slice(0, 1), 'bibtex');
    expect(bibtex).toMatch(/^@misc\{a-stripping-vision,$/m);
    expect(bibtex).toContain('\thowpublished = {Long {Take}},');
    expect(bibtex).not.toContain('publisher =');
  });

  it('writes the people and day citation-js leaves out of RIS, as Zotero reads them: a newspaper’s author, a podcast’s hosts', () => {
    const records = exportItems(SOURCES, 'ris').split('\n\n');
    const record = (id: string) => records.find((text) => text.includes(`ID  - ${id}\n`));
    expect(record('newspaper-source')).toMatch(/^TY {2}- NEWS\n(.*\n)*AU {2}- Reporter, Eve\nDA {2}- 2021\/5\/2\/\n/);
    expect(record('podcast-source')).toMatch(/^TY {2}- MPCT\n(.*\n)*AU {2}- Host, Dee\n/);
    expect(record('episode-source')?.match(/^AU {2}- .*$/gm)).toEqual(['AU  - Taylor, Alan']);
  });

  it('writes BibTeX entries whole: the date as year, month macro and day after it, a web page’s site in howpublished beside its publisher', () => {
    const items = [
      SOURCES.find((item) => item.id === 'newspaper-source')!,
      cslItem(source({ id: 'site-page', kind: 'web', title: 'A Page', container: 'A Site', publisher: 'A Publisher', date: '2024' })),
    ];
    expect(exportItems(items, 'bibtex')).toBe(
      [
        '@article{newspaper-source,',
        '\tauthor = {Reporter, Eve},',
        '\tjournal = {The Example Times},',
        '\tyear = {2021},',
        '\tmonth = may,',
        '\tday = {2},',
        '\ttitle = {A {Test} {Card} {Returns}},',
        '}',
        '',
        '@misc{site-page,',
        '\tyear = {2024},',
        '\tpublisher = {A Publisher},',
        '\ttitle = {A {Page}},',
        '\thowpublished = {A {Site}},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes in RIS the people and date citation-js leaves out in RIS’s forms: a name whole or alone, a date to the year', () => {
    const item: CslItem = {
      id: 'news-year',
      type: 'article-newspaper',
      title: 'A Test',
      author: [{ literal: 'Madonna' }, { family: 'Reporter' }],
      'container-title': 'The Example Times',
      issued: { 'date-parts': [[2021]] },
    };
    const ris = exportItems([item], 'ris');
    expect(ris.match(/^(AU|DA) {2}- .*$/gm)).toEqual(['AU  - Madonna', 'AU  - Reporter', 'DA  - 2021///']);
  });

  it('records a web page’s archived copy as Zotero records a Wayback Machine copy', () => {
    expect(SOURCES.find((item) => item.id === 'web-source')).toMatchObject({
      archive: 'Internet Archive',
      archive_location: 'https://web.archive.org/web/2024/https://example.com/review',
    });
  });
});

describe('citation_* meta tags', () => {
  it.each([
    {
      essay: launchEssay,
      expected: [
        ['citation_title', 'A Stripping Vision…'],
        ['citation_publication_date', '2025'],
        ['citation_public_url', 'https://example.com/essays/a-stripping-vision/'],
        ['citation_language', 'en'],
      ],
    },
    {
      essay: fullEssay,
      expected: [
        ['citation_title', 'Sean Baker’s “Anora” & the Cost'],
        ['citation_author', 'Sam Writer'],
        ['citation_publication_date', '2024/1/15'],
        ['citation_public_url', 'https://example.com/essays/notes-fixture/'],
        ['citation_language', 'en'],
      ],
    },
  ])('give $essay.id’s title, author when credited, date as precise as known, the site and the address', ({ essay, expected }) => {
    expect(citationMeta(essay, urlOf(essay.id)).map(({ name, content }) => [name, content])).toEqual(expected);
  });
});

describe('COinS', () => {
  /** A ContextObject as Zotero's reader splits it: `&`-separated pairs, each value URI-decoded. */
  const fields = (kev: string) => {
    const pairs = kev.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]);
    return { get: (key: string) => pairs.filter(([name]) => name === key).map(([, value]) => value) };
  };

  it.each([
    { kind: 'a book', item: 0, format: 'info:ofi/fmt:kev:mtx:book', title: ['rft.btitle', 'Modern Whore'] },
    { kind: 'a journal article', item: 1, format: 'info:ofi/fmt:kev:mtx:journal', title: ['rft.atitle', 'Swept Off Her Feet'] },
    { kind: 'a web page', item: 2, format: 'info:ofi/fmt:kev:mtx:dc', title: ['rft.title', 'A Page With a Link'] },
  ])('describe $kind in the format Zotero’s reader turns into an item', ({ item, format, title }) => {
    const sources = [
      source({ id: 'b', kind: 'book', authors: ['Andrea Werhun'], title: 'Modern Whore', date: '2022' }),
      source({
        id: 'j',
        kind: 'article',
        authors: ['Scott Macaulay'],
        title: 'Swept Off Her Feet',
        container: 'Filmmaker',
        volume: 33,
        issue: 1,
        date: '2024',
      }),
      source({
        id: 'w',
        kind: 'web',
        authors: ['Sam Writer'],
        title: 'A Page With a Link',
        date: '2023-05-01',
        url: 'https://example.com/review',
      }),
    ];
    const kev = fields(coins(sources[item]!));
    expect(kev.get('ctx_ver')).toEqual(['Z39.88-2004']);
    expect(kev.get('rft_val_fmt')).toEqual([format]);
    expect(kev.get(title[0]!)).toEqual([title[1]]);
    expect(kev.get('rft.au')).toEqual([sources[item]!.authors![0]]);
    expect(kev.get('rft.date')).toEqual([sources[item]!.date!.iso]);
  });

  it('gives a book’s ISBN and an article’s DOI as Zotero’s reader takes them', () => {
    const book = fields(coins(source({ id: 'b', kind: 'book', title: 'Modern Whore', isbn: '978-0-00-000000-2' })));
    expect(book.get('rft.isbn')).toEqual(['978-0-00-000000-2']);
    const article = fields(
      coins(source({ id: 'j', kind: 'article', title: 'A Study', container: 'A Journal', volume: 1, doi: '10.1234/example.1' })),
    );
    expect(article.get('rft_id')).toEqual(['info:doi/10.1234/example.1']);
  });

  it.each([
    {
      kind: 'a journal article',
      input: {
        id: 'j',
        kind: 'article',
        containerType: 'journal',
        authors: ['Ann Critic', 'Bo Writer'],
        title: 'A Study',
        container: 'A Film Journal',
        volume: 78,
        issue: 2,
        pages: '10–20',
        date: '2024-03',
        doi: '10.1234/example.1',
      },
      expected: [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
        ['rft.genre', 'article'],
        ['rft.atitle', 'A Study'],
        ['rft.jtitle', 'A Film Journal'],
        ['rft.volume', '78'],
        ['rft.issue', '2'],
        ['rft.au', 'Ann Critic'],
        ['rft.au', 'Bo Writer'],
        ['rft.date', '2024-03'],
        ['rft.pages', '10–20'],
        ['rft_id', 'info:doi/10.1234/example.1'],
      ],
    },
    {
      kind: 'a book',
      input: { id: 'b', kind: 'book', title: 'Modern Whore', publisher: 'A Press', edition: 'Expanded edition', isbn: '978-0-00-000000-2' },
      expected: [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
        ['rft.genre', 'book'],
        ['rft.btitle', 'Modern Whore'],
        ['rft.publisher', 'A Press'],
        ['rft.edition', 'Expanded edition'],
        ['rft.isbn', '978-0-00-000000-2'],
      ],
    },
    {
      kind: 'a chapter',
      input: {
        id: 'c',
        kind: 'chapter',
        authors: ['Ann Author'],
        title: 'A Chapter',
        container: 'A Book of Chapters',
        publisher: 'A Press',
      },
      expected: [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
        ['rft.genre', 'bookitem'],
        ['rft.atitle', 'A Chapter'],
        ['rft.btitle', 'A Book of Chapters'],
        ['rft.publisher', 'A Press'],
        ['rft.au', 'Ann Author'],
      ],
    },
    {
      kind: 'a web page',
      input: { id: 'w', kind: 'web', title: 'A Page', container: 'A Site', publisher: 'A Publisher', url: 'https://example.com/page' },
      expected: [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
        ['rft.type', 'webpage'],
        ['rft.title', 'A Page'],
        ['rft.source', 'A Site'],
        ['rft.publisher', 'A Publisher'],
        ['rft.identifier', 'https://example.com/page'],
        ['rft_id', 'https://example.com/page'],
      ],
    },
  ])('writes every field of $kind it has, under the keys Zotero’s reader takes, and nothing for what it has not', ({ input, expected }) => {
    const pairs = coins(source(input))
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent));
    expect(pairs).toEqual([['url_ver', 'Z39.88-2004'], ['ctx_ver', 'Z39.88-2004'], ...expected]);
  });

  it('gives a web page Zotero’s item type and its address', () => {
    const kev = fields(coins(source({ id: 'w', kind: 'web', title: 'A Page', container: 'A Site', url: 'https://example.com/page' })));
    expect(kev.get('rft.type')).toEqual(['webpage']);
    expect(kev.get('rft.source')).toEqual(['A Site']);
    expect(kev.get('rft_id')).toEqual(['https://example.com/page']);
  });
});
