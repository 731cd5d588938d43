/**
 * Downloads for reference managers, written by the build: BibTeX, RIS and CSL-JSON, from CSL-JSON
 * items, through citation-js's own output plugins (so its input plugins, and the tests, read them
 * back). BibTeX is ASCII with LaTeX escapes, as classic BibTeX expects: "…" becomes "...", curly
 * quotes become LaTeX's; RIS and CSL-JSON are UTF-8 and keep every character.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl';
import { CREATOR_ROLES, SOURCE_KINDS, sourceKind } from './source-kinds';

const bibtexConfig = plugins.config.get('@bibtex') as {
  format: { useIdAsLabel: boolean };
  types: { bibtex: { target: Record<string, string> } };
};
// Citation keys are the site's own ids (an essay's, a work's), stable from build to build.
bibtexConfig.format.useIdAsLabel = true;
// Each kind's BibTeX entry type is the one its record declares (citation-js writes @misc for a CSL type it has no entry for).
for (const kind of SOURCE_KINDS) {
  const { types, journalTypes } = sourceKind(kind);
  for (const { csl, bibtex } of journalTypes ? [types, journalTypes] : [types]) bibtexConfig.types.bibtex.target[csl] = bibtex;
}

/** The formats, with the file extension and media type each download is served with. */
export const EXPORT_FORMATS = {
  bibtex: { extension: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  csljson: { extension: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * What BibTeX's fields cannot say otherwise: a web publication's @misc entry has no field for the
 * site, so the site goes in `publisher`, which BibTeX styles print and parsers read back; BibTeX
 * knows only authors, so a work's creators in another role (a film's directors) are its authors,
 * as its primary creators.
 */
function forBibtex(item: CslItem): CslItem {
  const web = item.type === 'post-weblog' || item.type === 'webpage';
  const creators = CREATOR_ROLES.map((role) => item[role]).find((names) => names !== undefined);
  return {
    ...item,
    ...(web && !item.publisher && item['container-title'] ? { publisher: item['container-title'] } : {}),
    ...(creators && !item.author ? { author: creators } : {}),
  };
}

/** `items` in one of the download formats, as the file's text. */
export function exportItems(items: readonly CslItem[], format: ExportFormat): string {
  if (format === 'csljson') return `${JSON.stringify(items, null, 2)}\n`;
  const cite = new Cite(format === 'bibtex' ? items.map((item) => forBibtex(item)) : [...items]);
  return cite.format(format === 'bibtex' ? 'bibtex' : 'ris', { format: 'text' });
}
