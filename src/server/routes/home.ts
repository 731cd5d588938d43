/** What the home page shows: the newest essays and the films they are about, with links to all. */
import type { Catalogue, Essay, FilmEntry } from '../content/queries';
import { homePageJsonLd, type JsonLd } from '../publishing/structured-data';
import { SITE_DESCRIPTION } from '../../shared/site';
import { absoluteUrl, href } from '../../shared/urls';

/** Essays on the home page; the archive and the films index list all. */
export const HOME_ESSAYS = 12;

/** The home page, ready to lay out. */
export interface HomeRouteData {
  essays: Essay[];
  /** "All 30 essays", when the page shows fewer than there are. */
  allEssays?: string | undefined;
  /** The films the essays shown are about, most recently written about first. */
  films: FilmEntry[];
  filmsHeading: string;
  /** "All 9 films", when the page shows fewer than there are. */
  allFilms?: string | undefined;
  jsonLd: JsonLd;
}

/** Everything the home page shows. */
export function homeRouteData({ catalogue, site }: { catalogue: Catalogue; site: URL | undefined }): HomeRouteData {
  const essays = catalogue.essays.slice(0, HOME_ESSAYS);
  const filmIds = [...new Set(essays.flatMap((essay) => essay.data.films.filter((film) => film.subject).map((film) => film.id)))];
  const films = filmIds.map((id) => catalogue.film(id));
  const moreFilms = catalogue.films.length > films.length;
  return {
    essays,
    allEssays: catalogue.essays.length > essays.length ? `All ${catalogue.essays.length} essays` : undefined,
    films,
    filmsHeading: moreFilms ? 'Recently discussed films' : 'Films',
    allFilms: moreFilms ? `All ${catalogue.films.length} films` : undefined,
    jsonLd: homePageJsonLd({ description: SITE_DESCRIPTION, site: { home: absoluteUrl(href(), site) } }),
  };
}
