/**
 * The downloads read back as a researcher's tools read them, each field compared with the
 * CSL-JSON item it was written from. Two readers per format: citation-js (BibTeX and RIS) and,
 * independent of it, the parser Better BibTeX for Zotero uses (BibTeX) and a reader of RIS's own
 * line syntax (RIS: a tag, two spaces, a hyphen, a space, the value; a line without a tag is a
 * wrapped line, which readers join with a space).
 *
 * What a format cannot carry is listed, field by field (`LOST`); every other field of every item
 * must come back unchanged, so a field added to the items and not to the files fails here.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex, type Creator } from '@retorquere/bibtex-parser';
import { expect } from 'vitest';
import type { CslItem, CslName } from '../../src/server/citations/csl';

type Fields = Record<string, unknown>;

/**
 * What neither format keeps of a recording: RIS's and BibTeX's only people are authors and
 * editors (no writer of an episode, no guest), and citation-js reads no RIS tag or BibTeX field
 * as a broadcast's episode `number`.
 */
const RECORDING_ONLY = ['script-writer', 'guest', 'number'] as const;

/**
 * Fields a format has no place for, by format: the web archive's copy (CSL's `archive` and
 * `archive_location`) and a work's first date (`original-date`) have no RIS tag or BibTeX field
 * that citation-js reads back; an interviewer is not a BibTeX or RIS creator; RIS keeps no editor
 * or description (`genre`) outside books and chapters; BibTeX writes the access date into `note`
 * only when there is no note, and has no `language` citation-js reads; a standard `@misc` has no
 * format (`medium`) or running time (`dimensions`).
 */
const LOST: Record<'ris' | 'bibtex', readonly string[]> = {
  ris: ['archive', 'archive_location', 'original-date', 'interviewer', 'editor', 'genre', ...RECORDING_ONLY],
  bibtex: [
    'archive',
    'archive_location',
    'original-date',
    'interviewer',
    'accessed',
    'language',
    'note',
    ...RECORDING_ONLY,
    'medium',
    'dimensions',
  ],
};

/** A creator as a BibTeX parser gives it, as a CSL name. */
const cslNameOf = (creator: Creator): CslName =>
  creator.name !== undefined ? { literal: creator.name } : { family: creator.lastName!, given: creator.firstName! };

const BIBTEX_LIGATURES: [string, string][] = [
  ['…', '...'],
  ['–', '--'],
];
/** What BibTeX's ASCII makes of a string: "…" is written "...", an en dash "--". */
const asciiOf = (text: string) => BIBTEX_LIGATURES.reduce((value, [from, to]) => value.split(from).join(to), text);

/** The primary creators of an item: its authors, or for a film its directors (BibTeX and RIS know only authors). */
const primaryCreators = (item: CslItem) => item.author ?? item.director;

/**
 * The item as a format's reader should give it back: each field the format carries, as the
 * reader spells it. `reader` is which reader of the format: their spellings differ.
 */
function expectedBack(item: CslItem, reader: 'ris' | 'ris-lines' | 'bibtex' | 'bibtex-parser'): Fields {
  const format = reader.startsWith('ris') ? 'ris' : 'bibtex';
  const kept = Object.fromEntries(Object.entries(item).filter(([field]) => !LOST[format].includes(field) && field !== 'id')) as Fields;
  const web = item.type === 'post-weblog' || item.type === 'webpage';
  // Both formats write a page range with a hyphen (BibTeX's "--" is read back as one).
  if (item.page) kept.page = item.page.replace('–', '-');
  if (format === 'ris') {
    // RIS's types: a film is read back as a broadcast (MPCT), an interview as a generic work (GEN).
    if (item.type === 'motion_picture') kept.type = 'broadcast';
    if (item.type === 'interview') kept.type = 'document';
    // citation-js reads MPCT's AU as directors: a podcast's hosts come back in that role.
    if ((item.type === 'broadcast' || item.type === 'motion_picture') && item.author) {
      kept.director = item.author;
      delete kept.author;
    }
    // It reads a newspaper's AU as a `reporter` of its own and its date from PY alone (the line
    // reader below checks the AU lines, Zotero's reading).
    if (item.type === 'article-newspaper') {
      delete kept.author;
      if (item.issued) kept.issued = { 'date-parts': [[item.issued['date-parts'][0][0]]] };
    }
    if (item.type === 'book' || item.type === 'chapter') {
      if (item.editor) kept.editor = item.editor;
      if (item.genre) kept.genre = item.genre;
    }
    return kept;
  }
  // BibTeX: ASCII titles, one list of authors, the site of a web publication as its publisher, a
  // container only where the entry type has one (`journal`, `booktitle`), types of its own.
  delete kept.type;
  delete kept.director;
  const creators = primaryCreators(item);
  if (creators) kept.author = creators;
  if (item.title) kept.title = asciiOf(item.title);
  if (web && item['container-title'] && !item.publisher) kept.publisher = item['container-title'];
  if (!['article-journal', 'article-magazine', 'article-newspaper', 'chapter'].includes(item.type)) delete kept['container-title'];
  if (item.note === undefined && item.accessed && reader === 'bibtex') kept.note = `[Online; accessed ${isoOf(item.accessed)}]`;
  return kept;
}

const isoOf = (date: NonNullable<CslItem['issued']>) =>
  date['date-parts'][0]
    .filter((part) => part !== undefined)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');

/** Only the fields of `item` that `expected` has, so a reader's extras (`citation-key`, `_graph`) do not count. */
const pick = (item: Fields | undefined, expected: Fields) =>
  Object.fromEntries(Object.keys(expected).map((field) => [field, item?.[field]]));

/** citation-js's reading of a file, by id. */
function citationJs(input: string | unknown[]): Map<string, Fields> {
  const items = new Cite(input).data as Fields[];
  return new Map(items.map((item) => [String(item.id), item]));
}

/** The Better BibTeX parser's reading of a BibTeX file, by key, in CSL's field names. */
function betterBibtex(text: string): Map<string, Fields> {
  const library = parseBibtex(text, { english: false });
  expect(library.errors, 'BibTeX parse errors').toEqual([]);
  return new Map(
    library.entries.map(({ key, fields }) => {
      const [year, month, day] = [fields.year, fields.month, fields.day].map((part) => (part === undefined ? undefined : Number(part)));
      const publisher = fields.publisher?.[0] ?? fields.howpublished;
      const item: Fields = {
        title: fields.title,
        author: fields.author?.map(cslNameOf),
        editor: fields.editor?.map(cslNameOf),
        'container-title': fields.journal ?? fields.booktitle,
        publisher,
        edition: fields.edition,
        volume: fields.volume,
        issue: fields.number,
        page: fields.pages?.replace('–', '-'),
        genre: fields.type,
        issued: year === undefined ? undefined : { 'date-parts': [[year, month, day].filter((part) => part !== undefined)] },
        URL: fields.url,
        DOI: fields.doi,
        ISBN: fields.isbn,
        note: fields.note,
      };
      return [key, Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined))];
    }),
  );
}

/** An RIS file read by its line syntax alone: records of tags and values, by `ID`. */
function risLines(text: string): Map<string, Fields> {
  const records = new Map<string, Fields>();
  let record: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    expect(match, `RIS line without a tag (a wrapped line?): ${JSON.stringify(line)}`).not.toBeNull();
    const [, tag, value] = match!;
    if (tag === 'ER') {
      const id = record.ID?.[0];
      expect(id, 'RIS record without an ID').toBeDefined();
      expect(records.has(id!), `RIS ID ${id} twice`).toBe(false);
      records.set(id!, {
        title: record.TI?.[0],
        names: record.AU ?? [],
        container: record.T2?.[0],
        year: record.PY?.[0],
        URL: record.UR?.[0],
      });
      record = {};
    } else (record[tag!] ??= []).push(value!);
  }
  return records;
}

const nameText = (name: CslName) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`);

/** Checks a BibTeX file against the items it was written from, with both readers. */
export function checkBibtex(text: string, items: readonly CslItem[]): void {
  // Every month is a month: BibTeX's macro, never "may 22" (the day goes in `day`).
  for (const [, value] of text.matchAll(/^\s*month = (.*),$/gm))
    expect(value).toMatch(/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/);
  expect([...text.matchAll(/^@\w+\{(.*),$/gm)].map(([, key]) => key)).toEqual(items.map((item) => item.id));
  for (const [reader, read] of [
    ['bibtex', citationJs(text)],
    ['bibtex-parser', betterBibtex(text)],
  ] as const) {
    for (const item of items) {
      const expected = expectedBack(item, reader);
      expect(pick(read.get(item.id), expected), `${reader}: ${item.id}`).toEqual(expected);
    }
  }
}

/** Checks an RIS file against the items it was written from, with both readers. */
export function checkRis(text: string, items: readonly CslItem[]): void {
  const lines = risLines(text);
  expect([...lines.keys()]).toEqual(items.map((item) => item.id));
  const read = citationJs(text);
  for (const item of items) {
    const expected = expectedBack(item, 'ris');
    const back = { ...read.get(item.id) };
    // citation-js reads the T2 of a web page (ELEC) and of a film or broadcast (MPCT: its series,
    // show, site or disc) as a collection's title.
    if (['webpage', 'broadcast', 'motion_picture'].includes(item.type) && back['collection-title'] !== undefined)
      back['container-title'] = back['collection-title'];
    expect(pick(back, expected), `ris: ${item.id}`).toEqual(expected);
    const year = item.issued?.['date-parts'][0][0];
    expect(lines.get(item.id), `ris lines: ${item.id}`).toEqual({
      title: item.title,
      names: (primaryCreators(item) ?? []).map(nameText),
      container: item['container-title'],
      year: year === undefined ? undefined : String(year),
      URL: item.URL,
    });
  }
}

/** Checks a CSL-JSON file: JSON, and every item as it was, read by citation-js too. */
export function checkCslJson(text: string, items: readonly CslItem[]): void {
  expect(JSON.parse(text)).toEqual(items);
  const read = citationJs(JSON.parse(text) as unknown[]);
  for (const item of items) expect(pick(read.get(item.id), item as unknown as Fields), `csl-json: ${item.id}`).toEqual(item);
}
