/**
 * The citation files for reference managers, one per format (.bib, .ris, CSL-JSON): an essay's own
 * (/essays/<id>/citation.<ext>) and the whole bibliography's (/sources/all.<ext>), each keyed by
 * its id on the site. A web page's archived copy is in `archive` and `archive_location`, as Zotero
 * records a Wayback Machine copy.
 */
import { cslItem, isDescribedOnly } from '../citations/csl';
import { essayItem } from '../citations/essay-citation';
import { EXPORT_FORMATS, exportItems, type ExportFormat } from '../citations/exports';
import type { Essay } from '../content/queries';
import type { SiteWork } from '../content/bibliography';
import { absoluteUrl, essayHref } from '../../shared/urls';

/** A file's text and its media type. */
export interface CitationFile {
  body: string;
  type: string;
}

/** Every export format, each with the extension its file takes. */
export const citationFormats = () =>
  (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({ format, extension: EXPORT_FORMATS[format].extension }));

/** An essay's citation in one format. */
export function essayCitationFile({ essay, format, site }: { essay: Essay; format: ExportFormat; site: URL | undefined }): CitationFile {
  const item = essayItem({ id: essay.id, ...essay.data }, absoluteUrl(essayHref(essay.id), site));
  return { body: exportItems([item], format), type: EXPORT_FORMATS[format].type };
}

/**
 * The whole bibliography in one format. A reference that is not a work (an idea, unnamed
 * interviews: a description with nothing to find it by) stays in the essays' notes and out of a
 * researcher's library.
 */
export function bibliographyFile({ works, format }: { works: readonly SiteWork[]; format: ExportFormat }): CitationFile {
  return {
    body: exportItems(
      works.filter((work) => !isDescribedOnly(work.source)).map((work) => cslItem(work.source, work.key)),
      format,
    ),
    type: EXPORT_FORMATS[format].type,
  };
}
