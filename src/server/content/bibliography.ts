/**
 * The site's bibliography from the collections (the model is src/server/citations/works.ts):
 * every work the published essays cite, computed once per production build, and where each
 * essay cites a work, from the essays' compiled frontmatter.
 */
import { getCollection, render } from 'astro:content';
import { collectWorks, ownKey, unlistedMessage, unlistedSharedSources, type Work } from '../citations/works';
import type { CitationPlace } from '../notes/rehype-citation-index';
import { isSharedReference } from '../schemas/source-reference';
import { parseScopes, type Scope } from '../../shared/spoilers/scopes';
import { sourcesHref } from '../../shared/urls';
import { getEssays, getSharedSources, type Essay } from './queries';

export { KIND_HEADINGS } from '../citations/works';

/** A work of the site's bibliography, with the essays (collection entries) that list it. */
export type SiteWork = Work<Essay>;

/** The bibliography: its works in order, and each by its key. */
export interface Bibliography {
  works: SiteWork[];
  byKey: Map<string, SiteWork>;
}

/** Where one essay cites a work: its notes and asides, or nothing more precise than its source list. */
export interface Citing {
  essay: Essay;
  places: CitationPlace[];
}

let cached: Promise<Bibliography> | undefined;

/**
 * The bibliography of the published essays, in the site's order of essays (newest first). A
 * production build computes it once; `astro dev` computes it per page, so that edits show.
 */
export function siteBibliography(): Promise<Bibliography> {
  if (cached && import.meta.env.PROD) return cached;
  cached = (async () => {
    const [shared, published, all] = await Promise.all([getSharedSources(), getEssays(), getCollection('essays')]);
    const unlisted = unlistedSharedSources(shared.keys(), all);
    if (unlisted.length > 0) throw new Error(unlistedMessage(unlisted));
    const works = collectWorks(published, shared);
    return { works, byKey: new Map(works.map((work) => [work.key, work])) };
  })();
  return cached;
}

/** The address of a work's entry in the bibliography. */
export const workEntryHref = (work: Pick<SiteWork, 'key' | 'page'>) => `${sourcesHref(work.page)}#source-${work.key}`;

/** The work an essay's source is in the bibliography, by the essay and the source's id. */
export function workOf(bibliography: Bibliography, essay: Essay, sourceId: string): SiteWork | undefined {
  const shared = essay.data.sources.some((entry) => isSharedReference(entry) && entry.id === sourceId);
  return bibliography.byKey.get(shared ? sourceId : ownKey(essay.id, sourceId));
}

/** Where each essay listing `work` cites it: its notes and asides, from the essay's compiled frontmatter. */
export async function citingOf(work: SiteWork): Promise<Citing[]> {
  return Promise.all(
    work.essays.map(async (essay) => {
      const { remarkPluginFrontmatter } = await render(essay);
      const places = ((remarkPluginFrontmatter.citations ?? []) as CitationPlace[]).filter((place) => place.source === work.source.id);
      return { essay, places };
    }),
  );
}

/** The spoiler scopes of what a page shows of `citing` (asides' titles), for the page's head script. */
export const scopesOfCiting = (citing: readonly Citing[]): Scope[] =>
  parseScopes(citing.flatMap(({ places }) => places.map((place) => place.scopes ?? '')).join(' '));
