/**
 * The check of the citation downloads a build writes, as functions: tests/build/citations.test.ts
 * runs them on the launch build, and tests/build/leak-detector.test.ts on copies with a download
 * corrupted, to show they find it. Each returns what is wrong, one line each; empty is a pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/** The download formats, by file extension: BibTeX, RIS and CSL-JSON. */
export const DOWNLOAD_FORMATS = ['bib', 'ris', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The items citation-js reads from a download, as a reference manager would, or why it cannot. */
function readBack(file: string, format: DownloadFormat): { items: Record<string, unknown>[] } | { problem: string } {
  if (!existsSync(file)) return { problem: `${file} is missing` };
  const content = readFileSync(file, 'utf8');
  try {
    return { items: new Cite(format === 'json' ? JSON.parse(content) : content).data as Record<string, unknown>[] };
  } catch (error) {
    return { problem: `${file} cannot be read back: ${(error as Error).message}` };
  }
}

/**
 * What is wrong with an essay's citation as a download: it must read back as one item with the
 * essay's title (BibTeX spells an ellipsis as three dots) and address.
 */
export function essayDownloadProblems(file: string, format: DownloadFormat, essay: { title: string; url: string }): string[] {
  const read = readBack(file, format);
  if ('problem' in read) return [read.problem];
  if (read.items.length !== 1) return [`${file} holds ${read.items.length} items, not 1`];
  const [item] = read.items;
  const title = format === 'bib' ? essay.title.replace('…', '...') : essay.title;
  const problems: string[] = [];
  if (String(item!.title) !== title) problems.push(`${file} has the title “${String(item!.title)}”, not “${title}”`);
  if (item!.URL !== essay.url) problems.push(`${file} has the address ${String(item!.URL)}, not ${essay.url}`);
  return problems;
}

/** What is wrong with the whole bibliography as a download: it must read back as `works` items. */
export function bibliographyDownloadProblems(file: string, format: DownloadFormat, works: number): string[] {
  const read = readBack(file, format);
  if ('problem' in read) return [read.problem];
  return read.items.length === works ? [] : [`${file} holds ${read.items.length} items, not ${works}`];
}

/**
 * Works in the launch site's whole bibliography: nine sources less the three that only describe
 * (an idea, two bodies of unnamed interviews), which stay out of the downloads.
 */
export const LAUNCH_BIBLIOGRAPHY_WORKS = 6;
