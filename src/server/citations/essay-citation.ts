/**
 * Citing an essay of this site: the essay as a CSL-JSON item, its citation in each style, and the
 * metadata reference managers read from its head. Only frontmatter goes in (title, author when
 * credited, dates, the site, the address), never the essay's text: all of it is spoiler-free.
 */
import type { PartialDate } from '../schemas/partial-date';
import { SITE_LANGUAGE, SITE_NAME } from '../../shared/site';
import { cslDate, cslName, type CslItem } from './csl';
import { formatEntry, STYLES, type StyleName } from './engine';
import { runsFromHtml, type Run } from './runs';

/** What citing an essay needs, all of it from its frontmatter. */
export interface CitableEssay {
  id: string;
  title: string;
  author?: string | undefined;
  published: PartialDate;
}

/**
 * The essay as CSL-JSON: a post on the site (`post-weblog`, which Chicago, MLA and APA write as an
 * online publication's article: title in quotation marks, the site in italics, the date, the URL).
 */
export function essayItem(essay: CitableEssay, url: string): CslItem {
  return {
    id: essay.id,
    type: 'post-weblog',
    title: essay.title,
    ...(essay.author ? { author: [cslName(essay.author)] } : {}),
    'container-title': SITE_NAME,
    issued: cslDate(essay.published)!,
    URL: url,
    language: SITE_LANGUAGE,
  };
}

/** The essay's bibliography entry in each style, as runs: Chicago (the house style), MLA and APA. */
export function citeEssay(item: CslItem): { style: StyleName; label: string; runs: Run[] }[] {
  return (Object.keys(STYLES) as StyleName[]).map((style) => ({
    style,
    label: STYLES[style].label,
    runs: runsFromHtml(formatEntry(style, item) ?? ''),
  }));
}

/**
 * Highwire Press `citation_*` meta tags, which Google Scholar asks for and Zotero's Embedded
 * Metadata translator reads: title, authors when credited, date (`YYYY/MM/DD`, or as much of it as
 * is known), the site as the journal's title, the page's address, the language.
 */
export function citationMeta(essay: CitableEssay, url: string): { name: string; content: string }[] {
  const { year, month, day } = essay.published;
  const date = [year, month, day]
    .filter((part) => part !== undefined)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('/');
  return [
    { name: 'citation_title', content: essay.title },
    ...(essay.author ? [{ name: 'citation_author', content: essay.author }] : []),
    { name: 'citation_publication_date', content: date },
    { name: 'citation_journal_title', content: SITE_NAME },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: SITE_LANGUAGE },
  ];
}
