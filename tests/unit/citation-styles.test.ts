/**
 * The style files the site formats with (src/server/citations/styles/), validated against the CSL
 * 1.0.2 schema (RELAX NG, the schema of the citation-style-language/schema project, as
 * csl-validator-wasm ships it with the rnv validator), and the house style checked against what
 * styles/NOTICE.md says it is: the official Chicago style with its own identity and the house's
 * changes, each marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateStyle } from 'csl-validator-wasm';
import { describe, expect, it } from 'vitest';

const STYLES_DIR = path.join('src', 'server', 'citations', 'styles');
const styleFiles = readdirSync(STYLES_DIR).filter((file) => file.endsWith('.csl'));
const read = (file: string) => readFileSync(path.join(STYLES_DIR, file), 'utf8');
const HOUSE = read('long-take-chicago.csl');

describe('the CSL schema', () => {
  it('finds the three styles', () => {
    expect(styleFiles.sort()).toEqual(['apa.csl', 'long-take-chicago.csl', 'modern-language-association.csl']);
  });

  it.each(styleFiles)('accepts %s', async (file) => {
    expect(await validateStyle(read(file))).toBe('');
  });

  // The validator is the test: a house style that names a variable CSL does not have (an
  // "archived" date, say) or puts an element where the schema allows none must be refused.
  it.each([
    { what: 'a variable CSL does not have', edit: (xml: string) => xml.replace('variable="submitted"', 'variable="archived"') },
    { what: 'an element out of place', edit: (xml: string) => xml.replace('<info>', '<info><layout/>') },
    { what: 'a missing style id', edit: (xml: string) => xml.replace(/<id>[^<]*<\/id>/, '') },
  ])('refuses the house style with $what', async ({ edit }) => {
    const broken = edit(HOUSE);
    expect(broken).not.toBe(HOUSE);
    expect(await validateStyle(broken)).toMatch(/error/);
  });
});

describe('the house style', () => {
  it('has an identity of its own and names the official style it derives from', () => {
    expect(HOUSE).toContain('<id>urn:x-long-take:styles:house-chicago</id>');
    expect(HOUSE).toContain('<title>Long Take house style (Chicago notes and bibliography, 18th edition, with access dates)</title>');
    expect(HOUSE).toContain('<link href="http://www.zotero.org/styles/chicago-notes-bibliography-access-dates" rel="template"/>');
    expect(HOUSE).not.toContain('rel="self"');
  });

  it('keeps the official authors and the CC BY-SA licence, as an adaptation must', () => {
    expect(HOUSE).toContain('<name>Andrew Dunning</name>');
    expect(HOUSE).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
  });

  it('marks each of its changes, and says what they are in its summary', () => {
    const marks = HOUSE.match(/<!-- Long Take: /g) ?? [];
    expect(marks).toHaveLength(20);
    const summary = /<summary>([^<]*)<\/summary>/.exec(HOUSE)?.[1] ?? '';
    for (const change of [
      'access date',
      'archive',
      'n.d.',
      'bibliography lists every item',
      'remark',
      'page range',
      'writer follows its director',
      'version',
      'timecode',
      'podcast',
      'online video',
    ])
      expect(summary).toContain(change);
  });
});
