import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SITE_LANGUAGE } from '../../shared/site';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` as the last step of `astro build`,
 * so the site and its index can never disagree and nobody runs a second command.
 *
 * What is indexed is decided in the pages, with Pagefind's attributes: `data-pagefind-body` on
 * an essay's text and a film's facts (so navigation, footers and listings stay out), and
 * `data-pagefind-ignore` on the gate and the contents. Metadata and filters come from
 * src/components/search/SearchMeta.astro. Any indexing error fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'long-take:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          // One language for the whole site: English stemming also for the Russian names in it.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LANGUAGE });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('no page has data-pagefind-body: nothing to search');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          throw new Error(`Pagefind could not index the site: ${(error as Error).message}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
