/**
 * The record of source kinds (src/server/citations/source-kinds.ts) is the only place a kind is
 * described: every kind in it, with each set of types it declares, is written with those types by
 * CSL, COinS and the three downloads, credits its people in its declared role, takes its declared
 * pinpoints and fields, and gets its heading in the bibliography. A new kind is tested here by
 * being added to the record.
 */
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { coins } from '../../src/server/citations/coins';
import { cslItem } from '../../src/server/citations/csl';
import { exportItems } from '../../src/server/citations/exports';
import { citationText, formatCitation } from '../../src/server/citations/format';
import {
  BIBLIOGRAPHY_ORDER,
  CONTAINER_TYPES,
  CREATOR_ROLES,
  referenceTypes,
  SOURCE_KINDS,
  sourceKind,
  type ReferenceTypes,
  type SourceKind,
} from '../../src/server/citations/source-kinds';
import { KIND_HEADINGS } from '../../src/server/citations/works';
import { remarkEssayPlugins, rehypeEssayPlugins } from '../../src/server/markdown/plugins';
import { readYaml } from '../../src/server/content/yaml';
import { sourceSchema } from '../../src/server/schemas/source';

const TODAY = new Date('2025-06-01T00:00:00Z');

/** Each kind with each set of types it declares: the journal types apply to a source with a volume, the container's to one that says what holds it. */
const CASES = SOURCE_KINDS.flatMap((kind) => {
  const { types, journalTypes, containerTypes } = sourceKind(kind);
  return [
    { kind, variant: 'itself', extra: {}, types },
    ...(journalTypes ? [{ kind, variant: 'with a volume', extra: { volume: 3 }, types: journalTypes }] : []),
    // What holds it decides over a volume: a magazine with volumes is still cited as a magazine.
    ...Object.entries(containerTypes ?? {}).map(([containerType, types]) => ({
      kind,
      variant: `in a ${containerType}, with a volume`,
      extra: { containerType, volume: 3 },
      types,
    })),
  ];
});

/** The fields a kind requires that not every kind may have, with a value each (a film release's format). */
const requiredOnly = (kind: SourceKind) => ((sourceKind(kind).required as readonly string[]).includes('format') ? { format: 'DCP' } : {});

/** A source of `kind` with its required fields and a person to credit. */
const sourceOf = (kind: SourceKind, extra: Record<string, unknown> = {}) =>
  sourceSchema(TODAY).parse({
    id: 'a-work',
    kind,
    authors: ['Sam Writer'],
    title: 'A Work Worth Citing',
    container: 'A Container',
    publisher: 'A Publisher',
    date: '2020',
    ...requiredOnly(kind),
    ...extra,
  });

/** A COinS span's fields by key. */
const kev = (text: string) => new URLSearchParams(text);

const COINS_FORMATS: Record<ReferenceTypes['coins'], { format: string; genre?: string }> = {
  journal: { format: 'info:ofi/fmt:kev:mtx:journal', genre: 'article' },
  book: { format: 'info:ofi/fmt:kev:mtx:book', genre: 'book' },
  bookitem: { format: 'info:ofi/fmt:kev:mtx:book', genre: 'bookitem' },
  dc: { format: 'info:ofi/fmt:kev:mtx:dc' },
};

describe('the record of source kinds', () => {
  it('has kinds to test, each placed once in the bibliography', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(SOURCE_KINDS.length);
    const orders = SOURCE_KINDS.map((kind) => sourceKind(kind).order);
    expect([...orders].sort((a, b) => a - b)).toEqual(SOURCE_KINDS.map((_, index) => index + 1));
  });

  describe.each(CASES)('a source of kind $kind ($variant)', ({ kind, extra, types }) => {
    const record = sourceKind(kind);
    const source = sourceOf(kind, extra);
    const item = cslItem(source);
    const writer = [{ family: 'Writer', given: 'Sam' }];

    it('is the declared CSL type, its people in the declared role', () => {
      expect(item.type).toBe(types.csl);
      expect(item[record.creators.role]).toEqual(writer);
      const otherRoles = (['author', 'director', 'host', 'interviewer'] as const).filter((role) => role !== record.creators.role);
      for (const role of otherRoles) expect(item[role]).toBeUndefined();
    });

    it('is described in COinS in the declared format and Zotero type', () => {
      const fields = kev(coins(source));
      const { format, genre } = COINS_FORMATS[types.coins];
      expect(fields.get('rft_val_fmt')).toBe(format);
      if (genre) expect(fields.get('rft.genre')).toBe(genre);
      else expect(fields.get('rft.type')).toBe(types.zotero);
    });

    it('is exported with the declared RIS and BibTeX types, its people as BibTeX authors', () => {
      expect(exportItems([item], 'ris').split(/\r?\n/)[0]).toBe(`TY  - ${types.ris}`);
      const bibtex = exportItems([item], 'bibtex');
      expect(bibtex).toMatch(new RegExp(`^@${types.bibtex}\\{`));
      expect(bibtex).toContain('author = {Writer, Sam}');
      expect(JSON.parse(exportItems([item], 'csljson'))[0].type).toBe(types.csl);
    });

    it('is cited in notes and the bibliography, under its heading', () => {
      expect(citationText(formatCitation(source, 'note'))).toContain('A Work Worth Citing');
      expect(citationText(formatCitation(source, 'bibliography'))).toContain('Writer, Sam');
      expect(KIND_HEADINGS[kind]).toBe(record.heading);
    });
  });

  describe.each(SOURCE_KINDS)('the fields of kind %s', (kind) => {
    const record = sourceKind(kind);

    it('requires the declared fields', () => {
      expect(record.required.length).toBeGreaterThan(0);
      for (const field of record.required) {
        const { [field]: _dropped, ...rest } = { id: 'a-work', kind, title: 'A Work', container: 'A Container' } as Record<string, unknown>;
        const result = sourceSchema(TODAY).safeParse(rest);
        expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
      }
    });

    it.each([
      { field: 'spoilersFrom', value: '1:00:00', also: {} },
      { field: 'film', value: 'anora', also: {} },
      { field: 'format', value: 'Blu-ray', also: {} },
      { field: 'runtime', value: '12:04', also: {} },
      { field: 'episode', value: 3, also: {} },
      { field: 'season', value: 1, also: { episode: 3 } },
      { field: 'writers', value: ['Robin Veith'], also: {} },
      { field: 'guests', value: ['Sean Baker'], also: {} },
      { field: 'interviewers', value: ['Scott Macaulay'], also: {} },
    ])('takes $field only if the record says so', ({ field, value, also }) => {
      const input = {
        id: 'a-work',
        kind,
        title: 'A Work',
        container: 'A Container',
        publisher: 'A Publisher',
        date: '2020',
        [field]: value,
      };
      const result = sourceSchema(TODAY).safeParse({ ...input, ...requiredOnly(kind), ...also });
      const refused = result.error?.issues.filter((issue) => issue.path.join('.') === field) ?? [];
      const takes = (record.only as readonly string[]).includes(field);
      expect(refused.map((issue) => issue.message)).toEqual(
        takes ? [] : [expect.stringMatching(new RegExp(`^${field} applies to .*: set kind to .* or remove it$`))],
      );
    });
  });
});

describe('the fields of the kinds of recordings', () => {
  it.each([
    {
      field: 'season',
      input: { kind: 'tv-episode', container: 'Mad Men', season: 1 },
      message: "season is given without episode: add the episode's number",
    },
    {
      field: 'runtime',
      input: { kind: 'video', runtime: '12 minutes' },
      message: 'runtime is a length such as 1:42:05 (H:MM:SS) or 12:04 (M:SS)',
    },
    {
      field: 'format',
      input: { kind: 'film-release', publisher: 'Neon', date: '2024' },
      message: 'format is required for a film release: add it',
    },
    { field: 'container', input: { kind: 'podcast-episode' }, message: 'container is required for a podcast episode: add it' },
  ])('refuses a $input.kind with a wrong $field, saying what to do', ({ field, input, message }) => {
    const result = sourceSchema(TODAY).safeParse({ id: 'a-work', title: 'A Work', ...input });
    expect(result.error?.issues.filter((issue) => issue.path.join('.') === field).map((issue) => issue.message)).toEqual([message]);
  });
});

describe('the editing guide’s examples of sources', () => {
  /** Each YAML block of docs/editing.md that is a list of written-out sources ("- id: …"). */
  const examples = [...readFileSync('docs/editing.md', 'utf8').matchAll(/```yaml\n(- id:[\s\S]*?)```/g)].map(([, block]) => block!);

  it('has an example of every kind of recording', () => {
    const kinds = examples.flatMap((block) => [...block.matchAll(/^ {2}kind: (\S+)/gm)].map(([, kind]) => kind));
    expect(kinds).toEqual(expect.arrayContaining(['film-release', 'tv-episode', 'podcast-episode', 'video']));
  });

  it.each(examples)('is a valid source list: %s', (block) => {
    const sources = readYaml(`sources:\n${block.replace(/^/gm, '  ')}`).sources as unknown[];
    expect(sources.length).toBeGreaterThan(0);
    for (const input of sources) expect(sourceSchema(TODAY).safeParse(input).error?.issues ?? []).toEqual([]);
  });
});

describe('pinpoints by kind', () => {
  const remark = remarkEssayPlugins({ base: '/' }) as PluggableList;
  const rehype = rehypeEssayPlugins as PluggableList;

  /** A note citing a source of `kind` (with a container, which some kinds require) at `pinpoint`, through the essay plugins: its HTML, or the build's error. */
  async function cite(kind: string, pinpoint: string): Promise<string> {
    const sources = [
      {
        id: 'a-work',
        kind,
        authors: ['Sam Writer'],
        title: 'A Work Worth Citing',
        container: 'A Container',
        publisher: 'A Publisher',
        date: '2020',
        ...requiredOnly(kind as SourceKind),
      },
    ];
    const frontmatter = { description: 'How a work is cited at a place in it, for a test.', sources };
    const file = new VFile({
      path: 'content/essays/kinds.mdx',
      value: `A claim.[^1]\n\n[^1]: [@a-work, ${pinpoint}].\n`,
      data: { astro: { frontmatter } },
    });
    const processor = unified().use(remarkParse).use(remarkGfm).use(remark).use(remarkRehype).use(rehype).use(rehypeStringify);
    try {
      return String(await processor.process(file));
    } catch (error) {
      return (error as Error).message;
    }
  }

  it.each(SOURCE_KINDS)('cites %s at the pinpoints its record declares', async (kind) => {
    const record = sourceKind(kind);
    const atTimecode = await cite(kind, '1:52:10');
    const atPage = await cite(kind, '12');
    expect(atTimecode).toContain('1:52:10');
    if (record.pinpoint === 'timecode') {
      expect(atTimecode).toContain('<span class="timecode">1:52:10</span>');
      expect(atPage).toContain(`${record.one} is cited at a timecode such as 1:52:10`);
    } else {
      expect(atTimecode).not.toContain('class="timecode"');
      expect(atPage).toMatch(/<span class="citation"[^>]*>.*12/);
    }
  });
});

// The tests above check that every part of the site follows the record; these state what the
// record says, the names other programs know a kind by (Zotero, RIS, BibTeX, CSL), so that a
// change to one of them is seen.
describe('what the record says of each kind', () => {
  it('types each kind as CSL, COinS, Zotero, RIS and BibTeX name it', () => {
    const typed = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, Object.values(sourceKind(kind).types).join(' ')]));
    expect(typed).toEqual({
      article: 'article-magazine dc magazineArticle MGZN article',
      book: 'book book book BOOK book',
      chapter: 'chapter bookitem bookSection CHAP inbook',
      interview: 'interview dc interview GEN misc',
      film: 'motion_picture dc film MPCT misc',
      'film-release': 'motion_picture dc film MPCT misc',
      'tv-episode': 'broadcast dc tvBroadcast MPCT misc',
      'podcast-episode': 'broadcast dc podcast MPCT misc',
      video: 'motion_picture dc videoRecording MPCT misc',
      web: 'webpage dc webpage ELEC misc',
      other: 'document dc document GEN misc',
    });
  });

  it('types an article by what holds it, and as a journal article with a volume', () => {
    const article = sourceKind('article');
    const byContainer = Object.fromEntries(CONTAINER_TYPES.map((type) => [type, Object.values(article.containerTypes![type]).join(' ')]));
    expect(byContainer).toEqual({
      magazine: 'article-magazine dc magazineArticle MGZN article',
      newspaper: 'article-newspaper dc newspaperArticle NEWS article',
      journal: 'article-journal journal journalArticle JOUR article',
      website: 'webpage dc webpage ELEC misc',
    });
    expect(Object.values(article.journalTypes!).join(' ')).toBe('article-journal journal journalArticle JOUR article');
    expect(SOURCE_KINDS.filter((kind) => sourceKind(kind).journalTypes || sourceKind(kind).containerTypes)).toEqual(['article']);
  });

  it('names each kind, its creators and its pinpoints in words', () => {
    const words = Object.fromEntries(
      SOURCE_KINDS.map((kind) => {
        const { one, creators, pinpoint, titleMayDescribe } = sourceKind(kind);
        return [kind, [one, creators.role, creators.who, pinpoint, titleMayDescribe ? 'may describe' : 'titled'].join('; ')];
      }),
    );
    expect(words).toEqual({
      article: 'an article; author; its authors; place; titled',
      book: 'a book; author; its authors; place; titled',
      chapter: "a chapter; author; the chapter's authors; place; titled",
      interview: 'an interview; author; the people interviewed; place; may describe',
      film: 'a film; director; its directors; timecode; titled',
      'film-release': 'a film release; director; its directors; timecode; titled',
      'tv-episode': 'a TV episode; director; its directors; timecode; titled',
      'podcast-episode': 'a podcast episode; author; its hosts; timecode; titled',
      video: 'a video; director; its directors; timecode; titled',
      web: 'a web page; author; its authors; place; titled',
      other: 'a work of another kind; author; its authors; place; may describe',
    });
  });

  it('requires and allows the fields each kind declares', () => {
    const fields = Object.fromEntries(
      SOURCE_KINDS.map((kind) => [kind, `${sourceKind(kind).required.join(',')} / ${sourceKind(kind).only.join(',')}`]),
    );
    expect(fields).toEqual({
      article: 'title / containerType',
      book: 'title / ',
      chapter: 'title / ',
      interview: 'title / interviewers',
      film: 'title / spoilersFrom,film',
      'film-release': 'title,publisher,date,format / spoilersFrom,film,format,runtime',
      'tv-episode': 'title,container / season,episode,writers',
      'podcast-episode': 'title,container / episode,guests,runtime',
      video: 'title / format,runtime',
      web: 'title / ',
      other: 'title / ',
    });
  });

  it('orders the bibliography books first, other works last, and lists the creators’ roles author first', () => {
    expect(BIBLIOGRAPHY_ORDER).toEqual([
      'book',
      'chapter',
      'article',
      'interview',
      'film',
      'film-release',
      'tv-episode',
      'podcast-episode',
      'video',
      'web',
      'other',
    ]);
    expect(CREATOR_ROLES).toEqual(['author', 'director']);
    expect(CONTAINER_TYPES).toEqual(['magazine', 'newspaper', 'journal', 'website']);
  });
});

describe('referenceTypes', () => {
  it('takes what holds a source over its volume, a journal’s types with a volume or an issue, else its kind’s', () => {
    const csl = (source: Parameters<typeof referenceTypes>[0]) => referenceTypes(source).csl;
    expect(csl({ kind: 'article' })).toBe('article-magazine');
    expect(csl({ kind: 'article', volume: 3 })).toBe('article-journal');
    expect(csl({ kind: 'article', issue: 2 })).toBe('article-journal');
    expect(csl({ kind: 'article', volume: 3, containerType: 'magazine' })).toBe('article-magazine');
    expect(csl({ kind: 'article', containerType: 'website' })).toBe('webpage');
    expect(csl({ kind: 'book', volume: 3, containerType: 'journal' })).toBe('book');
    expect(csl({ kind: 'article', containerType: undefined, volume: undefined, issue: undefined })).toBe('article-magazine');
  });
});
