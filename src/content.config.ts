import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentFolder, sharedSourceIds, yamlIds } from './server/content/content-dir';
import { checkFilmIds } from './server/content/film-files';
import { essayLoader, yamlLoader } from './server/content/loaders';
import { essaySchema } from './server/schemas/essay';
import { filmSchema } from './server/schemas/film';
import { sharedSourceSchema } from './server/schemas/source';

/**
 * Astro keeps parsed entries between builds and re-parses only edited files, unless this file's
 * text changes: a schema whose output changes (a field added, as `titleMarkup` was) must change
 * this revision, or unchanged entries keep their old shape.
 */
export const SCHEMA_REVISION = 2;

/** Where editors' content lives (CONTENT_DIR): tests and the benchmark point it at generated or fixture content. */
const FILMS_DIR = contentFolder('films');
const SOURCES_DIR = contentFolder('sources');
const today = new Date();

/** Film and shared-source ids are file names; the essay schema checks references against them with a "did you mean". */
const filmIds = yamlIds(FILMS_DIR);
checkFilmIds(filmIds, FILMS_DIR);
const sourceIds = sharedSourceIds();

/** A content folder may have no shared sources at all: then the collection is empty, without a warning. */
const noSources: Loader = { name: 'no-shared-sources', load: async ({ store }) => store.clear() };

const films = defineCollection({
  loader: yamlLoader(FILMS_DIR),
  schema: filmSchema(today),
});

/** Works several essays cite: one YAML file each, named by the id essays cite it by. */
const sources = defineCollection({
  loader: existsSync(SOURCES_DIR) ? yamlLoader(SOURCES_DIR) : noSources,
  schema: sharedSourceSchema(today),
});

const essays = defineCollection({
  loader: essayLoader(contentFolder('essays')),
  schema: essaySchema({ filmIds, sourceIds, today }),
});

export const collections = { films, sources, essays };
