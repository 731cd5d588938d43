/**
 * The films as the essay pipeline sees them, read from the content folder's YAML files: the
 * Markdown plugins run while MDX compiles, where the content collections cannot be queried, yet
 * they must check the films an essay names and write their titles. Only what they need is read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolder, folderSnapshot, yamlIds } from './content-dir';
import { readYaml } from './yaml';

/** A film's name as text shows it: title and year. */
export interface FilmName {
  title: string;
  year: number;
}

/**
 * Every film's title and year by id. A file that does not parse, or lacks them, is left out here:
 * the films collection's schema reports it with the file and field.
 */
export function filmNames(folder = contentFolder('films')): Map<string, FilmName> {
  const names = new Map<string, FilmName>();
  for (const id of yamlIds(folder)) {
    try {
      const data = readYaml(readFileSync(path.join(folder, `${id}.yaml`), 'utf8')) as Partial<FilmName> | null;
      if (typeof data?.title === 'string' && typeof data.year === 'number') names.set(id, { title: data.title, year: data.year });
    } catch {
      // Reported by the collection's schema.
    }
  }
  return names;
}

/** Every film's title and year by id, as the folder is now: the dev server never shows a stale title. */
export const filmNamesNow = folderSnapshot('films', (folder) => filmNames(folder));

/** Film ids the films index's own addresses take: /films/by-title/2/, /films/by-year/. */
export const RESERVED_FILM_IDS = ['by-title', 'by-year'];

/** Stops the build on a film file named like one of the index's addresses, which its page would collide with. */
export function checkFilmIds(ids: readonly string[], folder: string) {
  for (const id of ids) {
    if (RESERVED_FILM_IDS.includes(id)) {
      throw new Error(`${folder}/${id}.yaml: "${id}" is the address of the films index's pages: name the file after the film, such as ${id}-film.yaml`);
    }
  }
}
