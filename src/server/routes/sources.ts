/**
 * What the bibliography's pages show: the kinds of work with their counts and first pages (the
 * contents at the top of every page), a page's works grouped by kind with the essays that cite
 * each, the downloads, and the page of a work cited by more essays than its entry names.
 */
import type { Page } from 'astro';
import { coins } from '../citations/coins';
import { EXPORT_FORMATS } from '../citations/exports';
import { KIND_HEADINGS, scopesOfCiting, type Citing, type SiteWork } from '../content/bibliography';
import { citationText } from '../citations/format';
import type { SourceKind } from '../schemas/source';
import { SOURCES_CITING_SHOWN } from '../../shared/site';
import type { Scope } from '../../shared/spoilers/scopes';
import { href, sourcesHref, workHref } from '../../shared/urls';
import { counted } from './copy';
import { pagerLinksOf, pageTitle, type PagerLinks } from './pagination';

/** A kind of work in the contents: its heading, how many works it has and where they start. */
export interface SourcesKind {
  kind: SourceKind;
  count: number;
  page: number;
}

/** The contents of the bibliography: each kind that has works, in the bibliography's order. */
export function sourcesKinds(works: readonly SiteWork[]): SourcesKind[] {
  return (Object.keys(KIND_HEADINGS) as SourceKind[])
    .map((kind) => ({ kind, works: works.filter((work) => work.source.kind === kind) }))
    .filter(({ works }) => works.length > 0)
    .map(({ kind, works }) => ({ kind, count: works.length, page: works[0]!.page }));
}

/** A work as a bibliography page lists it: its entry, COinS and the essays that cite it. */
export interface ListedWork {
  work: SiteWork;
  coins: string;
  /** The essays named under the entry (at most SOURCES_CITING_SHOWN). */
  citing: Citing[];
  total: number;
  /** The work's own page, when more essays cite it than are named. */
  more?: string | undefined;
}

/** A page of the bibliography, ready to lay out. */
export interface SourcesRouteData {
  title: string;
  description: string;
  /** "12 works cited in the essays", before the page's description of the list. */
  total: string;
  /** "; page 2 of 3", or nothing on a bibliography of one page. */
  pageOf: string;
  downloads: { label: string; href: string; file: string }[];
  kinds: (SourcesKind & { href: string; text: string })[];
  groups: { kind: SourceKind; id: string; heading: string; works: ListedWork[] }[];
  empty: boolean;
  pager: PagerLinks;
  /** The spoiler scopes of the asides' titles the page names, for its head script (CitedIn.astro). */
  spoilers: { gate: Scope[]; scopes: Scope[] };
}

/** Where the essays cite a work (`citingOf`: it reads each essay's compiled notes). */
export type CitingOf = (work: SiteWork) => Promise<Citing[]>;

async function listed(work: SiteWork, citingOf: CitingOf): Promise<ListedWork> {
  const citing = await citingOf(work);
  const more = citing.length > SOURCES_CITING_SHOWN;
  return {
    work,
    coins: coins(work.source),
    citing: citing.slice(0, SOURCES_CITING_SHOWN),
    total: citing.length,
    more: more ? workHref(work.key) : undefined,
  };
}

/** One page of the bibliography, from Astro's `paginate` and the contents `sourcesKinds` made. */
export async function sourcesRouteData(page: Page<SiteWork>, kinds: SourcesKind[], citingOf: CitingOf): Promise<SourcesRouteData> {
  const groups = kinds
    .map(({ kind, page: first }) => ({
      kind,
      continued: first < page.currentPage,
      works: page.data.filter((work) => work.source.kind === kind),
    }))
    .filter((group) => group.works.length > 0);
  const listedGroups = await Promise.all(
    groups.map(async ({ kind, continued, works }) => ({
      kind,
      id: `kind-${kind}`,
      heading: `${KIND_HEADINGS[kind]}${continued ? ' (continued)' : ''}`,
      works: await Promise.all(works.map((work) => listed(work, citingOf))),
    })),
  );
  return {
    title: pageTitle('Sources', page.currentPage, page.lastPage),
    description: `Every work the essays cite, by kind and author, with where each essay cites it: ${counted(page.total, { one: 'work', other: 'works' })}.`,
    total: counted(page.total, { one: 'work', other: 'works' }),
    pageOf: page.lastPage > 1 ? `; page ${page.currentPage} of ${page.lastPage}` : '',
    downloads: Object.values(EXPORT_FORMATS).map(({ extension, label }) => ({
      label,
      href: href(`sources/all.${extension}`),
      file: `long-take-sources.${extension}`,
    })),
    kinds: kinds.map((kind) => ({
      ...kind,
      href: `${sourcesHref(kind.page)}#kind-${kind.kind}`,
      text: `${KIND_HEADINGS[kind.kind]} (${kind.count})`,
    })),
    groups: listedGroups,
    empty: page.total === 0,
    pager: pagerLinksOf(page, { previous: 'Previous works', next: 'Next works' }),
    spoilers: { gate: [], scopes: scopesOfCiting(listedGroups.flatMap((group) => group.works.flatMap((work) => work.citing))) },
  };
}

/** The works that have a page of their own: those cited by more essays than their entry names. */
export const worksWithOwnPage = (works: readonly SiteWork[]) => works.filter((work) => work.essays.length > SOURCES_CITING_SHOWN);

/** The page of a work cited by many essays: every essay that cites it, and where. */
export async function workRouteData(work: SiteWork, citingOf: CitingOf) {
  const citing = await citingOf(work);
  return {
    title: `Cited in ${citing.length} essays: ${work.source.title}`,
    heading: `Cited in ${citing.length} essays`,
    description: `Where the essays cite ${citationText(work.entry)}`,
    coins: coins(work.source),
    citing,
    spoilers: { gate: [] as Scope[], scopes: scopesOfCiting(citing) },
  };
}
