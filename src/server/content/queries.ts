/**
 * Every collection query the pages make, in one place: published essays in order, films,
 * an essay's film, sources and neighbours. Pages never call getCollection themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
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

/** Published essays, newest first; ties by title so the order never depends on the file system. */
export async function getEssays(): Promise<Essay[]> {
  const essays = await getCollection('essays', isPublished);
  return essays.sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || a.data.title.localeCompare(b.data.title));
}

/** Films by title, then year. */
export async function getFilms(): Promise<FilmEntry[]> {
  const films = await getCollection('films');
  return films.sort((a, b) => a.data.title.localeCompare(b.data.title) || a.data.year - b.data.year);
}

/** The film an essay is about. The schema has checked the reference; a miss here is a bug. */
export async function filmOf(essay: Essay): Promise<FilmEntry> {
  const film = await getEntry(essay.data.film);
  if (!film) throw new Error(`${essay.filePath}: film "${essay.data.film.id}" not found`);
  return film;
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

/** Published essays on one film, newest first. */
export async function essaysOnFilm(filmId: string): Promise<Essay[]> {
  return (await getEssays()).filter((essay) => essay.data.film.id === filmId);
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
