/**
 * The site's bibliography as data, from the essays' source lists: one work per shared source and
 * per source an essay writes out, grouped by kind in Chicago's alphabetical order and paged, with
 * the essays that list each. The checks that need every essay at once live here too: the same work
 * written out in two places, and a shared source no essay lists. Pure: the collections are read by
 * src/server/content/bibliography.ts.
 */
import path from 'node:path';
import { citationText, formatCitation, type Run } from './format';
import type { Source } from '../schemas/source';
import { BIBLIOGRAPHY_ORDER, sourceKind, type SourceKind } from './source-kinds';
import { isSharedReference, SHARED_SOURCES, type SourceEntry } from '../schemas/source-reference';
import { SITE_LANGUAGE, SOURCES_PAGE_SIZE } from '../../shared/site';

/** The kinds in the order the bibliography shows them, with their headings (from each kind's record). */
export const KIND_HEADINGS = Object.fromEntries(BIBLIOGRAPHY_ORDER.map((kind) => [kind, sourceKind(kind).heading])) as Record<
  SourceKind,
  string
>;

/** What the bibliography needs of an essay. */
export interface ListingEssay {
  id: string;
  filePath?: string | undefined;
  data: { sources: SourceEntry[] };
}

/** One work in the bibliography. */
export interface Work<E extends ListingEssay = ListingEssay> {
  /** Its id on the site: a shared source's id, or `<essay>--<source>` for a source of one essay's own. */
  key: string;
  source: Source;
  shared: boolean;
  /** The Chicago bibliography entry. */
  entry: Run[];
  /** The essays that list it, in the order they were given. */
  essays: E[];
  /** The bibliography page it is on, from 1. */
  page: number;
}

/** The key of an essay's own source. Ids never hold "--", so keys cannot collide with shared ids. */
export const ownKey = (essayId: string, sourceId: string) => `${essayId}--${sourceId}`;

const normalise = (text: string | undefined) =>
  // Stryker disable next-line StringLiteral: any stand-in for no text is alike on both sides of the comparison
  (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What makes two written-out sources the same work: kind, title, people, container, edition and
 * date, compared without case, accents or punctuation. Another edition or another date is another
 * entry, as in any bibliography.
 */
export function sameWorkKey(source: Source): string {
  return JSON.stringify([
    source.kind,
    normalise(source.title),
    // Stryker disable next-line ArrayDeclaration: any stand-in for no authors is alike on both sides of the comparison
    (source.authors ?? []).map(normalise),
    normalise(source.container),
    normalise(source.edition),
    // Stryker disable next-line StringLiteral: any stand-in for no date is alike on both sides of the comparison
    source.date?.iso ?? '',
  ]);
}

const fileOf = (essay: ListingEssay) => (essay.filePath ? path.normalize(essay.filePath) : `essay "${essay.id}"`);

/**
 * The works `essays` list (in the order given), sorted and paged; throws, with what to fix, when
 * a reference names no shared source or one work is written out in two places.
 */
export function collectWorks<E extends ListingEssay>(
  essays: readonly E[],
  shared: ReadonlyMap<string, Source>,
  pageSize = SOURCES_PAGE_SIZE,
): Work<E>[] {
  const works = new Map<string, Omit<Work<E>, 'entry' | 'page'>>();
  /** Every work written out so far, and the essay that wrote it (none for a shared source's file). */
  const writtenOut = new Map<string, { essay?: E; source: Source }>();
  for (const source of shared.values()) writtenOut.set(sameWorkKey(source), { source });

  for (const essay of essays) {
    for (const entry of essay.data.sources) {
      if (isSharedReference(entry)) {
        const source = shared.get(entry.id);
        if (!source) throw new Error(`${fileOf(essay)}: source "${entry.id}" is not in ${SHARED_SOURCES}`);
        const work = works.get(entry.id) ?? { key: entry.id, source, shared: true, essays: [] };
        if (!work.essays.includes(essay)) work.essays.push(essay);
        works.set(entry.id, work);
        continue;
      }
      const same = writtenOut.get(sameWorkKey(entry));
      if (same && !same.essay) {
        throw new Error(
          `${fileOf(essay)}: source "${entry.id}" is the shared source ${SHARED_SOURCES}/${same.source.id}.yaml written out again: list it by id ("- ${same.source.id}") instead`,
        );
      }
      if (same?.essay && same.essay.id !== essay.id) {
        throw new Error(
          `${fileOf(essay)}: source "${entry.id}" is the same work as source "${same.source.id}" of ${fileOf(same.essay)}: ` +
            `a work cited by several essays is one shared source; move it to ${SHARED_SOURCES}/${same.source.id}.yaml and list it by id in both`,
        );
      }
      writtenOut.set(sameWorkKey(entry), { essay, source: entry });
      const key = ownKey(essay.id, entry.id);
      works.set(key, { key, source: entry, shared: false, essays: [essay] });
    }
  }
  return [...works.values()]
    .map((work) => {
      // Stryker disable next-line StringLiteral: every form but 'note' is the bibliography's entry
      const entry = formatCitation(work.source, 'bibliography');
      return { ...work, entry, page: 0, sortKey: citationText(entry).replace(/^[“"‘'(]+/, '') };
    })
    .sort(
      (a, b) =>
        sourceKind(a.source.kind).order - sourceKind(b.source.kind).order ||
        a.sortKey.localeCompare(b.sortKey, SITE_LANGUAGE) ||
        a.key.localeCompare(b.key),
    )
    .map(({ sortKey: _sortKey, ...work }, index) => ({ ...work, page: Math.floor(index / pageSize) + 1 }));
}

/**
 * The shared sources no essay lists (drafts count: a draft may be the first to cite one). The
 * build stops on them: a file no essay lists is a work the site never cites.
 */
export function unlistedSharedSources(sharedIds: Iterable<string>, essays: readonly ListingEssay[]): string[] {
  const listed = new Set(essays.flatMap((essay) => essay.data.sources.filter(isSharedReference).map((entry) => entry.id)));
  return [...sharedIds].filter((id) => !listed.has(id));
}

/** The error for shared sources no essay lists. */
export function unlistedMessage(ids: readonly string[]): string {
  return (
    `${ids.map((id) => `${SHARED_SOURCES}/${id}.yaml`).join(', ')}: no essay lists ${ids.length === 1 ? 'this shared source' : 'these shared sources'}; ` +
    `list it in an essay's sources, or delete the file (a file named _<id>.yaml stays out of the build)`
  );
}
