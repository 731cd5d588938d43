import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { compareText, SITE_LANGUAGE, VOCABULARY_PATH } from '../../shared/site';
import { vocabularyOf, vocabularyPieces } from '../../shared/search/query';
import { parseScopes } from '../../shared/spoilers/scopes';
import { filmNames } from '../content/film-files';
import { readPageText } from './page-text';

/** Every HTML page of the build, as paths relative to it, sorted, the index's own folder left out. */
function pagesOf(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((page) => !page.startsWith('pagefind/'))
    .sort();
}

/** A page's address as Pagefind gives results: `/essays/x/` for `essays/x/index.html`. */
const urlOf = (page: string) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Builds the Pagefind search index of a built site into `<site>/pagefind/`, and from the same
 * reading of the pages the vocabulary "did you mean" corrects against, split by first letter. Run by the build's last
 * step (src/server/build/finish.ts), after Astro's process has exited, so the index's memory is
 * never added to Astro's.
 *
 * What is indexed is decided in the pages, with Pagefind's attributes: `data-pagefind-body` on an
 * essay's text and a film's facts, `data-pagefind-ignore` on the gate, the contents and controls.
 * Spoiler passages and spoiler notes are left out of their page's record and indexed apart, one
 * record each, carrying their scopes (`scope`, and `scope_label` in words): a reader who has seen
 * the film can still find the essay by its twist, and the search page shows the passage only once
 * consent covers it. The vocabulary holds only text outside every scope, which is safe for anyone.
 * Any indexing error throws.
 */
export async function indexSite(site: string): Promise<{ pages: number; passages: number }> {
  const names = filmNames();
  const inWords = (tokens: string[]) =>
    parseScopes(tokens.join(' '))
      .map((scope) => `${scope.level} spoilers for ${names.get(scope.film)?.title ?? scope.film}`)
      .join(' and ');
  const safeTexts: string[] = [];
  let passages = 0;
  try {
    // One language for the whole site: English stemming also for the Russian names in it.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LANGUAGE });
    if (!index) throw new Error(errors.join('\n'));
    let pages = 0;
    for (const page of pagesOf(site)) {
      const html = readFileSync(path.join(site, page), 'utf8');
      const text = readPageText(html);
      safeTexts.push(text.safeText);
      // Every page goes to Pagefind, which keeps only those marked data-pagefind-body once any is.
      const added = await index.addHTMLFile({ sourcePath: page, content: html });
      if (added.errors.length > 0) throw new Error(`${page}: ${added.errors.join('\n')}`);
      pages++;
      for (const region of text.regions) {
        const record = await index.addCustomRecord({
          url: `${urlOf(page)}${region.id ? `#${region.id}` : ''}`,
          content: region.text,
          language: SITE_LANGUAGE,
          meta: {
            ...text.meta,
            title: text.title,
            scope: region.scopes.join(' '),
            scope_label: inWords(region.scopes),
            passage: 'spoiler',
          },
          filters: { ...text.filters, record: ['passage'] },
          sort: text.sort,
        });
        if (record.errors.length > 0) throw new Error(`${page}#${region.id}: ${record.errors.join('\n')}`);
        passages++;
      }
    }
    if (pages === 0) throw new Error('the build wrote no page: nothing to search');
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // In pieces by first letter: one suggestion fetches a few kilobytes, not every word. The list
    // of pieces (index.json) saves asking for a letter no word starts with.
    const folder = path.join(site, VOCABULARY_PATH);
    mkdirSync(folder, { recursive: true });
    const pieces = vocabularyPieces(vocabularyOf(safeTexts, compareText));
    for (const [key, words] of pieces) writeFileSync(path.join(folder, `${key}.json`), JSON.stringify(words));
    writeFileSync(path.join(folder, 'index.json'), JSON.stringify([...pieces.keys()].sort()));
    return { pages, passages };
  } catch (error) {
    throw new Error(`Pagefind could not index the site: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
