/**
 * Citing an essay of this site: the essay as a CSL-JSON item, its citation in each style, and the
 * metadata reference managers read from its head. Only frontmatter goes
 * in (title, authors when credited, dates, where it first appeared, the site, the address), never
 * the essay's text: all of it is spoiler-free.
 */
import { formatPartialDate } from '../content/dates';
import type { PartialDate } from '../schemas/partial-date';
import { SITE_LANGUAGE, SITE_NAME } from '../../shared/site';
import { apaTitle, cslDate, cslName, cslTitle, type CslItem } from './csl';
import { formatEntry, formatNote, type StyleName } from './engine';
import { runsFromHtml, type Run } from './runs';

/** What citing an essay needs, all of it from its frontmatter. */
export interface CitableEssay {
  id: string;
  /** The title as plain text. */
  title: string;
  /** The title as written, with `*…*` around a work's title inside it; `title` when absent. */
  titleMarkup?: string | undefined;
  /** The credited authors, in the byline's order; empty when nobody is named. */
  authors: readonly string[];
  published: PartialDate;
  /** The last substantive revision. */
  updated?: PartialDate | undefined;
  /** Where it first appeared, as the frontmatter's `origin` says it. */
  origin?: string | undefined;
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
    ...(essay.authors.length > 0 ? { author: essay.authors.map(cslName) } : {}),
    'container-title': SITE_NAME,
    issued: cslDate(essay.published)!,
    URL: url,
    language: SITE_LANGUAGE,
  };
}

/** One way of citing the essay: a style's note, bibliography entry or reference, or in-text citation. */
export interface EssayCitation {
  style: StyleName;
  form: 'note' | 'bibliography' | 'in-text';
  label: string;
  runs: Run[];
}

/** "a film site …" where a sentence goes on from "Originally published in": an article is lower case, a name is kept. */
const originPhrase = (origin: string) => origin.replace(/^(An?|The) /, (article) => article.toLowerCase());

/**
 * The sentences Chicago and MLA add after a citation of the essay, in the order the manuals give
 * them: when it was last revised (Chicago only: MLA and APA date the version cited instead), and
 * where it first appeared. The official styles have no variable for either: they follow the
 * engine's citation whole, as sentences of their own, and never edit it.
 */
function afterwords(essay: CitableEssay, style: 'chicago' | 'mla'): Run[] {
  const sentences = [
    ...(style === 'chicago' && essay.updated ? [`Last modified ${formatPartialDate(essay.updated)}.`] : []),
    ...(essay.origin ? [`Originally published in ${originPhrase(essay.origin)}.`] : []),
  ];
  return sentences.map((text) => ({ text: ` ${text}` }));
}

/**
 * The essay as each style wants it titled and dated. The title of a work inside the essay's
 * title is italic in every style (`*…*` in frontmatter); APA writes titles in sentence case, the
 * proper nouns in `names` kept (`apaTitle`). Chicago dates the essay by first publication (a
 * revision is "last modified", after it); MLA and APA by the version the reader cites, the
 * revision when there is one; APA adds the first publication as the original's date, "(Original
 * work published 2025)", when the essay appeared elsewhere first.
 */
function styledItem(item: CslItem, essay: CitableEssay, style: StyleName, names: readonly string[]): CslItem {
  const markup = essay.titleMarkup ?? essay.title;
  if (style === 'chicago') return { ...item, title: cslTitle(markup) };
  const issued = cslDate(essay.updated ?? essay.published)!;
  if (style === 'mla') return { ...item, title: cslTitle(markup), issued };
  const title = apaTitle(markup, names);
  return essay.origin ? { ...item, title, issued, 'original-date': cslDate(essay.published)! } : { ...item, title, issued };
}

/**
 * The item as an in-text citation wants it: APA writes a republished work's two years
 * "(Writer, 1900/1953)" (APA 7, republished works) to tell the editions apart; when both are the same year the
 * pair tells nothing ("2024/2024"), so the original's date is left to the reference entry.
 */
function inTextItem(item: CslItem): CslItem {
  const { 'original-date': original, ...rest } = item;
  return original?.['date-parts'][0][0] === item.issued?.['date-parts'][0][0] ? rest : item;
}

/** The essay's full note in `style`. */
const noteRuns = (style: StyleName, item: CslItem, essay: CitableEssay, names: readonly string[]) =>
  runsFromHtml(formatNote(style, styledItem(item, essay, style, names)));

/**
 * The essay's citations, as "Cite this essay" shows them: Chicago's note and bibliography entry
 * (the house style), the MLA works-cited entry and the APA reference, from the official styles,
 * with the sentences of `afterwords`. `item` is the essay as `essayItem` makes it; `names` are the
 * proper nouns APA's sentence case keeps (`essayTitleNames`).
 */
export function citeEssay(essay: CitableEssay, item: CslItem, names: readonly string[] = []): EssayCitation[] {
  const entry = (style: StyleName) => runsFromHtml(formatEntry(style, styledItem(item, essay, style, names)) ?? '');
  return [
    {
      style: 'chicago',
      form: 'note',
      label: 'Chicago note',
      runs: [...noteRuns('chicago', item, essay, names), ...afterwords(essay, 'chicago')],
    },
    { style: 'chicago', form: 'bibliography', label: 'Chicago bibliography', runs: [...entry('chicago'), ...afterwords(essay, 'chicago')] },
    { style: 'mla', form: 'bibliography', label: 'MLA', runs: [...entry('mla'), ...afterwords(essay, 'mla')] },
    { style: 'apa', form: 'bibliography', label: 'APA', runs: entry('apa') },
  ];
}

/**
 * What the engine is given as the paragraph's number in "Cite this paragraph": a character no
 * title or name contains (Unicode's private use area), which the runs then mark as a slot that the
 * page fills with the number of the paragraph the address points at.
 */
const PARAGRAPH_SLOT = '\uE000';

/** The runs with every `PARAGRAPH_SLOT` made a run of its own, marked as the paragraph's slot. */
function withParagraphSlots(runs: Run[]): Run[] {
  return runs.flatMap((run) =>
    run.text
      .split(PARAGRAPH_SLOT)
      .flatMap((text, index): Run[] => [
        ...(index > 0 ? [{ text: '', slot: 'paragraph' as const }] : []),
        ...(text ? [{ ...run, text }] : []),
      ]),
  );
}

/**
 * One paragraph's citations, as "Cite this paragraph" shows them once the address points at a
 * paragraph: the essay's Chicago note with the paragraph as its pinpoint ("para. 4": CMOS 17 14.22, locators
 * other than pages), and the in-text citations of MLA ("par. 4": MLA 9 ch. 6, works with numbered
 * paragraphs) and APA ("para. 4": APA 7 8.28, works without page numbers). The number is a slot the page fills; the engine places it.
 */
export function citeParagraph(essay: CitableEssay, item: CslItem, names: readonly string[] = []): EssayCitation[] {
  const locator = { label: 'paragraph', locator: PARAGRAPH_SLOT } as const;
  const pinpointed = (style: StyleName) =>
    withParagraphSlots(runsFromHtml(formatNote(style, inTextItem(styledItem(item, essay, style, names)), locator)));
  return [
    { style: 'chicago', form: 'note', label: 'Chicago note', runs: [...pinpointed('chicago'), ...afterwords(essay, 'chicago')] },
    { style: 'mla', form: 'in-text', label: 'MLA in text', runs: pinpointed('mla') },
    { style: 'apa', form: 'in-text', label: 'APA in text', runs: pinpointed('apa') },
  ];
}

/**
 * A date as Google Scholar's inclusion guidelines write `citation_publication_date`: "2025/4/3",
 * or the year alone ("2025") when the day is not known; Scholar has no form for a year and a month.
 */
export function scholarDate({ year, month, day }: PartialDate): string {
  return month !== undefined && day !== undefined ? `${year}/${month}/${day}` : String(year);
}

/**
 * Highwire Press `citation_*` meta tags, which Google Scholar asks for and Zotero's Embedded
 * Metadata translator reads: title, the author when credited, the date in Scholar's form, the
 * page's address, the language.
 *
 * No `citation_journal_title`, nor any tag that names a kind of publication
 * (`citation_conference_title`, `citation_book_title`, `citation_inbook_title`,
 * `citation_dissertation_institution`, `citation_technical_report_institution`): the translator
 * takes any of them as the item's type, over everything else, and `citation_journal_title` files
 * an essay as a journal article in a journal named "Long Take". Without them the page's
 * `og:type` "article" and `og:site_name` decide, and the essay is saved as what every download
 * says it is: a post on a website (CSL `post-weblog`, RIS `BLOG`, Zotero's blog post).
 */
export function citationMeta(essay: CitableEssay, url: string): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: essay.title },
    // One tag per author, in the byline's order, as Scholar's inclusion guidelines ask.
    ...essay.authors.map((name) => ({ name: 'citation_author', content: name })),
    { name: 'citation_publication_date', content: scholarDate(essay.published) },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: SITE_LANGUAGE },
  ];
}

/** The `citation_*` tags that make Zotero's Embedded Metadata translator type an item by them (see `citationMeta`). */
export const TYPING_CITATION_TAGS = [
  'citation_journal_title',
  'citation_conference_title',
  'citation_conference',
  'citation_book_title',
  'citation_inbook_title',
  'citation_dissertation_institution',
  'citation_technical_report_institution',
] as const;
