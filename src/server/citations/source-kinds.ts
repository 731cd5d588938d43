/**
 * The kinds of source an essay can cite, and everything a kind decides, in one record: its types
 * in CSL and in reference managers, its heading in the site's bibliography, who its creators are,
 * what a pinpoint in it looks like, and which fields it needs or alone may have. The schema, the
 * scaffold, the citation engine, COinS, the downloads, the bibliography and the note plugin read
 * it; none of them names a kind. Adding a kind is one entry here (and its tests): the record must
 * cover every kind in `SOURCE_KINDS`, so the type checker names a kind without its entry.
 *
 * Pure and free of runtime imports, so the scaffold runs it under plain Node.
 */
import type { CslCreatorRole, CslType } from './csl';
import type { SourceFields } from '../schemas/source';

/** What kind of work a source is, in the order the schema's messages and the scaffold list them. */
export const SOURCE_KINDS = [
  'article',
  'book',
  'chapter',
  'interview',
  'film',
  'film-release',
  'tv-episode',
  'podcast-episode',
  'video',
  'web',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * What holds an article, when the editor says (`containerType`): Chicago cites a magazine and a
 * newspaper by date even when they number volumes (CMOS 17 14.171, 14.191), a journal by volume
 * and issue (14.168), an article on a website as a web page (14.205).
 */
export const CONTAINER_TYPES = ['magazine', 'newspaper', 'journal', 'website'] as const;
export type ContainerType = (typeof CONTAINER_TYPES)[number];

/** A field of a source, as an editor writes it in frontmatter. */
export type SourceField = Exclude<keyof SourceFields, 'kind'>;

/** How one kind of work is typed by the formats that describe it. */
export interface ReferenceTypes {
  /** CSL-JSON `type`: what the house style formats and the CSL-JSON download says. */
  csl: CslType;
  /**
   * How its COinS span describes it: Zotero reads a journal article, a book and a book's chapter
   * in OpenURL's own formats, and anything else in Dublin Core with its Zotero item type.
   */
  coins: 'journal' | 'book' | 'bookitem' | 'dc';
  /** Zotero's item type (its COinS `rft.type`, and what Zotero saves the work as). */
  zotero: string;
  /** RIS `TY` tag, as citation-js writes it for the CSL type (its RIS types cannot be configured). */
  ris: string;
  /** BibTeX entry type, as citation-js writes it for the CSL type (`tests/unit/source-kinds.test.ts` holds it to that). */
  bibtex: string;
}

/** Everything one kind of source decides. */
export interface SourceKindRecord {
  /** The kind in a sentence of an error message: "a film", "an article". */
  one: string;
  /** Its heading in the site's bibliography, which groups works by kind as Chicago does. */
  heading: string;
  /** Where its group comes in the bibliography, from 1. */
  order: number;
  types: ReferenceTypes;
  /**
   * Its types when it has a volume or an issue number and does not say what holds it: an article
   * in a journal, not a magazine.
   */
  journalTypes?: ReferenceTypes;
  /** Its types by what holds it (`containerType`), for the kinds that may say (`only` lists `containerType`). */
  containerTypes?: Record<ContainerType, ReferenceTypes>;
  /** Who the people in `authors` are, and their CSL role. */
  creators: { role: CslCreatorRole; who: string };
  /**
   * What a note's pinpoint (`[@id, …]`) is: `timecode`, H:MM:SS and nothing else (the build
   * stops on anything else); `place`, a page, a labelled place ("para. 4") or words.
   */
  pinpoint: 'timecode' | 'place';
  /** Fields a source of this kind must have, besides its id and kind. */
  required: readonly SourceField[];
  /** Fields only the kinds that list them may have. */
  only: readonly SourceField[];
  /**
   * Whether, with nothing to find it by, its title may be a description ("Interviews on the
   * making of Anora"), which Chicago sets in roman and lower case without quotation marks.
   */
  titleMayDescribe: boolean;
}

const MAGAZINE_TYPES: ReferenceTypes = { csl: 'article-magazine', coins: 'dc', zotero: 'magazineArticle', ris: 'MGZN', bibtex: 'article' };
const JOURNAL_TYPES: ReferenceTypes = {
  csl: 'article-journal',
  coins: 'journal',
  zotero: 'journalArticle',
  ris: 'JOUR',
  bibtex: 'article',
};
const WEB_PAGE_TYPES: ReferenceTypes = { csl: 'webpage', coins: 'dc', zotero: 'webpage', ris: 'ELEC', bibtex: 'misc' };

/** Every kind of source and what it decides. */
export const SOURCE_KIND_RECORDS = {
  article: {
    one: 'an article',
    heading: 'Articles',
    order: 3,
    types: MAGAZINE_TYPES,
    journalTypes: JOURNAL_TYPES,
    containerTypes: {
      magazine: MAGAZINE_TYPES,
      newspaper: { csl: 'article-newspaper', coins: 'dc', zotero: 'newspaperArticle', ris: 'NEWS', bibtex: 'article' },
      journal: JOURNAL_TYPES,
      website: WEB_PAGE_TYPES,
    },
    creators: { role: 'author', who: 'its authors' },
    pinpoint: 'place',
    required: ['title'],
    only: ['containerType'],
    titleMayDescribe: false,
  },
  book: {
    one: 'a book',
    heading: 'Books',
    order: 1,
    types: { csl: 'book', coins: 'book', zotero: 'book', ris: 'BOOK', bibtex: 'book' },
    creators: { role: 'author', who: 'its authors' },
    pinpoint: 'place',
    required: ['title'],
    only: [],
    titleMayDescribe: false,
  },
  chapter: {
    one: 'a chapter',
    heading: 'Chapters in books',
    order: 2,
    types: { csl: 'chapter', coins: 'bookitem', zotero: 'bookSection', ris: 'CHAP', bibtex: 'inbook' },
    creators: { role: 'author', who: "the chapter's authors" },
    pinpoint: 'place',
    required: ['title'],
    only: [],
    titleMayDescribe: false,
  },
  interview: {
    one: 'an interview',
    heading: 'Interviews',
    order: 4,
    types: { csl: 'interview', coins: 'dc', zotero: 'interview', ris: 'GEN', bibtex: 'misc' },
    // CSL's author of an interview is the person interviewed; the interviewer is `interviewer`.
    creators: { role: 'author', who: 'the people interviewed' },
    pinpoint: 'place',
    required: ['title'],
    only: ['interviewers'],
    titleMayDescribe: true,
  },
  film: {
    one: 'a film',
    heading: 'Films',
    order: 5,
    types: { csl: 'motion_picture', coins: 'dc', zotero: 'film', ris: 'MPCT', bibtex: 'misc' },
    creators: { role: 'director', who: 'its directors' },
    pinpoint: 'timecode',
    required: ['title'],
    only: ['spoilersFrom', 'film'],
    titleMayDescribe: false,
  },
  'film-release': {
    one: 'a film release',
    heading: 'Film releases',
    order: 6,
    // A film as one edition of it is seen: Zotero's film with its distributor and format, which
    // CSL writes as a motion picture's `publisher`, `issued` and `medium`.
    types: { csl: 'motion_picture', coins: 'dc', zotero: 'film', ris: 'MPCT', bibtex: 'misc' },
    creators: { role: 'director', who: 'its directors' },
    pinpoint: 'timecode',
    // What a timecode refers to: who released it, when, and in what format (a version is `edition`).
    required: ['title', 'publisher', 'date', 'format'],
    only: ['spoilersFrom', 'film', 'format', 'runtime'],
    titleMayDescribe: false,
  },
  'tv-episode': {
    one: 'a TV episode',
    heading: 'Television episodes',
    order: 7,
    // CSL's broadcast: the series is its `container-title`, the episode's number its `number`, the network its `publisher`.
    types: { csl: 'broadcast', coins: 'dc', zotero: 'tvBroadcast', ris: 'MPCT', bibtex: 'misc' },
    creators: { role: 'director', who: 'its directors' },
    pinpoint: 'timecode',
    required: ['title', 'container'],
    only: ['season', 'episode', 'writers'],
    titleMayDescribe: false,
  },
  'podcast-episode': {
    one: 'a podcast episode',
    heading: 'Podcast episodes',
    order: 8,
    // Zotero's podcast is a CSL broadcast (its schema's mapping since CSL 1.0.2), its podcaster the CSL author.
    types: { csl: 'broadcast', coins: 'dc', zotero: 'podcast', ris: 'MPCT', bibtex: 'misc' },
    creators: { role: 'author', who: 'its hosts' },
    pinpoint: 'timecode',
    required: ['title', 'container'],
    only: ['episode', 'guests', 'runtime'],
    titleMayDescribe: false,
  },
  video: {
    one: 'a video',
    heading: 'Videos',
    order: 9,
    // An interview on a streaming site, a disc's extra: Zotero's video recording, a CSL motion
    // picture whose `container-title` is the site or the disc.
    types: { csl: 'motion_picture', coins: 'dc', zotero: 'videoRecording', ris: 'MPCT', bibtex: 'misc' },
    creators: { role: 'director', who: 'its directors' },
    pinpoint: 'timecode',
    required: ['title'],
    only: ['format', 'runtime'],
    titleMayDescribe: false,
  },
  web: {
    one: 'a web page',
    heading: 'Web pages',
    order: 10,
    types: WEB_PAGE_TYPES,
    creators: { role: 'author', who: 'its authors' },
    pinpoint: 'place',
    required: ['title'],
    only: [],
    titleMayDescribe: false,
  },
  other: {
    one: 'a work of another kind',
    heading: 'Other works',
    order: 11,
    types: { csl: 'document', coins: 'dc', zotero: 'document', ris: 'GEN', bibtex: 'misc' },
    creators: { role: 'author', who: 'its authors' },
    pinpoint: 'place',
    required: ['title'],
    only: [],
    titleMayDescribe: true,
  },
} as const satisfies Record<SourceKind, SourceKindRecord>;

/** A kind's record, typed as any kind's, so that optional parts (`journalTypes`) read the same everywhere. */
export const sourceKind = (kind: SourceKind): SourceKindRecord => SOURCE_KIND_RECORDS[kind];

/** The kinds in the order the bibliography shows them. */
export const BIBLIOGRAPHY_ORDER: readonly SourceKind[] = [...SOURCE_KINDS].sort((a, b) => sourceKind(a).order - sourceKind(b).order);

/**
 * The types a source is written with: those of what holds it when it says (`containerType`), else
 * its kind's, or its kind's journal types when it has a volume or an issue.
 */
export function referenceTypes(source: {
  kind: SourceKind;
  volume?: unknown;
  issue?: unknown;
  containerType?: ContainerType | undefined;
}): ReferenceTypes {
  const record = sourceKind(source.kind);
  const byContainer = source.containerType && record.containerTypes?.[source.containerType];
  if (byContainer) return byContainer;
  const inJournal = source.volume !== undefined || source.issue !== undefined;
  return inJournal && record.journalTypes ? record.journalTypes : record.types;
}

/** Every CSL role a kind's creators have, `author` first. */
export const CREATOR_ROLES: readonly CslCreatorRole[] = [
  ...new Set<CslCreatorRole>(['author', ...SOURCE_KINDS.map((kind) => sourceKind(kind).creators.role)]),
];
