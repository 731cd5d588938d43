/**
 * The negative gates can fail: each check of tests/build/spoiler-scopes.test.ts (tests/build/spoiler-scope-checks.ts)
 * and of the citation downloads (tests/build/citation-downloads.ts) runs here on a copy of the real
 * build with one defect put in, and must report it, naming the file. The copy as built passes
 * them, so what they report is the defect.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bibliographyDownloadProblems, essayDownloadProblems, LAUNCH_BIBLIOGRAPHY_WORKS } from './citation-downloads';
import { allLeaks, fragmentsHolding, pagefindText, readSite, SPOILERS } from './spoiler-scope-checks';
import { BUILDS, builtFolder, FIXTURE_BUILD } from './support';

const PASSAGE = SPOILERS[0].phrase;
const PAGE = 'essays/notes-fixture/index.html';

/** Puts `text` into a Pagefind file as Pagefind writes it: its marker, then gzip. */
const pagefindBytes = (text: string) => gzipSync(Buffer.from(`pagefind_dcd${text}`));

describe('the spoiler gate, on a copy of the fixture build with a leak put in', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'leak-detector-'));
    cpSync(builtFolder(FIXTURE_BUILD), copy, { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  /** Each defect: the file it changes and how. */
  const defects: { defect: string; file: (folder: string) => string; edit: (text: string) => string | Buffer }[] = [
    {
      defect: 'a passage’s scope markers dropped',
      file: () => PAGE,
      edit: (html) => html.replaceAll('data-spoiler-scope=', 'data-scope-was='),
    },
    { defect: 'a passage outside its scope', file: () => PAGE, edit: (html) => html.replace('<main', `<p>${PASSAGE}</p><main`) },
    {
      defect: 'a passage in the head, as a description',
      file: () => PAGE,
      edit: (html) => html.replace('</head>', `<meta name="description" content="${PASSAGE}"></head>`),
    },
    { defect: 'a passage in the feed', file: () => 'rss.xml', edit: (xml) => xml.replace('<description>', `<description>${PASSAGE} `) },
    {
      defect: 'a search record of the passage without its scope',
      file: (folder) => fragmentsHolding(readSite(folder), PASSAGE)[0]!,
      edit: (text) => {
        const fragment = JSON.parse(text) as { meta: Record<string, string> };
        delete fragment.meta.scope;
        return pagefindBytes(JSON.stringify(fragment));
      },
    },
    {
      defect: 'a word found only in spoilers in the vocabulary',
      file: (folder) =>
        readSite(folder).files.find((file) => file.startsWith('search-vocabulary/') && file !== 'search-vocabulary/index.json')!,
      edit: (json) => JSON.stringify([...(JSON.parse(json) as string[]), 'zarathustra']),
    },
  ];

  it('finds nothing in the copy as it was built', () => {
    expect(allLeaks(readSite(copy))).toEqual([]);
  });

  it.each(defects)('reports $defect', ({ file, edit }) => {
    const changed = file(copy);
    const target = path.join(copy, changed);
    const original = readFileSync(target);
    const text = changed.startsWith('pagefind/') ? pagefindText(readSite(copy), changed) : original.toString('utf8');
    try {
      writeFileSync(target, edit(text));
      expect(allLeaks(readSite(copy))).toEqual(expect.arrayContaining([expect.stringContaining(changed)]));
    } finally {
      writeFileSync(target, original);
    }
  });
});

describe('the citation downloads’ check, on a copy of the launch build with a download corrupted', () => {
  const essay = { title: 'A Stripping Vision…', url: 'https://example.com/essays/a-stripping-vision/' };
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'download-detector-'));
    const dist = builtFolder(BUILDS[0]!);
    for (const folder of ['essays/a-stripping-vision', 'sources'])
      cpSync(path.join(dist, folder), path.join(copy, folder), { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const defects: { defect: string; file: string; edit: (text: string) => string }[] = [
    {
      defect: 'a BibTeX entry cut short',
      file: 'essays/a-stripping-vision/citation.bib',
      edit: (text) => text.slice(0, text.indexOf(',')),
    },
    {
      defect: 'another address in the RIS file',
      file: 'essays/a-stripping-vision/citation.ris',
      edit: (text) => text.replace('example.com', 'example.org'),
    },
    {
      defect: 'another title in the CSL-JSON',
      file: 'essays/a-stripping-vision/citation.json',
      edit: (text) => text.replace('A Stripping Vision', 'A Vision'),
    },
    {
      defect: 'a work missing from the bibliography’s CSL-JSON',
      file: 'sources/all.json',
      edit: (text) => JSON.stringify((JSON.parse(text) as unknown[]).slice(1)),
    },
    { defect: 'the bibliography’s BibTeX unreadable', file: 'sources/all.bib', edit: () => '' },
  ];

  /** Every problem the checks find in the copy's downloads. */
  const problems = () =>
    (['bib', 'ris', 'json'] as const).flatMap((format) => [
      ...essayDownloadProblems(path.join(copy, 'essays/a-stripping-vision', `citation.${format}`), format, essay),
      ...bibliographyDownloadProblems(path.join(copy, 'sources', `all.${format}`), format, LAUNCH_BIBLIOGRAPHY_WORKS),
    ]);

  it('finds nothing in the copy as it was built', () => {
    expect(problems()).toEqual([]);
  });

  it.each(defects)('reports $defect', ({ file, edit }) => {
    const target = path.join(copy, file);
    const original = readFileSync(target, 'utf8');
    try {
      writeFileSync(target, edit(original));
      expect(problems()).toEqual([expect.stringContaining(file)]);
    } finally {
      writeFileSync(target, original);
    }
  });
});
