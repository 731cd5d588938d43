/**
 * The site sorts in its own language, whatever the build machine's locale. A content folder
 * whose names sort one way in English and another in Swedish (where Å and Ä follow Z) is built
 * with a Swedish locale; films, essays, sources and the vocabulary must come out in English order.
 * (The search page's film and director fields sort in the reader's browser, in the page's language.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroInProject, type FixtureBuild } from './support';

const SWEDISH = { LC_ALL: 'sv_SE.UTF-8', LANG: 'sv_SE.UTF-8' };

const FILMS: Record<string, string> = {
  'zebra-crossing': 'title: Zebra Crossing\nyear: 2001\ndirectors: [Zoe Zetterlund]\nruntime: 90\n',
  angel: 'title: Ängel\nyear: 2002\ndirectors: [Åsa Åberg]\nruntime: 95\n',
};

const essay = (title: string, film: string, text: string) => `---
title: ${title}
description: A fixture essay whose names sort differently in English and in Swedish.
film: ${film}
published: "2025-01"
spoilers:
  level: none
  ending: false
sources:
  - zetterlund
  - aberg
---

${text}
`;

/** Both essays cite both works: shared sources, one file each. */
const SOURCES: Record<string, string> = {
  zetterlund: 'kind: book\nauthors: [Zoe Zetterlund]\ntitle: On Crossings\n',
  aberg: 'kind: book\nauthors: [Kalle Åberg]\ntitle: On Angels\n',
};

const ESSAYS: Record<string, string> = {
  // Both words in the vocabulary's piece for "a": å sorts as a in English, after z in Swedish.
  'zebra-days': essay('Zebra Days', 'zebra-crossing', 'A paragraph that names the azyxword once.'),
  'angel-nights': essay('Ängel Nights', 'angel', 'A paragraph that names the åbyxword once.'),
};

describe('with a Swedish locale on the build machine', () => {
  let root = '';
  let build: FixtureBuild;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'long-take-locale-'));
    for (const [folder, files, ext] of [
      ['films', FILMS, 'yaml'],
      ['sources', SOURCES, 'yaml'],
      ['essays', ESSAYS, 'mdx'],
    ] as const) {
      mkdirSync(path.join(root, 'content', folder), { recursive: true });
      for (const [id, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', folder, `${id}.${ext}`), text);
    }
    build = await astroInProject(['build'], { CONTENT_DIR: path.join(root, 'content'), OUT_DIR: path.join(root, 'dist'), ...SWEDISH });
  }, 180_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const page = (route: string) => readFileSync(path.join(root, 'dist', route), 'utf8');
  /** Where each of `texts` first appears in `html`, which must be in the order given. */
  const expectInOrder = (html: string, texts: string[]) => {
    const at = texts.map((text) => html.indexOf(text));
    expect(
      at.every((index) => index >= 0),
      `all of ${texts.join(', ')}`,
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  };

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('lists films by title in English order', () => {
    expectInOrder(page('films/index.html'), ['Ängel', 'Zebra Crossing']);
  });

  it('lists essays of the same date by title in English order', () => {
    expectInOrder(page('archive/index.html'), ['Ängel Nights', 'Zebra Days']);
  });

  it('lists an essay’s sources by author in English order', () => {
    expectInOrder(page('essays/zebra-days/index.html'), ['Åberg, Kalle', 'Zetterlund, Zoe']);
  });

  it('orders equally frequent words of the vocabulary in English order', () => {
    const words = JSON.parse(page('search-vocabulary/a.json')) as string[];
    expect(words).toContain('azyxword');
    expect(words.indexOf('åbyxword')).toBeLessThan(words.indexOf('azyxword'));
  });
});
