/**
 * The whole bibliography for reference managers: /sources/all.bib, .ris and .json (CSL-JSON), every
 * work the essays cite, keyed by its id on the site. A web page's archived copy is in `archive`
 * and `archive_location`, as Zotero records a Wayback Machine copy.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cslItem } from '../../server/citations/csl';
import { EXPORT_FORMATS, exportItems, type ExportFormat } from '../../server/citations/exports';
import { siteBibliography } from '../../server/content/bibliography';

export const getStaticPaths = (() =>
  (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
    params: { ext: EXPORT_FORMATS[format].extension },
    props: { format },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: ExportFormat }> = async ({ props: { format } }) => {
  const { works } = await siteBibliography();
  const items = works.map((work) => cslItem(work.source, work.key));
  return new Response(exportItems(items, format), { headers: { 'Content-Type': EXPORT_FORMATS[format].type } });
};
