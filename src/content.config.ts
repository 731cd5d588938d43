import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { essayLoader, filmLoader } from './server/content/loaders';
import { essaySchema } from './server/schemas/essay';
import { filmSchema } from './server/schemas/film';

/** Where editors' content lives; tests and the benchmark point it at generated or fixture content. */
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';
const FILMS_DIR = `${CONTENT_DIR}/films`;
const today = new Date();

/** Film ids are file names; the essay schema checks references against them with a "did you mean". */
const filmIds = readdirSync(FILMS_DIR)
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => name.slice(0, -'.yaml'.length));

const films = defineCollection({
  loader: filmLoader(FILMS_DIR),
  schema: filmSchema(today),
});

const essays = defineCollection({
  loader: essayLoader(`${CONTENT_DIR}/essays`),
  schema: essaySchema({ filmIds, today }),
});

export const collections = { films, essays };
