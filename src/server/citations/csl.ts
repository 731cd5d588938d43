/**
 * Sources as CSL-JSON, the data model every CSL style, reference manager and citation library
 * reads (https://github.com/citation-style-language/schema, version 1.0.2), and pinpoints as CSL
 * locators. Two views of one source: `cslItem`, the plain mapping the exports and the embedded
 * metadata carry, and `houseItem`, the same prepared for the house style's formatter.
 */
import { plainTitle, titleParts } from '../../shared/titles';
import type { PartialDate } from '../schemas/partial-date';
import type { Source } from '../schemas/source';
import { referenceTypes, sourceKind } from './source-kinds';

/** A CSL name: a person as family and given name, or a name that cannot be split (`literal`). */
export type CslName = { family: string; given?: string } | { literal: string };

/** A CSL date with only the parts that are known. */
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

/** The item types of CSL-JSON 1.0.2. */
export type CslType =
  | 'article'
  | 'article-journal'
  | 'article-magazine'
  | 'article-newspaper'
  | 'bill'
  | 'book'
  | 'broadcast'
  | 'chapter'
  | 'classic'
  | 'collection'
  | 'dataset'
  | 'document'
  | 'entry'
  | 'entry-dictionary'
  | 'entry-encyclopedia'
  | 'event'
  | 'figure'
  | 'graphic'
  | 'hearing'
  | 'interview'
  | 'legal_case'
  | 'legislation'
  | 'manuscript'
  | 'map'
  | 'motion_picture'
  | 'musical_score'
  | 'pamphlet'
  | 'paper-conference'
  | 'patent'
  | 'performance'
  | 'periodical'
  | 'personal_communication'
  | 'post'
  | 'post-weblog'
  | 'regulation'
  | 'report'
  | 'review'
  | 'review-book'
  | 'software'
  | 'song'
  | 'speech'
  | 'standard'
  | 'thesis'
  | 'treaty'
  | 'webpage';

/** The CSL name variables a work's creators can have: who made it, as opposed to its editors. */
export type CslCreatorRole =
  'author' | 'composer' | 'director' | 'guest' | 'host' | 'interviewer' | 'performer' | 'producer' | 'script-writer';

/** The CSL-JSON fields this project writes. */
export interface CslItem extends Partial<Record<CslCreatorRole, CslName[]>> {
  id: string;
  type: CslType;
  title?: string;
  editor?: CslName[];
  'container-title'?: string;
  publisher?: string;
  edition?: string;
  volume?: string;
  issue?: string;
  page?: string;
  /** An episode's number, with its season when known ("season 1, episode 12"). */
  number?: string;
  genre?: string;
  /** The format a film or video was seen in. */
  medium?: string;
  /** A recording's running time. */
  dimensions?: string;
  issued?: CslDate;
  'original-date'?: CslDate;
  accessed?: CslDate;
  /** In the house style's items only: the date a web archive's copy was made, the page submitted to the archive. */
  submitted?: CslDate;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  archive?: string;
  archive_location?: string;
  note?: string;
  language?: string;
}

/** Where a citation points inside a work: a CSL locator and its label, or words after the citation. */
export interface CslLocator {
  locator?: string;
  label?: string;
  suffix?: string;
}

/**
 * "Alex Ritman" → family Ritman, given Alex: the last word is the family name. Names whose family
 * name has several words are written "Family, Given" in frontmatter ("Le Guin, Ursula K."); a
 * single word (Madonna, an organisation) is kept whole.
 */
export function cslName(name: string): CslName {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.includes(',')) {
    const [family, ...given] = trimmed.split(',');
    return { family: family!.trim(), given: given.join(',').trim() };
  }
  const parts = trimmed.split(' ');
  if (parts.length < 2) return { literal: trimmed };
  const family = parts.pop()!;
  return { family, given: parts.join(' ') };
}

/** A partial date with only its known parts: 2025 → [[2025]], 2025-04 → [[2025, 4]]. */
export function cslDate(date: PartialDate | undefined): CslDate | undefined {
  if (!date) return undefined;
  const parts: [number, number?, number?] = [date.year];
  if (date.month !== undefined) {
    parts.push(date.month);
    if (date.day !== undefined) parts.push(date.day);
  }
  return { 'date-parts': [parts] };
}

/**
 * The CSL type of a source, as its kind's record says (src/server/citations/source-kinds.ts). An
 * article with a volume or an issue number and no `containerType` is in a journal ("Film Quarterly 78, no. 2 (2024)");
 * without, it is in a magazine or paper (the date follows the container).
 */
export function cslType(source: Pick<Source, 'kind' | 'volume' | 'issue' | 'containerType'>): CslType {
  return referenceTypes(source).csl;
}

const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value));

/** Drops fields without a value, so items compare and hash the same however they were built. */
function compact<T extends object>(item: T): T {
  return Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

/**
 * An episode's CSL `number`: the episode's number alone, or with its season as words, "season 1,
 * episode 12". CSL has no variable for a season; written into `number`, it is what the official
 * Chicago, MLA and APA styles print as the season and episode ("(Season 1, Episode 12)" in APA),
 * and what Zotero's episode number field holds when a season is known.
 */
function episodeNumber({ season, episode }: Pick<Source, 'season' | 'episode'>): string | undefined {
  if (episode === undefined) return undefined;
  return season === undefined ? String(episode) : `season ${season}, episode ${episode}`;
}

/**
 * A source as CSL-JSON, everything it records. CSL has no variable for a web archive's copy
 * (`archive` and `archive_location` name a physical archive and a place in it); the exports use
 * them as Zotero's Wayback Machine translator does: `archive` names the web archive and
 * `archive_location` holds the copy's URL.
 */
export function cslItem(source: Source, id = source.id): CslItem {
  const names = (list: readonly string[] | undefined) => list?.map(cslName);
  const item: CslItem = {
    id,
    type: cslType(source),
    title: plainTitle(source.title),
    [sourceKind(source.kind).creators.role]: names(source.authors),
    editor: names(source.editors),
    interviewer: names(source.interviewers),
    'script-writer': names(source.writers),
    guest: names(source.guests),
    'container-title': source.container,
    publisher: source.publisher,
    edition: source.edition,
    volume: text(source.volume),
    issue: text(source.issue),
    page: text(source.pages),
    number: episodeNumber(source),
    medium: source.format,
    dimensions: source.runtime,
    issued: cslDate(source.date),
    'original-date': cslDate(source.originalDate),
    accessed: cslDate(source.accessed),
    URL: source.url,
    DOI: source.doi,
    ISBN: source.isbn,
    note: source.note,
  };
  if (source.archiveUrl) {
    item.archive = webArchiveName(source.archiveUrl);
    item.archive_location = source.archiveUrl;
  }
  return compact(item);
}

/** The name of the web archive a copy's URL belongs to, as reference managers record it. */
export function webArchiveName(url: string): string {
  const host = new URL(url).hostname;
  if (/(^|\.)archive\.org$/.test(host)) return 'Internet Archive';
  if (/(^|\.)archive\.(today|ph|is|li|md|vn|fo)$/.test(host)) return 'archive.today';
  return host;
}

/**
 * A source with nothing to find it by (no container, publisher, URL, archived copy, date or
 * pages) of a kind whose title may describe (an interview, an "other"): what its title field
 * holds is a description ("Interviews on the making of Anora"), not a title. Chicago sets
 * descriptions in roman and lower case, without quotation marks.
 */
export function isDescribedOnly(source: Source): boolean {
  return (
    sourceKind(source.kind).titleMayDescribe &&
    !source.container &&
    !source.publisher &&
    !source.url &&
    !source.archiveUrl &&
    !source.date &&
    source.pages === undefined
  );
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

/**
 * Straight quotation marks as typographic ones, so the engine sees the quotations a title holds:
 * an opening mark at the start or after a space, a dash or an opening bracket or quote, a closing
 * mark (or an apostrophe) anywhere else. A title received as "…the Next One'" closes with a
 * straight mark the quotation it opened with ‘: read as ’, the engine puts a comma or full stop
 * inside both closing marks, as Chicago does (CMOS 17 6.9). Only what the engine formats is
 * changed: the source's field, the exports and the metadata keep the character as received.
 */
export function typographicQuotes(text: string): string {
  return text.replace(/["']/g, (mark, offset: number) => {
    const opens = offset === 0 || /[\s([{\u2014\u2013\u201c\u2018-]/.test(text.charAt(offset - 1));
    if (mark === '"') return opens ? '\u201c' : '\u201d';
    return opens ? '\u2018' : '\u2019';
  });
}

/**
 * A title as CSL rich text, from the editor's markup: typographic quotation marks, and `<i>`
 * around the title of a work inside it, which the styles set in roman inside an italic title.
 */
export function cslTitle(markup: string): string {
  return titleParts(typographicQuotes(markup))
    .map(({ text, italic }) => (italic ? `<i>${text}</i>` : text))
    .join('');
}

/** A word, with its apostrophes and inner hyphens: "didn’t", "comedy-drama". */
const WORD = /\p{L}[\p{L}\p{M}\p{N}’'-]*/gu;
/** Where a new sentence or a subtitle begins, and APA capitalises the next word. */
const SUBTITLE_BREAK = /[:?!—]\s*$/;
/**
 * A word whose capitals are its own, not a title's: a capital after its first letter ("IndieWire",
 * "NYC", "DVD"), or the pronoun "I" ("I’d").
 */
const OWN_CAPITALS = /^.\p{Ll}*\p{Lu}|^I(?:['’]\p{L}+)?$/u;

/**
 * A title in APA's sentence case (APA 7th 6.17): the first word of the title and of a subtitle
 * capitalised, other words lower case, except proper nouns. `names` are the proper nouns the site
 * knows (film titles, directors, the people of its sources), kept as written wherever they occur,
 * as are the titles of works inside the title (`*…*`, italic) and words with capitals of their own
 * ("IndieWire"). What is kept is marked `<span class="nocase">`, which tells a style that changes
 * case to leave it alone. For APA only: Chicago and MLA write titles in headline case, as given.
 */
export function apaTitle(markup: string, names: readonly string[]): string {
  const byLength = [...new Set(names)].filter((name) => name.trim() !== '').sort((a, b) => b.length - a.length);
  /** The title's text before the run being cased: where a sentence or subtitle begins is read from it. */
  let seen = '';
  return titleParts(typographicQuotes(markup))
    .map(({ text, italic }) => {
      const runStart = seen;
      seen += text;
      if (italic) return `<span class="nocase"><i>${text}</i></span>`;
      // The names in this run, as [start, end) offsets, longest first, none overlapping.
      const kept: [number, number][] = [];
      for (const name of byLength) {
        for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
          const end = at + name.length;
          const bounded = !/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(end));
          // Stryker disable next-line EqualityOperator: `<=` and `>=` differ only for two names that touch with no space between, both bounded by non-letters
          if (bounded && !kept.some(([from, to]) => at < to && end > from)) kept.push([at, end]);
        }
      }
      kept.sort((a, b) => a[0] - b[0]);
      const cased = (segment: string, offset: number) =>
        segment.replace(WORD, (word, at: number) => {
          const before = runStart + text.slice(0, offset + at);
          if (!/\p{L}/u.test(before) || SUBTITLE_BREAK.test(before)) return word.charAt(0).toUpperCase() + word.slice(1);
          return OWN_CAPITALS.test(word) ? word : word.toLowerCase();
        });
      let out = '';
      let cursor = 0;
      for (const [from, to] of kept) {
        out += cased(text.slice(cursor, from), cursor);
        out += `<span class="nocase">${text.slice(from, to)}</span>`;
        cursor = to;
      }
      return out + cased(text.slice(cursor), cursor);
    })
    .join('');
}

/**
 * The item the house style formats (src/server/citations/styles/long-take-chicago.csl), which
 * reads some variables as the house defines them:
 * - a web archive's copy is `archive_location` (its address) without `archive`, dated by
 *   `submitted` (the date the page was submitted to the archive); a named `archive` would be a
 *   physical one, which no source of the site has;
 * - a description in place of a title goes in `genre`, which Chicago prints as a description
 *   (lower case, roman, unquoted), and the item has no title;
 * - the editor's remark is `note`, printed as a sentence after the citation;
 * - a TV episode's season is `genre` ("season 1, episode") beside its `number` (12).
 * Titles get typographic quotation marks; editions are written lower case, as the style
 * capitalises them where a sentence begins.
 */
export function houseItem(source: Source, id: string): CslItem {
  const item = cslItem(source, id);
  delete item.archive;
  // The style prints the date only with the copy's address (a reader has nothing else to check it against).
  if (source.archived) item.submitted = cslDate(source.archived);
  if (item.edition) item.edition = lowerFirst(item.edition);
  // The style writes a broadcast's `genre` and `number` together ("season 1, episode 12") and
  // capitalises the genre alone where a sentence begins ("Season 1, episode 12", CMOS 17 14.265);
  // citeproc capitalises a `number` of several parts part by part ("Season 1, Episode 12").
  if (source.season !== undefined && source.episode !== undefined) {
    item.genre = `season ${source.season}, episode`;
    item.number = String(source.episode);
  }
  item.title = cslTitle(source.title);
  if (item['container-title']) item['container-title'] = typographicQuotes(item['container-title']);
  if (isDescribedOnly(source)) {
    item.genre = lowerFirst(typographicQuotes(plainTitle(source.title)));
    delete item.title;
  }
  return item;
}

/** Pinpoint words and the CSL locator label they stand for. */
const LABELS: [RegExp, string][] = [
  [/^pp?\.\s*/, 'page'],
  [/^paras?\.\s*/, 'paragraph'],
  [/^chaps?\.\s*/, 'chapter'],
  [/^nn?\.\s*/, 'note'],
  [/^figs?\.\s*/, 'figure'],
  [/^secs?\.\s*/, 'section'],
  [/^vols?\.\s*/, 'volume'],
  [/^ll?\.\s*/, 'line'],
  [/^scs?\.\s*/, 'scene'],
];

const TIMECODE = /^(?:\d{1,2}:)?[0-5]?\d:[0-5]\d$/;
const PAGES = /^[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?(?:,\s*[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?)*$/i;

/**
 * A note's pinpoint as a CSL locator: a timecode ("1:52:10") is a `timestamp`, which Chicago
 * writes "at 1:52:10"; "para. 4", "chap. 2", "n. 3" and the like take their label; bare numbers
 * and ranges are pages. Anything else is kept as words after the citation.
 */
export function cslLocator(pinpoint: string | undefined): CslLocator {
  const value = pinpoint?.trim();
  if (!value) return {};
  if (TIMECODE.test(value)) return { label: 'timestamp', locator: value };
  for (const [pattern, label] of LABELS) if (pattern.test(value)) return { label, locator: value.replace(pattern, '') };
  if (PAGES.test(value)) return { label: 'page', locator: value };
  return { suffix: `, ${value}` };
}
