/**
 * What the search page shows before any script runs: the filters, with the same values the pages
 * give Pagefind (src/components/search/SearchMeta.astro), and the films' alias groups.
 */
import type { FilmEntry } from '../content/queries';
import { aliasGroupsOf, decadeOf, filmFilterLabel } from '../../shared/search/query';
import { SPOILER_LEVELS } from '../../shared/spoilers/levels';
import { SPOILER_LABELS } from '../../shared/spoilers/words';
import { compareText, LABELS } from '../../shared/site';

/** A filter of the search form: a `<select>` named `name`. */
export interface SearchFilter {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

/** The search page, ready to lay out. */
export interface SearchRouteData {
  filters: SearchFilter[];
  /** Groups of titles that name one film, for search to treat as one. */
  aliases: string[][];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort(compareText);
const options = (values: Iterable<string>) => [...values].map((value) => ({ value, label: value }));

/** The search page's filters and aliases, from the films (by title). */
export function searchRouteData(films: readonly FilmEntry[]): SearchRouteData {
  return {
    filters: [
      { name: 'type', label: 'Show', options: options([LABELS.essays, LABELS.films]) },
      { name: 'film', label: 'Film', options: options(films.map((film) => filmFilterLabel(film.data))) },
      { name: 'director', label: 'Director', options: options(sorted(films.flatMap((film) => film.data.directors))) },
      { name: 'decade', label: 'Decade', options: options(sorted(films.map((film) => decadeOf(film.data.year)))) },
      { name: 'spoilers', label: 'Spoilers', options: SPOILER_LEVELS.map((value) => ({ value, label: SPOILER_LABELS[value] })) },
    ],
    aliases: aliasGroupsOf(films.map((film) => film.data)),
  };
}
