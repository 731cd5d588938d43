/**
 * The collections' loaders: Astro's glob loader, with what its schemas cannot do alone.
 *
 * - The schema sees the text the editor wrote. Astro reads frontmatter and YAML files with js-yaml's
 *   default schema, which takes an unquoted `2025-02-30` for a timestamp and rolls it over to
 *   March 2 before any schema sees it; the loaders read the file again with YAML 1.2's core schema,
 *   which has no timestamps, so every date reaches the schema as written.
 * - An essay's description must not copy its opening paragraph, which lives in the body; a
 *   published essay must not keep the placeholder description that `npm run new` writes.
 *
 * The glob loader skips unchanged files (by digest), so this runs for new and edited files only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob, type Loader, type ParseDataOptions } from 'astro/loaders';
import { descriptionProblem } from '../schemas/essay';
import { isDescriptionPlaceholder } from './scaffold';
import { readFrontmatter, readYaml } from './yaml';

/**
 * Astro's glob loader, with each entry's data read again from its file by `read` before the
 * schema parses it, and `check` run on the result and the file's text.
 */
function globReading(
  options: { pattern: string; base: string },
  read: (text: string) => Record<string, unknown>,
  check?: (data: Record<string, unknown>, text: string) => string | undefined,
): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(entry: ParseDataOptions<TData>): Promise<TData> => {
          if (!entry.filePath) return context.parseData(entry);
          const file = path.relative(process.cwd(), entry.filePath);
          const text = readFileSync(entry.filePath, 'utf8');
          let written: Record<string, unknown>;
          try {
            written = read(text);
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
          const data = await context.parseData({ ...entry, data: written as TData });
          const problem = check?.(data, text);
          if (problem) throw new Error(`${file}: ${problem}`);
          return data;
        },
      }),
  };
}

/** The essays: one MDX file each under `base`; files starting with `_` are left out. */
export function essayLoader(base: string): Loader {
  return globReading({ pattern: '**/[^_]*.mdx', base }, readFrontmatter, (data, mdx) => {
    const description = String(data.description ?? '');
    if (data.draft !== true && isDescriptionPlaceholder(description)) {
      return 'description is still the placeholder that `npm run new` wrote: replace it with one spoiler-free sentence of your own before publishing (a draft may keep it)';
    }
    const problem = descriptionProblem(description, mdx);
    return problem && `description ${problem}`;
  });
}

/** Films and shared sources: one YAML file each under `base`, named by its id; files starting with `_` are left out. */
export function yamlLoader(base: string): Loader {
  return globReading({ pattern: '[^_]*.yaml', base }, readYaml);
}
