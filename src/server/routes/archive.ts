/**
 * What a page of the archive shows: every published essay, newest first, ARCHIVE_PAGE_SIZE to a
 * page, with its title, description, the line that counts them and the pager.
 */
import type { Page } from 'astro';
import type { Essay } from '../content/queries';
import { counted } from './copy';
import { pagerLinksOf, pageTitle, type PagerLinks } from './pagination';

/** A page of the archive, ready to lay out. */
export interface ArchiveRouteData {
  title: string;
  description: string;
  /** "3 essays, newest first: 21–23." */
  summary: string;
  essays: Essay[];
  pager: PagerLinks;
}

/** One page of the archive, from Astro's `paginate`. */
export function archiveRouteData(page: Page<Essay>): ArchiveRouteData {
  const { currentPage: current, lastPage: last, total } = page;
  const paged = last > 1;
  return {
    title: pageTitle('All essays', current, last),
    description: `Every essay on the site, newest first: ${total} in all${paged ? `, page ${current} of ${last}` : ''}.`,
    summary: `${counted(total, { one: 'essay', other: 'essays' })}, newest first${paged ? `: ${page.start + 1}–${page.end + 1}` : ''}.`,
    essays: page.data,
    pager: pagerLinksOf(page, { previous: 'Newer essays', next: 'Older essays' }),
  };
}
