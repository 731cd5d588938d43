/**
 * JSON-LD (schema.org) for search engines and other readers of structured data: an essay is a
 * `Review` of a `Movie`, a film page is the `Movie`, the home page is the `WebSite`. Built only
 * from frontmatter and film data: an essay contributes its title and its spoiler-free
 * description, never its text. Dates stay as precise as they are known (`2025`, `2025-04`),
 * which ISO 8601 and schema.org's `Date` allow.
 */
import type { Film } from '../schemas/film';
import type { EssayData } from '../schemas/essay';
import { SITE_LANGUAGE, SITE_NAME } from '../../shared/site';

/** A JSON-LD object: JSON with `@`-keys. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

const SCHEMA_ORG = 'https://schema.org';

/** Absolute URLs a graph links to, made by the page from its base and site. */
export interface SiteUrls {
  /** The home page: the publisher's address. */
  home: string;
}

const person = (name: string): JsonLd => ({ '@type': 'Person', name });
const people = (names: readonly string[]) => names.map(person);

/** The publication, as the publisher of its pages. */
export function publisher(urls: SiteUrls): JsonLd {
  return { '@type': 'Organization', name: SITE_NAME, url: urls.home };
}

/**
 * A film as a schema.org `Movie`, identified by its page: name, year and directors, which is what
 * an essay's review needs; its page adds the rest with `movie`.
 */
export function movieSummary(film: Film, url: string): JsonLd {
  const data: JsonLd = {
    '@type': 'Movie',
    '@id': `${url}#film`,
    name: film.title,
    url,
    dateCreated: String(film.year),
    director: people(film.directors),
  };
  if (film.originalTitle) data.alternateName = film.originalTitle;
  return data;
}

/** A film as a schema.org `Movie`, with the facts its page shows; nothing about its plot. */
export function movie(film: Film, url: string): JsonLd {
  const data: JsonLd = { ...movieSummary(film, url), duration: `PT${film.runtime}M` };
  if (film.premiere) data.datePublished = film.premiere.date.iso;
  if (film.writers.length > 0) data.author = people(film.writers);
  if (film.producers.length > 0) data.producer = people(film.producers);
  if (film.cast.length > 0) data.actor = film.cast.map((member) => person(member.actor));
  if (film.countries.length > 0) data.countryOfOrigin = film.countries.map((name) => ({ '@type': 'Country', name }));
  const won = film.awards.filter((award) => award.won);
  if (won.length > 0) data.award = won.map((award) => `${award.category}, ${award.body} ${award.year}`);
  return data;
}

/** The film page: the `Movie`, with the essays published on it as its reviews. */
export function filmPageJsonLd(options: { film: Film; url: string; essays: { title: string; url: string }[]; site: SiteUrls }): JsonLd {
  const data: JsonLd = { '@context': SCHEMA_ORG, ...movie(options.film, options.url) };
  if (options.essays.length > 0) {
    data.review = options.essays.map((essay) => ({
      '@type': 'Review',
      name: essay.title,
      url: essay.url,
      publisher: publisher(options.site),
    }));
  }
  return data;
}

/**
 * The essay page: a `Review` whose `itemReviewed` is its subject, the `Movie` (or Movies) it is
 * about; the other films it discusses are its `mentions`. Its authors are named only when the essay
 * credits them (one `Person`, or a list); where it first appeared (`origin`) is credited in `creditText`, since the source is
 * not always a named organisation.
 */
export function essayPageJsonLd(options: {
  essay: EssayData;
  url: string;
  /** The films it is about, each with its page's URL. */
  subjects: { film: Film; url: string }[];
  /** The other films it discusses. */
  mentions: { film: Film; url: string }[];
  image: string;
  words: number;
  site: SiteUrls;
}): JsonLd {
  const { essay } = options;
  const data: JsonLd = {
    '@context': SCHEMA_ORG,
    '@type': 'Review',
    '@id': `${options.url}#essay`,
    url: options.url,
    mainEntityOfPage: options.url,
    headline: essay.title,
    name: essay.title,
    description: essay.description,
    inLanguage: SITE_LANGUAGE,
    datePublished: essay.published.iso,
    image: options.image,
    wordCount: options.words,
    itemReviewed:
      options.subjects.length === 1
        ? movieSummary(options.subjects[0]!.film, options.subjects[0]!.url)
        : options.subjects.map(({ film, url }) => movieSummary(film, url)),
    publisher: publisher(options.site),
  };
  if (options.mentions.length > 0) data.mentions = options.mentions.map(({ film, url }) => movieSummary(film, url));
  if (essay.updated) data.dateModified = essay.updated.iso;
  if (essay.authors.length > 0) data.author = essay.authors.length === 1 ? person(essay.authors[0]!) : people(essay.authors);
  if (essay.origin) data.creditText = `First published by ${essay.origin}`;
  return data;
}

/** The home page: the `WebSite` and who publishes it. */
export function homePageJsonLd(options: { description: string; site: SiteUrls }): JsonLd {
  return {
    '@context': SCHEMA_ORG,
    '@type': 'WebSite',
    name: SITE_NAME,
    url: options.site.home,
    description: options.description,
    inLanguage: SITE_LANGUAGE,
    publisher: publisher(options.site),
  };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so no value can
 * close the script element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
