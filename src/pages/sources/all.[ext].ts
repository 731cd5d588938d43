/**
 * The whole bibliography for reference managers: /sources/all.bib, .ris and .json (CSL-JSON), every
 * work the essays cite (src/server/routes/citation-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ExportFormat } from '../../server/citations/exports';
import { siteBibliography } from '../../server/content/bibliography';
import { bibliographyFile, citationFormats } from '../../server/routes/citation-files';

export const getStaticPaths = (() =>
  citationFormats().map(({ format, extension }) => ({ params: { ext: extension }, props: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: ExportFormat }> = async ({ props: { format } }) => {
  const { body, type } = bibliographyFile({ works: (await siteBibliography()).works, format });
  return new Response(body, { headers: { 'Content-Type': type } });
};
