/**
 * An essay's citation for reference managers, one file per format: /essays/<id>/citation.bib,
 * .ris and .json (CSL-JSON). "Cite this essay" links to them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ExportFormat } from '../../../server/citations/exports';
import { getEssays, type Essay } from '../../../server/content/queries';
import { citationFormats, essayCitationFile } from '../../../server/routes/citation-files';

export const getStaticPaths = (async () =>
  (await getEssays()).flatMap((essay) =>
    citationFormats().map(({ format, extension }) => ({ params: { id: essay.id, ext: extension }, props: { essay, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ essay: Essay; format: ExportFormat }> = ({ props: { essay, format }, site }) => {
  const { body, type } = essayCitationFile({ essay, format, site });
  return new Response(body, { headers: { 'Content-Type': type } });
};
