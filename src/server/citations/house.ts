/**
 * The house style: Chicago notes and bibliography as the official CSL style writes them, plus
 * what that style cannot say from CSL-JSON, appended where Chicago puts such elements:
 * - the archived copy of a web page ("archived September 21, 2024, at https://web.archive.org/…"):
 *   CSL has no variable for it;
 * - an access date the style leaves out because the source records no URL (the publisher's
 *   "Retrieved April 3, 2025" survives the URL lost with the seed; with a URL, the style writes it);
 * - the editor's remark (`note`), as a sentence of its own;
 * - an entry for a work Chicago lists in notes but not in a bibliography (an unpublished
 *   interview): the site's source lists show every source, in the same order of elements.
 */
import { formatPartialDate } from '../content/dates';
import type { Source } from '../schemas/source';
import { cslLocator, houseItem, isDescribedOnly } from './csl';
import { formatEntry, formatNote } from './engine';
import { escapeHtml } from './runs';

/** A note's or entry's HTML with `addition` (HTML) before its final full stop. */
function beforeFinalStop(html: string, addition: string): string {
  // A note ends "….", or "…,”" style: “Title.” (the stop inside the quotation marks).
  if (/\.”$/.test(html)) return `${html.slice(0, -2)},” ${addition}.`;
  if (/\.$/.test(html)) return `${html.slice(0, -1)}, ${addition}.`;
  return `${html}, ${addition}.`;
}

const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
const capitalise = (html: string) => html.charAt(0).toUpperCase() + html.slice(1);

/** What the house adds, in order, each as a phrase of a note (lower case, no stop). */
function additions(source: Source): string[] {
  const phrases: string[] = [];
  if (source.accessed && !source.url) phrases.push(`accessed ${formatPartialDate(source.accessed)}`);
  if (source.archiveUrl) {
    phrases.push(`archived${source.archived ? ` ${formatPartialDate(source.archived)},` : ''} at ${link(source.archiveUrl)}`);
  } else if (source.archived) phrases.push(`archived ${formatPartialDate(source.archived)}`);
  return phrases;
}

const withRemark = (html: string, source: Source) => (source.note ? `${html} ${escapeHtml(source.note)}` : html);

/**
 * A description in place of a title is not a dated work: Chicago's "n.d." (no date) would claim
 * an undated publication where the essay names only an idea or a body of interviews.
 */
const withoutNoDate = (html: string, source: Source) =>
  isDescribedOnly(source) ? html.replace(/, n\.d\.$/, '.').replace(/, n\.d\.,/, ',') : html;

/** A complete note citing `source`, at `pinpoint` if given, as HTML. `id` keys the work for the engine. */
export function houseNote(source: Source, pinpoint?: string): string {
  let html = withoutNoDate(formatNote('chicago', houseItem(source, source.id), cslLocator(pinpoint)), source);
  for (const phrase of additions(source)) html = beforeFinalStop(html, phrase);
  return withRemark(html, source);
}

/** A bibliography entry for `source`, as HTML. */
export function houseEntry(source: Source): string {
  let html = formatEntry('chicago', houseItem(source, source.id)) ?? fallbackEntry(source);
  html = withoutNoDate(html, source);
  for (const phrase of additions(source)) html = `${html} ${capitalise(phrase)}.`;
  return withRemark(html, source);
}

/** "Madison, Mikey. Interviews on preparing the role of Ani.": who, then what, as Chicago orders an entry. */
function fallbackEntry(source: Source): string {
  const item = houseItem(source, source.id);
  const first = item.author?.[0] ?? item.director?.[0];
  const who = first ? ('literal' in first ? first.literal : [first.family, first.given].filter(Boolean).join(', ')) : '';
  const what = capitalise(escapeHtml(item.title ?? item.genre ?? ''));
  return who ? `${escapeHtml(who)}. ${what}.` : `${what}.`;
}
