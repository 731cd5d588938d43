/**
 * What a film's page shows, from the catalogue and the film's entry: its facts as lines, its awards
 * by body, the essays about it and those that discuss it, the description and the JSON-LD.
 */
import type { Catalogue, Essay, FilmEntry } from '../content/queries';
import type { PartialDate } from '../schemas/partial-date';
import type { Film } from '../schemas/film';
import { filmPageJsonLd, type JsonLd } from '../publishing/structured-data';
import { absoluteUrl, essayHref, filmHref, href } from '../../shared/urls';
import { essayCountPhrases, type EssayCounts } from './copy';

/** One line of the facts: its term, then a date (as `<time>`) and text. */
export interface Fact {
  term: string;
  date?: PartialDate | undefined;
  text: string;
}

/** A film's page, ready to lay out. */
export interface FilmRouteData {
  film: FilmEntry;
  title: string;
  description: string;
  /** The facts the film's file gives; those it lacks are left out. */
  facts: Fact[];
  /** The awards, grouped by the body that gives them, in the file's order. */
  awards: { body: string; awards: Film['awards'] }[];
  /** Essays about the film, newest first. */
  about: Essay[];
  /** Essays that discuss it without being about it, newest first. */
  discussing: Essay[];
  counts: EssayCounts;
  jsonLd: JsonLd;
}

const list = (names: readonly string[]) => names.join(', ');

/** Everything a film's page shows. */
export function filmRouteData({ film, catalogue, site }: { film: FilmEntry; catalogue: Catalogue; site: URL | undefined }): FilmRouteData {
  const { data } = film;
  const about = catalogue.essaysAbout(film.id);
  const discussing = catalogue.essaysDiscussing(film.id);
  const counts = { about: about.length, discussing: discussing.length };
  const essays = essayCountPhrases(counts);
  const facts: Fact[] = [
    { term: 'Directed by', text: list(data.directors) },
    { term: 'Written by', text: list(data.writers) },
    { term: 'Produced by', text: list(data.producers) },
    { term: 'Edited by', text: list(data.editors) },
    { term: 'Cinematography', text: list(data.cinematographers) },
    { term: 'Running time', text: data.runtime === undefined ? '' : `${data.runtime} minutes` },
    { term: 'Country', text: list(data.countries) },
    { term: 'Languages', text: list(data.languages) },
    { term: 'Premiere', date: data.premiere?.date, text: data.premiere?.festival ? `, ${data.premiere.festival}` : '' },
  ];
  return {
    film,
    title: `${data.title} (${data.year})`,
    description: `${data.title} (${data.year}), directed by ${list(data.directors)}: the film's facts${essays.length > 0 ? `, ${essays.join(' and ')}` : ''}.`,
    facts: facts.filter((fact) => fact.date || fact.text),
    awards: [...new Set(data.awards.map((award) => award.body))].map((body) => ({
      body,
      awards: data.awards.filter((award) => award.body === body),
    })),
    about,
    discussing,
    counts,
    jsonLd: filmPageJsonLd({
      film: data,
      url: absoluteUrl(filmHref(film.id), site),
      essays: about.map((essay) => ({ title: essay.data.title, url: absoluteUrl(essayHref(essay.id), site) })),
      site: { home: absoluteUrl(href(), site) },
    }),
  };
}
