/**
 * An essay's citation for reference managers, one file per format: /essays/<id>/citation.bib,
 * .ris and .json (CSL-JSON). "Cite this essay" links to them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { essayItem } from '../../../server/citations/essay-citation';
import { EXPORT_FORMATS, exportItems, type ExportFormat } from '../../../server/citations/exports';
import { getEssays, type Essay } from '../../../server/content/queries';
import { absoluteUrl, essayHref } from '../../../shared/urls';

export const getStaticPaths = (async () => {
  const essays = await getEssays();
  return essays.flatMap((essay) =>
    (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
      params: { id: essay.id, ext: EXPORT_FORMATS[format].extension },
      props: { essay, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ essay: Essay; format: ExportFormat }> = ({ props: { essay, format }, site }) => {
  const item = essayItem({ id: essay.id, ...essay.data }, absoluteUrl(essayHref(essay.id), site));
  return new Response(exportItems([item], format), { headers: { 'Content-Type': EXPORT_FORMATS[format].type } });
};
