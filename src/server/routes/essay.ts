/**
 * What an essay's page shows, worked out from the catalogue and the essay's entry without Astro:
 * the films and their subjects, what the spoiler gate asks for, the scopes of the text, related
 * essays, neighbours, the citation, the preview image and the JSON-LD. The page only lays it out.
 */
import { listOfNames } from './copy';
import { essayItem } from '../citations/essay-citation';
import type { CslItem } from '../citations/csl';
import {
  neighbours,
  readingStats,
  type Catalogue,
  type Essay,
  type EssayFilmEntry,
  type FilmEntry,
  type ReadingStats,
} from '../content/queries';
import { essaySocialImage, type SocialImage } from '../publishing/social-image';
import { essayPageJsonLd, type JsonLd } from '../publishing/structured-data';
import type { Source } from '../schemas/source';
import { HEADING_SCOPES_FRONTMATTER_KEY, SCOPES_FRONTMATTER_KEY } from '../spoilers/remark-spoiler-scopes';
import type { Spoilers } from '../../shared/spoilers/levels';
import { parseScopes, scopesOf, type Scope } from '../../shared/spoilers/scopes';
import { absoluteUrl, essayHref, filmHref, href } from '../../shared/urls';

/** Id of the essay's text: the gate's "Show the essay" link leads to it. */
export const ESSAY_TEXT_ID = 'essay-text';

/** What an essay's page needs that is already loaded: Astro renders the text, the catalogue is shared. */
export interface EssayRouteInput {
  essay: Essay;
  catalogue: Catalogue;
  /** The essay's sources, shared ones looked up (`sourcesOf`). */
  sources: Source[];
  /** What rendering the text added to the frontmatter (`remarkPluginFrontmatter`): the scopes found in it. */
  renderedFrontmatter: Record<string, unknown>;
  /** The site's address (`Astro.site`), for absolute URLs. */
  site: URL | undefined;
}

/** A film the essay spoils, as the gate lists it. */
export interface GateFilm {
  id: string;
  title: string;
  year: number;
  spoilers: Spoilers;
}

/** An essay's page, ready to lay out. */
export interface EssayRouteData {
  essay: Essay;
  /** Every film the essay discusses, its subjects first. */
  films: EssayFilmEntry[];
  /** The films it is about; the first is the one its kicker, preview image and "Not yet" name. */
  subjects: FilmEntry[];
  subject: FilmEntry;
  stats: ReadingStats;
  url: string;
  /** The credited authors as the byline names them ("Ann Critic and Bo Critic"), empty when none is. */
  byline: string;
  /** What the gate asks for: each film the essay spoils, at its level. Empty: no gate. */
  gate: Scope[];
  /** Whether the text waits behind the gate. */
  gated: boolean;
  /** The films the gate lists (those with spoilers above `none`). */
  gateFilms: GateFilm[];
  /** The scopes of passages and notes in the text. */
  /** Heading id → the scope tokens its text waits for, for the contents list (remark-spoiler-scopes). */
  headingScopes: Record<string, string>;
  textScopes: Scope[];
  /** Every other essay on a film this one is about: about it first, then those that discuss it. */
  related: Essay[];
  /** The subject when there is only one: the related list is "More on" it, else "More on these films". */
  soleSubject: FilmEntry | undefined;
  /** What the related list says when it is empty. */
  relatedEmpty: string;
  /** Each film's hover preview: its facts and how many essays on the site discuss it. */
  filmPreviews: { id: string; data: FilmEntry['data']; essays: number }[];
  sources: Source[];
  citation: CslItem;
  /** The proper nouns APA's sentence case keeps in the essay's title: every film's title and directors, the people of its sources. */
  citationNames: string[];
  image: SocialImage;
  jsonLd: JsonLd;
  newer?: Essay | undefined;
  older?: Essay | undefined;
}

/** The essay pages to build: one per published essay, the entry as its prop. */
export const essayPaths = (catalogue: Pick<Catalogue, 'essays'>) =>
  catalogue.essays.map((essay) => ({ params: { id: essay.id }, props: { essay } }));

/** Everything an essay's page shows. */
export function essayRouteData({ essay, catalogue, sources, renderedFrontmatter, site }: EssayRouteInput): EssayRouteData {
  const { data } = essay;
  const films = catalogue.filmsOf(essay);
  const subjects = films.filter((film) => film.subject).map(({ film }) => film);
  const subject = subjects[0];
  if (!subject) throw new Error(`${essay.filePath ?? essay.id}: the essay is about no film`);
  const stats = readingStats(essay);
  const url = absoluteUrl(essayHref(essay.id), site);
  const filmUrl = (film: FilmEntry) => absoluteUrl(filmHref(film.id), site);
  const image = essaySocialImage({ id: essay.id, title: data.title }, subject.data);
  const gate = films.flatMap(({ film, spoilers }) => scopesOf(film.id, spoilers.level));
  const textScopeTokens = (renderedFrontmatter[SCOPES_FRONTMATTER_KEY] as string[] | undefined) ?? [];
  const related = [
    ...new Set(subjects.flatMap((film) => [...catalogue.essaysAbout(film.id), ...catalogue.essaysDiscussing(film.id)])),
  ].filter((other) => other.id !== essay.id);
  return {
    essay,
    films,
    subjects,
    subject,
    stats,
    url,
    byline: listOfNames(data.authors),
    gate,
    gated: gate.length > 0,
    gateFilms: films
      .filter(({ spoilers }) => spoilers.level !== 'none')
      .map(({ film, spoilers }) => ({ id: film.id, title: film.data.title, year: film.data.year, spoilers })),
    textScopes: parseScopes(textScopeTokens.join(' ')),
    headingScopes: (renderedFrontmatter[HEADING_SCOPES_FRONTMATTER_KEY] as Record<string, string> | undefined) ?? {},
    related,
    soleSubject: subjects.length === 1 ? subject : undefined,
    relatedEmpty: `No other essays on ${subjects.length === 1 ? 'this film' : 'these films'} yet.`,
    filmPreviews: films.map(({ film }) => ({
      id: film.id,
      data: film.data,
      essays: catalogue.essaysAbout(film.id).length + catalogue.essaysDiscussing(film.id).length,
    })),
    sources,
    citation: essayItem({ id: essay.id, ...data }, url),
    citationNames: [
      ...catalogue.films.flatMap((film) => [film.data.title, ...film.data.directors]),
      ...sources.flatMap((source) => [...(source.authors ?? []), ...(source.interviewers ?? [])]),
    ],
    image,
    jsonLd: essayPageJsonLd({
      essay: data,
      url,
      subjects: subjects.map((film) => ({ film: film.data, url: filmUrl(film) })),
      mentions: films.filter((film) => !film.subject).map(({ film }) => ({ film: film.data, url: filmUrl(film) })),
      image: absoluteUrl(image.path, site),
      words: stats.words,
      site: { home: absoluteUrl(href(), site) },
    }),
    ...neighbours(catalogue.essays, essay.id),
  };
}
