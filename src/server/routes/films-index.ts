/**
 * What a page of the films index shows: every film, by title or by year, FILMS_PAGE_SIZE to a
 * page, each with its essays counted in words and the highest spoiler level any essay reaches for
 * it; the links between orders and between pages.
 */
import type { Catalogue, FilmEntry } from '../content/queries';
import { FILMS_PAGE_SIZE, filmsIndexPages } from '../../shared/site';
import type { SpoilerLevel } from '../../shared/spoilers/levels';
import { highestLevel } from '../../shared/spoilers/words';
import { filmHref, filmsIndexHref } from '../../shared/urls';
import { essayCountPhrases, type EssayCounts } from './copy';
import { pagerLinks, pageTitle, type PagerLinks } from './pagination';

/** The two orders of the index, each a set of plain pages. */
export type FilmOrder = 'title' | 'year';

const ORDERS: { order: FilmOrder; label: string }[] = [
  { order: 'title', label: 'By title' },
  { order: 'year', label: 'By year' },
];

/** A film as the index lists it. */
export interface FilmIndexItem {
  id: string;
  href: string;
  title: string;
  year: number;
  directors: string;
  counts: EssayCounts;
  /** The counts in words, zeros left out: "2 essays on it and 1 essay that discusses it". */
  essays: string;
  /** The most any essay on the site gives away of the film. */
  highestLevel: SpoilerLevel;
}

/** One page of the films index, ready to lay out. */
export interface FilmsIndexRouteData {
  title: string;
  description: string;
  orders: { href: string; label: string; current: boolean }[];
  films: FilmIndexItem[];
  pager: PagerLinks;
}

/** The pages of one order, for getStaticPaths: 1 to the last, however few films there are. */
export const filmsIndexPageNumbers = (catalogue: Pick<Catalogue, 'films'>) =>
  Array.from({ length: filmsIndexPages(catalogue.films.length) }, (_, index) => index + 1);

/** How a film shows in the index. */
function indexItem(catalogue: Catalogue, film: FilmEntry): FilmIndexItem {
  const about = catalogue.essaysAbout(film.id);
  const discussing = catalogue.essaysDiscussing(film.id);
  const counts = { about: about.length, discussing: discussing.length };
  const levels = [...about, ...discussing].flatMap((essay) =>
    essay.data.films.filter(({ id }) => id === film.id).map(({ spoilers }) => spoilers.level),
  );
  return {
    id: film.id,
    href: filmHref(film.id),
    title: film.data.title,
    year: film.data.year,
    directors: film.data.directors.join(', '),
    counts,
    essays: essayCountPhrases(counts).join(' and ') || 'no essays yet',
    highestLevel: highestLevel(levels),
  };
}

/** Page `page` (1-based) of the films index in `order`. */
export function filmsIndexRouteData({
  catalogue,
  order,
  page,
}: {
  catalogue: Catalogue;
  order: FilmOrder;
  page: number;
}): FilmsIndexRouteData {
  const films = order === 'title' ? catalogue.films : catalogue.filmsByYear;
  const lastPage = filmsIndexPages(films.length);
  return {
    title: pageTitle(`Films${order === 'year' ? ' by year' : ''}`, page, lastPage),
    description: `Every film discussed on the site, with its essays: ${films.length} in all.`,
    orders: ORDERS.map((option) => ({ href: filmsIndexHref(option.order, 1), label: option.label, current: option.order === order })),
    films: films.slice((page - 1) * FILMS_PAGE_SIZE, page * FILMS_PAGE_SIZE).map((film) => indexItem(catalogue, film)),
    pager: pagerLinks(
      page,
      {
        previous: page > 1 ? filmsIndexHref(order, page - 1) : undefined,
        next: page < lastPage ? filmsIndexHref(order, page + 1) : undefined,
      },
      { previous: 'Previous films', next: 'More films' },
    ),
  };
}
