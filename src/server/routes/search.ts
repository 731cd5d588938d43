/**
 * What the search page shows before any script runs: the filters, with the same values the pages
 * give Pagefind (src/components/search/SearchMeta.astro), and which pieces of the films' alias
 * groups exist (the groups are files: src/pages/search-aliases/). Films and
 * directors grow with the archive: they are typed fields (comboboxes once script runs, fed by
 * Pagefind's own filter data: src/client/search/filter-combobox.ts), so the page lists none of them.
 */
import type { FilmEntry } from '../content/queries';
import { aliasGroupsOf, aliasPieces, decadeOf } from '../../shared/search/query';
import { SPOILER_LEVELS } from '../../shared/spoilers/levels';
import { SPOILER_LABELS } from '../../shared/spoilers/words';
import { compareText, LABELS } from '../../shared/site';

/** A filter of the search form: a `<select>` named `name`. */
export interface SearchFilter {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

/** A filter found by typing: a text field named `name`, a combobox once script runs. */
export interface TypedSearchFilter {
  name: string;
  label: string;
  /** A short hint in the empty field. */
  hint: string;
}

/** The search page, ready to lay out. */
export interface SearchRouteData {
  typed: TypedSearchFilter[];
  filters: SearchFilter[];
  /**
   * Which pieces of the films' alias groups exist (aliasPieces): the groups themselves are fetched
   * by the query's first letters, so the page does not grow with the films.
   */
  aliasPieces: string[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort(compareText);
const options = (values: Iterable<string>) => [...values].map((value) => ({ value, label: value }));

/** The films' alias groups split by first letter, as the search page lists them and src/pages/search-aliases/ writes them. */
export const filmAliasPieces = (films: readonly Pick<FilmEntry, 'data'>[]) => aliasPieces(aliasGroupsOf(films.map((film) => film.data)));

/** The search page's filters and aliases, from the films (by title). */
export function searchRouteData(films: readonly Pick<FilmEntry, 'data'>[]): SearchRouteData {
  return {
    typed: [
      { name: 'film', label: 'Film', hint: 'Type a title' },
      { name: 'director', label: 'Director', hint: 'Type a name' },
    ],
    filters: [
      { name: 'type', label: 'Show', options: options([LABELS.essays, LABELS.films]) },
      { name: 'decade', label: 'Decade', options: options(sorted(films.map((film) => decadeOf(film.data.year)))) },
      { name: 'spoilers', label: 'Spoilers', options: SPOILER_LEVELS.map((value) => ({ value, label: SPOILER_LABELS[value] })) },
    ],
    aliasPieces: [...filmAliasPieces(films).keys()].sort(),
  };
}
