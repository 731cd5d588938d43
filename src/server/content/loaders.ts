/**
 * The collections' loaders: Astro's glob loader, with the checks its schema cannot make because a
 * schema sees only the frontmatter. An essay's description must not copy its opening paragraph,
 * which lives in the body.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { descriptionProblem } from '../schemas/essay';

/** The essays: one MDX file each under `base`; files starting with `_` are left out. */
export function essayLoader(base: string): Loader {
  const loader = glob({ pattern: '**/[^_]*.mdx', base });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const data = await context.parseData(entry);
          const problem = entry.filePath && descriptionProblem(String(data.description ?? ''), readFileSync(entry.filePath, 'utf8'));
          if (problem) throw new Error(`${path.relative(process.cwd(), entry.filePath!)}: description ${problem}`);
          return data;
        },
      }),
  };
}
