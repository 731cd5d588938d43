/**
 * src/server/citations/works.ts: the site's bibliography as data. What is the same work, how works
 * are ordered and paged, and the messages when a work is written out twice or a shared source is
 * listed by no essay (the cases shared-sources.test.ts does not cover).
 */
import { describe, expect, it } from 'vitest';
import {
  collectWorks,
  KIND_HEADINGS,
  sameWorkKey,
  unlistedMessage,
  unlistedSharedSources,
  type ListingEssay,
} from '../../src/server/citations/works';
import { citationText } from '../../src/server/citations/format';
import { sourceSchema, type Source } from '../../src/server/schemas/source';
import type { SourceEntry } from '../../src/server/schemas/source-reference';

const TODAY = new Date('2025-06-01T00:00:00Z');
const own = (input: Record<string, unknown>): Source => sourceSchema(TODAY).parse(input);
const listing = (id: string, sources: SourceEntry[], filePath?: string): ListingEssay => ({ id, filePath, data: { sources } });
const ref = (id: string): SourceEntry => ({ collection: 'sources', id });
const book = {
  id: 'modern-whore',
  kind: 'book',
  authors: ['Andrea Werhun'],
  title: 'Modern Whore',
  container: 'A Series',
  edition: 'Expanded',
  date: '2018',
};

describe('sameWorkKey', () => {
  it('is the same without case, accents, punctuation and spacing', () => {
    const written = own({ ...book, title: '¡MODÈRN  whore!', authors: ['andrea werhun.'], container: ' a-series ', edition: 'EXPANDED' });
    expect(sameWorkKey(written)).toBe(sameWorkKey(own(book)));
  });

  it('differs in kind, title, people, container, edition or date', () => {
    const others = [
      { kind: 'chapter' },
      { title: 'Modern Whores' },
      { authors: ['Andrea Werhun', 'Nicole Bazuin'] },
      { container: 'Another Series' },
      { edition: 'First' },
      { date: '2022' },
    ];
    const keys = others.map((change) => sameWorkKey(own({ ...book, ...change })));
    expect(keys.filter((key) => key === sameWorkKey(own(book)))).toEqual([]);
    expect(new Set(keys).size).toBe(others.length);
  });

  it('keeps words apart where punctuation or spaces part them', () => {
    expect(sameWorkKey(own({ ...book, title: 'Mad Men' }))).not.toBe(sameWorkKey(own({ ...book, title: 'Madmen' })));
    expect(sameWorkKey(own({ ...book, title: 'Mad-Men' }))).toBe(sameWorkKey(own({ ...book, title: 'Mad Men' })));
  });
});

describe('collectWorks', () => {
  it('lists an essay once for a shared source it lists twice', () => {
    const shared = new Map([['the-book', { ...own(book), id: 'the-book' }]]);
    const works = collectWorks([listing('first', [ref('the-book'), ref('the-book')]), listing('second', [ref('the-book')])], shared);
    expect(works.map((work) => [work.key, work.shared, work.essays.map((essay) => essay.id)])).toEqual([
      ['the-book', true, ['first', 'second']],
    ]);
  });

  it('names an essay without a file by its id when a work is written out twice', () => {
    const essays = [listing('first', [own(book)]), listing('second', [own({ ...book, id: 'werhun' })])];
    expect(() => collectWorks(essays, new Map())).toThrow(
      'essay "second": source "werhun" is the same work as source "modern-whore" of essay "first": ',
    );
  });

  it('leaves one essay’s own list to its schema: two of its sources may be one work', () => {
    const works = collectWorks([listing('first', [own(book), own({ ...book, id: 'werhun' })])], new Map());
    expect(works.map((work) => [work.key, work.shared])).toEqual([
      ['first--modern-whore', false],
      ['first--werhun', false],
    ]);
  });

  it('sorts by the entry’s first words, not an opening quotation mark, then by key', () => {
    const shared = new Map(
      ['b-copy', 'a-copy'].map((id) => [id, { ...own({ id, kind: 'web', title: 'Same Page', container: 'Middle Site' }), id }] as const),
    );
    const works = collectWorks(
      [
        listing('essay', [
          own({ id: 'untitled-page', kind: 'web', title: 'Zebra' }),
          own({ id: 'authored-page', kind: 'web', authors: ['Sam Aaron'], title: 'A Page', container: 'A Site' }),
          ref('b-copy'),
          ref('a-copy'),
        ]),
      ],
      shared,
    );
    expect(works.map((work) => work.key)).toEqual(['essay--authored-page', 'a-copy', 'b-copy', 'essay--untitled-page']);
  });

  it('sorts a title in quotation marks by its first word, inner quotation marks too', () => {
    const sources = [
      own({ id: 'quoted', kind: 'web', title: "'Zebra' Crossing" }),
      own({ id: 'apple', kind: 'web', title: 'Apple' }),
      own({ id: 'baker', kind: 'web', authors: ['Sam Baker'], title: 'A Page', container: 'A Site' }),
    ];
    const works = collectWorks([listing('essay', sources)], new Map());
    expect(works.map((work) => citationText(work.entry))).toEqual([
      '\u201cApple.\u201d',
      'Baker, Sam. \u201cA Page.\u201d A Site.',
      '\u201c\u2018Zebra\u2019 Crossing.\u201d',
    ]);
  });

  it('puts fifty works on a page by default', () => {
    const sources = Array.from({ length: 51 }, (_, index) => own({ id: `book-${index}`, kind: 'book', title: `Book ${index}` }));
    const pages = collectWorks([listing('essay', sources)], new Map()).map((work) => work.page);
    expect([pages.length, pages.filter((page) => page === 1).length, pages.at(-1)]).toEqual([51, 50, 2]);
  });
});

describe('KIND_HEADINGS', () => {
  it('are the kinds’ headings, in the bibliography’s order', () => {
    expect(Object.entries(KIND_HEADINGS)).toEqual([
      ['book', 'Books'],
      ['chapter', 'Chapters in books'],
      ['article', 'Articles'],
      ['interview', 'Interviews'],
      ['film', 'Films'],
      ['film-release', 'Film releases'],
      ['tv-episode', 'Television episodes'],
      ['podcast-episode', 'Podcast episodes'],
      ['video', 'Videos'],
      ['web', 'Web pages'],
      ['other', 'Other works'],
    ]);
  });
});

describe('shared sources no essay lists', () => {
  it('are those no essay lists by id, whatever the essays write out', () => {
    const essays = [listing('first', [own({ ...book, id: 'spare' }), ref('used')])];
    expect(unlistedSharedSources(['used', 'spare', 'other'], essays)).toEqual(['spare', 'other']);
  });

  it('are named together, in the plural', () => {
    expect(unlistedMessage(['spare', 'other'])).toBe(
      "content/sources/spare.yaml, content/sources/other.yaml: no essay lists these shared sources; list it in an essay's sources, or delete the file (a file named _<id>.yaml stays out of the build)",
    );
  });
});
