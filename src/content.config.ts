import { defineCollection } from 'astro:content';
import { checkFilmIds, contentDir, filmIds } from './server/content/film-files';
import { essayLoader, filmLoader } from './server/content/loaders';
import { essaySchema } from './server/schemas/essay';
import { filmSchema } from './server/schemas/film';

/** Where editors' content lives (CONTENT_DIR); tests and the benchmark point it at generated or fixture content. */
const CONTENT_DIR = contentDir();
const FILMS_DIR = `${CONTENT_DIR}/films`;
checkFilmIds(filmIds(FILMS_DIR), FILMS_DIR);
const today = new Date();

const films = defineCollection({
  loader: filmLoader(FILMS_DIR),
  schema: filmSchema(today),
});

const essays = defineCollection({
  loader: essayLoader(`${CONTENT_DIR}/essays`),
  // Film ids are file names: the schema checks the films an essay names against them, with a "did you mean".
  schema: essaySchema({ filmIds: filmIds(FILMS_DIR), today }),
});

export const collections = { films, essays };
