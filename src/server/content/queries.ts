/**
 * Every collection query the pages make, in one place: published essays in order, films, the
 * films an essay discusses and the essays on a film, sources, neighbours. Pages never call
 * getCollection themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareText } from '../../shared/site';
import type { Spoilers } from '../../shared/spoilers/levels';
import type { Source } from '../schemas/source';
import { sharedSourceIds } from './content-dir';
import { isSharedReference, SHARED_SOURCES } from '../schemas/source-reference';
import { compareNewestFirst } from './dates';
import { countWords, proseOfMdx, readingMinutes } from './reading-time';

export type Essay = CollectionEntry<'essays'>;
export type FilmEntry = CollectionEntry<'films'>;

/**
 * Drafts are built by `astro dev` only. `DEV` alone is not enough: it follows NODE_ENV, which
 * `astro build` keeps when it inherits one (a CI that exports NODE_ENV=test would publish drafts);
 * `MODE` stays `production` in a build unless `--mode` (or a stray MODE variable) says otherwise.
 */
const SHOW_DRAFTS = import.meta.env.DEV && import.meta.env.MODE !== 'production';
const isPublished = (essay: Essay) => SHOW_DRAFTS || !essay.data.draft;

/** A film an essay discusses: the film's entry, whether the essay is about it, and what it gives away of it. */
export interface EssayFilmEntry {
  film: FilmEntry;
  subject: boolean;
  spoilers: Spoilers;
}

/** Every published essay and film, and the links between them, worked out once per build. */
export interface Catalogue {
  /** Published essays, newest first; ties by title so the order never depends on the file system. */
  essays: Essay[];
  /** Films by title, then year. */
  films: FilmEntry[];
  /** Films by year, then title. */
  filmsByYear: FilmEntry[];
  /** A film by id. The schema has checked every id an essay names; a miss here is a bug. */
  film(id: string): FilmEntry;
  /** The films an essay discusses, its subjects first. */
  filmsOf(essay: Essay): EssayFilmEntry[];
  /** Published essays about a film (it is their subject), newest first. */
  essaysAbout(filmId: string): Essay[];
  /** Published essays that discuss a film without being about it, newest first. */
  essaysDiscussing(filmId: string): Essay[];
}

async function buildCatalogue(): Promise<Catalogue> {
  const [essays, films] = await Promise.all([getCollection('essays', isPublished), getCollection('films')]);
  essays.sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || compareText(a.data.title, b.data.title));
  films.sort((a, b) => compareText(a.data.title, b.data.title) || a.data.year - b.data.year);
  const byId = new Map(films.map((film) => [film.id, film]));
  const film = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`film "${id}" not found in the films collection`);
    return found;
  };
  const about = new Map<string, Essay[]>();
  const discussing = new Map<string, Essay[]>();
  // Essays are in order, so each film's lists are too.
  for (const essay of essays) {
    for (const { id, subject } of essay.data.films) {
      const lists = subject ? about : discussing;
      const list = lists.get(id);
      if (list) list.push(essay);
      else lists.set(id, [essay]);
    }
  }
  const entriesOf = (essay: Essay): EssayFilmEntry[] => essay.data.films.map(({ id, ...rest }) => ({ film: film(id), ...rest }));
  const filmsOf = new Map(essays.map((essay) => [essay, entriesOf(essay)]));
  return {
    essays,
    films,
    // A stable sort of the films by title: ties of a year stay in title order.
    filmsByYear: [...films].sort((a, b) => a.data.year - b.data.year),
    film,
    filmsOf: (essay) => filmsOf.get(essay) ?? entriesOf(essay),
    essaysAbout: (id) => about.get(id) ?? [],
    essaysDiscussing: (id) => discussing.get(id) ?? [],
  };
}

let built: Promise<Catalogue> | undefined;

/**
 * The catalogue. A build works it out once and every page shares it (at 1,000 essays, sorting the
 * collection again for each page made the build quadratic); the dev server works it out per
 * request, so an edited essay shows at once.
 */
export function catalogue(): Promise<Catalogue> {
  if (import.meta.env.DEV) return buildCatalogue();
  return (built ??= buildCatalogue());
}

/** Published essays, newest first. */
export async function getEssays(): Promise<Essay[]> {
  return (await catalogue()).essays;
}

/** Films by title, then year. */
export async function getFilms(): Promise<FilmEntry[]> {
  return (await catalogue()).films;
}

/** The shared sources (content/sources), by id, each with its id. */
export async function getSharedSources(): Promise<Map<string, Source>> {
  // Astro warns about an empty collection; a content folder without content/sources is normal.
  if (sharedSourceIds().length === 0) return new Map();
  const entries = await getCollection('sources');
  return new Map(entries.map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
}

/**
 * An essay's sources in the order it lists them, shared ones looked up. The schema has checked
 * every reference against content/sources; a miss here is a source deleted since the essay was
 * last checked, and the build stops saying which.
 */
export async function sourcesOf(essay: Essay): Promise<Source[]> {
  return Promise.all(
    essay.data.sources.map(async (entry) => {
      if (!isSharedReference(entry)) return entry;
      const source = await getEntry('sources', entry.id);
      if (!source) throw new Error(`${essay.filePath}: source "${entry.id}" is not in ${SHARED_SOURCES}`);
      return { id: source.id, ...source.data };
    }),
  );
}

export interface ReadingStats {
  words: number;
  minutes: number;
}

/** Reading stats by essay id, with the text they were counted from: lists repeat essays on many pages. */
const statsCache = new Map<string, { body: string; stats: ReadingStats }>();

/**
 * Word count and reading time of an essay's text, from its MDX source. Counted once per essay and
 * text: at 1,000 essays, counting again for every list an essay appears in took most of the
 * build's page rendering.
 */
export function readingStats(essay: Essay): ReadingStats {
  const body = essay.body ?? '';
  const cached = statsCache.get(essay.id);
  if (cached?.body === body) return cached.stats;
  const words = countWords(proseOfMdx(body));
  const stats = { words, minutes: readingMinutes(words) };
  statsCache.set(essay.id, { body, stats });
  return stats;
}

/** The essays before and after one, in the home page's order (newer, older). */
export function neighbours(essays: readonly Essay[], id: string): { newer?: Essay; older?: Essay } {
  const index = essays.findIndex((essay) => essay.id === id);
  return { newer: index > 0 ? essays[index - 1] : undefined, older: essays[index + 1] };
}
