/**
 * Downloads for reference managers, written by the build: BibTeX, RIS and CSL-JSON, from CSL-JSON
 * items. citation-js maps the fields (its input plugins, and the tests, read them back); this
 * module writes the files itself, where citation-js's writers break an import: RIS lines are never
 * wrapped (readers join a wrapped line with a space, inside a word) and an `ID` is the whole id
 * (citation-js cuts it to 20 characters); a BibTeX month is the month's macro (`may`) with the day
 * in `day`, as BibTeX styles sort and print them.
 *
 * BibTeX is ASCII with LaTeX escapes, as classic BibTeX expects: "…" becomes "...", curly quotes
 * become LaTeX's; RIS and CSL-JSON are UTF-8 and keep every character.
 *
 * Keys and IDs are the site's own ids (an essay's, a work's: lower case, digits and hyphens,
 * which BibTeX keys allow), stable from build to build.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslDate, CslItem, CslName } from './csl';
import { CREATOR_ROLES } from './source-kinds';

/** The formats, with the file extension and media type each download is served with. */
export const EXPORT_FORMATS = {
  bibtex: { extension: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  csljson: { extension: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** CSL types published on the web with nothing but a site around them: an essay here, a web page. */
const WEB_TYPES: ReadonlySet<string> = new Set(['post-weblog', 'webpage']);

/** BibTeX's month macros, which every style knows and prints in its own language. */
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * What BibTeX's fields cannot say otherwise: BibTeX knows only authors, so a work's creators in
 * another role (a film's directors) are its authors, as its primary creators.
 */
function forBibtex(item: CslItem): CslItem {
  return { ...item, author: primaryCreators(item) };
}

/** A work's primary creators: its authors, or the people of its kind's role (a film's directors). */
const primaryCreators = (item: CslItem) => CREATOR_ROLES.map((role) => item[role]).find((names) => names !== undefined);

/** One BibTeX entry as citation-js maps it: its type, key and fields, each a LaTeX string. */
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/**
 * An entry as the file writes it. A web publication (an essay of this site, a web page) is an
 * `@misc` with its site in `howpublished`, the one field plain.bst and plainnat.bst print for
 * `@misc` (they never print its `publisher`); the date is `year`, `month` as a macro and `day`.
 */
function bibtexEntry(item: CslItem, mapped: BibtexEntry): string {
  const fields: [string, string][] = [];
  const web = WEB_TYPES.has(item.type);
  const parts = item.issued?.['date-parts'][0];
  const month = parts?.[1];
  const day = parts?.[2];
  for (const [field, value] of Object.entries(mapped.properties)) {
    if (field === 'month') continue;
    // citation-js gives an @misc its URL again as `howpublished`; a web publication's is its site.
    if (web && field === 'howpublished') continue;
    fields.push([field, `{${value}}`]);
    if (field === 'year' && month !== undefined) {
      fields.push(['month', BIBTEX_MONTHS[month - 1]!]);
      if (day !== undefined) fields.push(['day', `{${day}}`]);
    }
  }
  if (web && item['container-title']) {
    const site = (
      new Cite([{ id: 'site', type: 'book', title: item['container-title'] }]).format('bibtex', { format: 'object' }) as BibtexEntry[]
    )[0]!;
    fields.push(['howpublished', `{${site.properties.title}}`]);
  }
  const type = web ? 'misc' : mapped.type;
  return `@${type}{${item.id},\n${fields.map(([field, value]) => `\t${field} = ${value},\n`).join('')}}\n`;
}

/** Items as a BibTeX file. */
function bibtexFile(items: readonly CslItem[]): string {
  const mapped = new Cite(items.map((item) => forBibtex(item))).format('bibtex', { format: 'object' }) as BibtexEntry[];
  return items.map((item, index) => bibtexEntry(item, mapped[index]!)).join('\n');
}

/** A CSL name as RIS writes a person: "Family, Given", or the name whole. */
const risName = (name: CslName) => ('literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', '));

/** A CSL date as RIS's `DA`, "2021/5/2/", with empty parts for what is not known ("2021///"), as citation-js writes it. */
function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  return `${year}/${month ?? ''}/${day ?? ''}/`;
}

/**
 * Items as an RIS file: one `TAG  - value` line per value, never wrapped; `ID` the item's whole id;
 * a web page's site in `T2`, which citation-js leaves out for a web page (`ELEC`). The work's
 * people in `AU` and its date in `DA` where citation-js writes neither: a newspaper article's
 * author and day (`NEWS`), a podcast's hosts (for `MPCT` it writes directors only), which
 * Zotero's RIS translator reads from `AU` and `DA` for every type.
 */
function risFile(items: readonly CslItem[]): string {
  const records = new Cite([...items]).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  return records
    .map((record, index) => {
      const item = items[index]!;
      const tags: Record<string, string | string[]> = { ...record, ID: item.id };
      // Stryker disable ConditionalExpression: where citation-js writes T2, AU or DA, it writes them from the same fields in the same form, so ours over its own change nothing.
      if (item['container-title'] && tags.T2 === undefined) tags.T2 = item['container-title'];
      const people = primaryCreators(item);
      if (people && tags.AU === undefined) tags.AU = people.map(risName);
      if (item.issued && tags.DA === undefined) tags.DA = risDate(item.issued);
      // Stryker restore ConditionalExpression
      const { TY, ...rest } = tags;
      const lines = [`TY  - ${String(TY)}`];
      for (const [tag, values] of Object.entries(rest)) for (const value of [values].flat()) lines.push(`${tag}  - ${String(value)}`);
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** `items` in one of the download formats, as the file's text. */
export function exportItems(items: readonly CslItem[], format: ExportFormat): string {
  if (format === 'csljson') return `${JSON.stringify(items, null, 2)}\n`;
  return format === 'bibtex' ? bibtexFile(items) : risFile(items);
}
