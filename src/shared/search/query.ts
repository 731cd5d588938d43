/**
 * Pure logic behind search: what a query becomes before Pagefind sees it (normalised, expanded
 * by the films' aliases), the vocabulary that corrections come from, and the safe reading of
 * Pagefind's excerpts. The browser side is src/client/search/search-page.ts; the vocabulary is built by
 * the search index's integration (src/server/search/pagefind-index.ts).
 */
import { closest } from '../did-you-mean';

/** The URL parameter that carries searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Longer queries are cut here: nobody types more, and Pagefind's work grows with the query. */
export const MAX_QUERY_LENGTH = 200;

/** Words, as search and its vocabulary count them: letters or digits, joined by apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Trims, collapses white space and cuts to MAX_QUERY_LENGTH characters (never inside one). */
export function normalizeQuery(raw: string): string {
  const collapsed = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The words of a query or a text, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** "Anora (2024)": a film as the film filter names it, so two films of one title stay apart. */
export function filmFilterLabel(film: { title: string; year: number }): string {
  return `${film.title} (${film.year})`;
}

/** Groups of names search treats as one: each film's title and original title, and its `aliases`. */
export function aliasGroupsOf(films: Iterable<{ title: string; originalTitle?: string | undefined; aliases: string[][] }>): string[][] {
  return [...films].flatMap((film) => [...(film.originalTitle ? [[film.title, film.originalTitle]] : []), ...film.aliases]);
}

/**
 * The alias groups split by first letter, as the vocabulary is (vocabularyKey): a group goes into
 * the piece of each of its names' first word, since a query can only name an alias that way if it
 * holds that word. A query then fetches the pieces of its own words' first letters, never every
 * film's names.
 */
export function aliasPieces(groups: readonly (readonly string[])[]): Map<string, string[][]> {
  const pieces = new Map<string, string[][]>();
  for (const group of groups) {
    const keys = new Set(group.flatMap((name) => wordsOf(name).slice(0, 1).map(vocabularyKey)));
    for (const key of keys) pieces.set(key, [...(pieces.get(key) ?? []), [...group]]);
  }
  return pieces;
}

/** "2020s" for 2024. */
export function decadeOf(year: number): string {
  return `${Math.floor(year / 10) * 10}s`;
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches `name` as whole words, case-insensitively, in any script. */
function wholeWords(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The query, then the same query with each alias it contains swapped for the other names of its
 * group: "Анора" → ["Анора", "Anora"]; "Vanya Brighton" → ["Vanya Brighton", "Ivan Brighton", …].
 * Pagefind matches every word of a query, so each spelling is searched on its own and the
 * results merged. At most `limit` queries, the original first.
 */
export function expandAliases(query: string, groups: readonly (readonly string[])[], limit = 6): string[] {
  const queries = [query];
  for (const group of groups) {
    for (const name of group) {
      const pattern = wholeWords(name);
      // Stryker disable next-line ConditionalExpression: a shortcut; without it no name matches, every variant equals the query and is dropped.
      if (!pattern.test(query)) continue;
      for (const other of group) {
        // Stryker disable next-line ConditionalExpression,MethodExpression: a shortcut; a variant differing only in case is dropped below anyway.
        if (other.toLowerCase() === name.toLowerCase()) continue;
        const variant = query.replace(wholeWords(name), other);
        if (!queries.some((known) => known.toLowerCase() === variant.toLowerCase())) queries.push(variant);
      }
    }
  }
  return queries.slice(0, limit);
}

/**
 * The vocabulary of a set of texts: each word once, in the form it is most often written in
 * (capitalised at a tie), most frequent first, words of three letters or more, at most `limit` words.
 * Ties are ordered by `compare`: the site's collation, `compareText` from src/shared/site.ts (the
 * build passes it in, so that the search page's script, which imports this module, does not load
 * the site's configuration and its slugger).
 */
export function vocabularyOf(texts: Iterable<string>, compare: (a: string, b: string) => number, limit = 20_000): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (Array.from(word).length < 3 || /^\p{N}+$/u.test(word)) continue;
      // Stryker disable next-line MethodExpression: upper case groups the same forms as lower case; the key is never shown.
      const key = word.toLowerCase();
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const total = (forms: Map<string, number>) => [...forms.values()].reduce((sum, count) => sum + count, 0);
  // At equal counts a capitalised form wins: names are what readers misspell.
  const capitalised = (word: string) => (/^\p{Lu}/u.test(word) ? 1 : 0);
  const favourite = (forms: Map<string, number>) =>
    [...forms].sort((a, b) => b[1] - a[1] || capitalised(b[0]) - capitalised(a[0]) || compare(a[0], b[0]))[0]![0];
  return [...counts.values()]
    .sort((a, b) => total(b) - total(a) || compare(favourite(a), favourite(b)))
    .slice(0, limit)
    .map(favourite);
}

/**
 * Which piece of the vocabulary a word belongs to: its first letter, lower case and without
 * accents ("é" → "e"); a letter outside a–z as its code point ("я" → "u44f"), so every piece has a
 * plain file name. A word and its likely typos share a piece unless the typo is in the first letter.
 */
export function vocabularyKey(word: string): string {
  const first = Array.from(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())[0] ?? '';
  // Stryker disable next-line Regex: `first` is one character at most, so either anchor alone is enough.
  return /^[a-z0-9]$/.test(first) ? first : `u${first.codePointAt(0)?.toString(16) ?? '0'}`;
}

/**
 * The vocabulary split by vocabularyKey, each piece in the vocabulary's order (most frequent
 * first) and at most `perPiece` words long: a common first letter keeps its most frequent words,
 * so one suggestion never fetches more than a few kilobytes (about 7 KB gzipped at 2,000 words).
 */
export function vocabularyPieces(vocabulary: readonly string[], perPiece = 2_000): Map<string, string[]> {
  const pieces = new Map<string, string[]>();
  for (const word of vocabulary) {
    const key = vocabularyKey(word);
    const piece = pieces.get(key);
    if (!piece) pieces.set(key, [word]);
    else if (piece.length < perPiece) piece.push(word);
  }
  return pieces;
}

/**
 * A corrected query when some of its words are unknown to the site and close to a known one
 * ("Werhum" → "Werhun", "Cinderela" → "Cinderella"); undefined when there is nothing to correct.
 * Ties go to the more frequent word, as the vocabulary is ordered.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary.map((word) => word.toLowerCase()));
  let changed = false;
  const corrected = query.replace(WORD, (word) => {
    if (known.has(word.toLowerCase())) return word;
    const correction = closest(word, vocabulary);
    if (!correction) return word;
    changed = true;
    return correction;
  });
  return changed ? corrected : undefined;
}

/** A piece of an excerpt: text, highlighted or not. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of HTML text: named ones the site writes, and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (entity, name: string) => {
    const named = ENTITIES[name.toLowerCase()];
    if (named !== undefined) return named;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    return entity;
  });
}

/**
 * Reads a Pagefind excerpt ("… the <mark>Werhun</mark> memoir …") as runs of plain text, so the
 * page can build it from text nodes and `<mark>` elements and never parse it as HTML. Any other
 * markup stays visible as text.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decodeEntities(part);
      const last = runs.at(-1);
      if (last && last.marked === marked) last.text += text;
      else runs.push({ text, marked });
    }
  }
  return runs;
}
