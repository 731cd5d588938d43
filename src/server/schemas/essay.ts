import { z } from 'astro/zod';
import { closest } from '../../shared/did-you-mean';
import { plainTitle, titleMarkupProblem } from '../../shared/titles';
import { partialDate } from './partial-date';
import { sourceSchema } from './source';
import type { Spoilers } from '../../shared/spoilers/levels';
import { SHARED_SOURCES, sourceReference } from './source-reference';
import { essayFilmSchema, spoilersSchema } from './spoilers';

export interface EssaySchemaContext {
  /** Ids of the films in content/films, for the films an essay names. */
  filmIds: readonly string[];
  /** Ids of the shared sources in content/sources, for references to them in `sources`. */
  sourceIds?: readonly string[];
  /** The build's date: nothing may be dated after it. */
  today?: Date;
}

/** One credited name. */
const authorName = z.string().trim().min(1, { error: 'author is empty: leave the field out when no author is named' });

/** A film the essay discusses, as pages read it: whether it is what the essay is about, and what it gives away. */
export interface EssayFilm {
  id: string;
  subject: boolean;
  spoilers: Spoilers;
}

interface FilmFields {
  film?: string | undefined;
  spoilers?: Spoilers | undefined;
  subject?: string | string[] | undefined;
  films?: { id: string; spoilers: Spoilers }[] | undefined;
}

/** The two ways of naming films, checked: one of them, complete, with no film twice and every subject listed. */
function checkFilms(essay: FilmFields, ctx: z.RefinementCtx) {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (essay.film !== undefined || essay.spoilers !== undefined) {
    if (essay.films || essay.subject) {
      issue(['film'], 'use either film and spoilers (one film) or subject and films (several), not both');
    } else if (essay.film === undefined) issue(['film'], 'film is missing: give the id of the film the essay is about');
    else if (!essay.spoilers) issue(['spoilers'], 'spoilers is missing: say what the essay gives away of the film');
    return;
  }
  if (!essay.films) {
    issue(['films'], 'films is missing: list the films the essay discusses, each with its spoilers (none, mild or major)');
    return;
  }
  const listed = essay.films.map((film) => film.id);
  listed.forEach((id, index) => {
    if (listed.indexOf(id) !== index) issue(['films', index, 'id'], `film "${id}" is listed twice: list each film once`);
  });
  if (essay.subject === undefined) {
    issue(['subject'], `subject is missing: name the film the essay is about, such as subject: ${listed[0]}`);
    return;
  }
  for (const id of [essay.subject].flat()) {
    if (!listed.includes(id)) issue(['subject'], `subject "${id}" is not in films: add it there with its spoilers`);
  }
}

/** The essay's films, subjects first, or undefined when the fields do not name them (checkFilms said why). */
function filmsOf(essay: FilmFields): EssayFilm[] | undefined {
  // Stryker disable next-line LogicalOperator: checkFilms has refused a film without spoilers, and spoilers without a film
  if (essay.film !== undefined && essay.spoilers) return [{ id: essay.film, subject: true, spoilers: essay.spoilers }];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: checkFilms has refused films without a subject, and a subject without films
  if (!essay.films || essay.subject === undefined) return undefined;
  const subjects = new Set([essay.subject].flat());
  const films = essay.films.map((film) => ({ ...film, subject: subjects.has(film.id) }));
  return [...films.filter((film) => film.subject), ...films.filter((film) => !film.subject)];
}

/** Frontmatter of an essay, one MDX file in content/essays/; the file name is its URL slug. */
// Stryker disable next-line ArrayDeclaration: a made-up id standing in for none names no source an editor writes
export function essaySchema({ filmIds, sourceIds = [], today = new Date() }: EssaySchemaContext) {
  const filmId = z.string({ error: 'a film is named by its id, such as anora' }).superRefine((id, ctx) => {
    if (filmIds.includes(id)) return;
    const guess = closest(id, filmIds);
    ctx.addIssue({
      code: 'custom',
      message: `"${id}" is not a film in content/films${guess ? ` (did you mean "${guess}"?)` : ': add its YAML file first'}`,
    });
  });
  return z
    .object({
      /**
       * The essay's title as published, with `*…*` around the title of a work inside it
       * ("…: *Anora* and the Cost of the Dream"). Parsed, `title` is the plain text and
       * `titleMarkup` the title as written (src/shared/titles.ts).
       */
      title: z
        .string({ error: 'title is missing' })
        .trim()
        .min(1, { error: 'title is empty' })
        .superRefine((title, ctx) => {
          const problem = titleMarkupProblem(title);
          if (problem) ctx.addIssue({ code: 'custom', message: `title ${problem}` });
        }),
      /**
       * One spoiler-free sentence: it is all that listings, feeds, search previews and link
       * previews show, before a reader has accepted the film's spoilers.
       */
      description: z
        .string({ error: 'description is missing: write one spoiler-free sentence' })
        .trim()
        .min(20, { error: 'description is too short: write one spoiler-free sentence of 20 to 300 characters' })
        .max(300, { error: 'description is too long: keep it to one sentence of at most 300 characters' }),
      /**
       * The film or films the essay is about, by id: `anora`, or `[anora, tangerine]`. Each must
       * be in `films`, with what the essay gives away of it.
       */
      subject: z.union([filmId, z.array(filmId).min(1, { error: 'subject: name at least one film' })]).optional(),
      /**
       * Every film the essay discusses, its subject first, each with what the essay gives away of
       * it: `- { id: pretty-woman, spoilers: mild }`. A film named only in passing is `none`.
       */
      films: z
        .array(essayFilmSchema(filmId), { error: 'films must be a list: - { id: anora, spoilers: mild }' })
        .min(1, { error: 'films: list at least the film the essay is about' })
        .optional(),
      /** The single-film form: the one film the essay is about (then `spoilers` says what it gives away). */
      film: filmId.optional(),
      /** First publication: YYYY-MM-DD, or YYYY-MM / YYYY when that is all the source gives. */
      published: partialDate(today),
      /** Last substantive revision, if any. */
      updated: partialDate(today).optional(),
      /**
       * As credited: one name, or a list when several wrote it (`author: [Ann Critic, Bo Critic]`),
       * in the order of the byline. Leave it out when the source names nobody: never guess.
       */
      author: z
        .union([authorName, z.array(authorName).min(1, { error: 'author: name at least one author, or leave the field out' })])
        .optional(),
      /** Where the essay first appeared, when known: "moviestohistory.com, a film-and-history blog". */
      origin: z.string().trim().min(1, { error: 'origin is empty: leave the field out when it is not known' }).optional(),
      /**
       * Works the essay cites or names; notes cite them as `[@id]`. Each is the id of a shared
       * source in content/sources (`- variety-2024`), or a source of the essay's own, written out.
       */
      sources: z
        .array(sourceReference({ sourceIds, inline: sourceSchema(today) }))
        .default([])
        .superRefine((sources, ctx) => {
          const seen = new Set<string>();
          sources.forEach((source, index) => {
            // An entry that failed its own checks is reported there, and may not be parsed.
            if (typeof source !== 'object' || source === null) return;
            const shared = 'collection' in source;
            if (seen.has(source.id)) {
              ctx.addIssue({
                code: 'custom',
                path: shared ? [index] : [index, 'id'],
                message: `source id "${source.id}" is used twice: ${shared ? 'list a shared source once' : 'give each source its own id'}`,
              });
            }
            seen.add(source.id);
            if (!shared && sourceIds.includes(source.id)) {
              ctx.addIssue({
                code: 'custom',
                path: [index, 'id'],
                message: `"${source.id}" is a shared source in ${SHARED_SOURCES}: list it by id ("- ${source.id}") instead of writing it out here, or give this one another id`,
              });
            }
          });
        }),
      /** The single-film form: what the essay gives away of its `film`. */
      spoilers: spoilersSchema.optional(),
      /** A draft is built by `astro dev` only, never published. */
      draft: z.boolean().default(false),
    })
    .strict()
    .superRefine((essay, ctx) => {
      // Stryker disable next-line ArrayDeclaration: with no author, whatever stands in is one name, never named twice
      const authors = [essay.author ?? []].flat();
      authors.forEach((name, index) => {
        if (authors.indexOf(name) !== index) {
          ctx.addIssue({ code: 'custom', path: ['author', index], message: `author "${name}" is named twice: list each author once` });
        }
      });
      if (essay.updated && essay.updated.end <= essay.published.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `updated ${essay.updated.iso} is before published ${essay.published.iso}`,
        });
      }
      checkFilms(essay, ctx);
    })
    .transform(({ film: _film, spoilers: _spoilers, subject: _subject, films: _films, author, ...essay }, ctx) => {
      const films = filmsOf({ film: _film, spoilers: _spoilers, subject: _subject, films: _films });
      // Stryker disable all: for the types only; checkFilms has refused what filmsOf cannot read, and zod runs no transform after an issue
      if (!films) {
        ctx.addIssue({ code: 'custom', path: ['films'], message: 'films are missing' });
        return z.NEVER;
      }
      // Stryker restore all
      // Always a list, empty when nobody is credited: pages, metadata and citations name each.
      return { ...essay, authors: [author ?? []].flat(), title: plainTitle(essay.title), titleMarkup: essay.title, films };
    });
}

export type EssayData = z.output<ReturnType<typeof essaySchema>>;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The first paragraph a reader reads, as plain text, from an essay's MDX source: the first block
 * with words in it, skipping the frontmatter, headings, imports, components on lines of their
 * own, images and note definitions. Markup is dropped. Empty when the essay has no prose.
 */
export function openingParagraph(mdx: string): string {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  for (const block of body.split(/\r?\n\s*\r?\n/)) {
    const text = block.trim();
    if (/^(#|import\s|export\s|<|!\[|\[\^[^\]]+\]:|---|\{)/.test(text)) continue;
    const prose = text
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '');
    if (/[\p{L}\p{N}]/u.test(prose)) return prose;
  }
  return '';
}

/**
 * What is wrong with an essay's description given its MDX source, or undefined: it must say
 * something of its own, not repeat how the essay begins (listings would show the same words twice).
 */
export function descriptionProblem(description: string, mdx: string): string | undefined {
  const own = normalise(description);
  const opening = normalise(openingParagraph(mdx));
  if (!own || !opening) return undefined;
  if (opening.startsWith(own) || own.startsWith(opening.slice(0, 120))) {
    return 'copies the opening paragraph: write one spoiler-free sentence of your own for listings and link previews';
  }
  return undefined;
}
