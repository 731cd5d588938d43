/**
 * An essay's boxed asides get fragment ids from the slugger headings use: any script, a number
 * for a repeat, and never an id a heading or note on the page already has. Builds a copy of
 * tests/fixtures/broken-site (the real pipeline and Aside component) with such an essay.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, copyFixture, type FixtureBuild } from './support';

const ESSAY = `---
title: An Essay With Asides
description: A fixture essay whose asides share titles with each other and with a heading.
film: anora
published: "2025-04"
spoilers:
  level: none
  ending: false
---

A paragraph of prose opens the essay, and a note follows.[^1]

## Aside: Who Is Ani?

<Aside title="Who is Ani?">A first aside.</Aside>

<Aside title="Who is Ani?">A second aside with the same title.</Aside>

<Aside title="Кто такая Аня?">An aside with a title in Cyrillic.</Aside>

[^1]: A note.
`;

describe('asides', () => {
  let build: FixtureBuild;
  let html = '';

  beforeAll(async () => {
    const copy = copyFixture('broken-site');
    try {
      writeFileSync(path.join(copy.root, 'content/essays/broken.mdx'), ESSAY);
      build = await buildFixture(copy.root);
      const index = path.join(copy.root, 'dist', 'index.html');
      html = existsSync(index) ? readFileSync(index, 'utf8') : '';
    } finally {
      copy.remove();
    }
  }, 120_000);

  /** The built page; a failed build fails every test that reads it, with the build's output. */
  const built = () => {
    expect(build.code, build.output).toBe(0);
    return html;
  };
  const ids = () => [...built().matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
  /** The id each aside is labelled by, in order, with its title's text. */
  const asides = () =>
    [
      ...built().matchAll(
        /<aside class="essay-aside" aria-labelledby="([^"]*)">\s*<p class="essay-aside-title" id="([^"]*)"><strong>([^<]*)</g,
      ),
    ].map(([, labelledBy, id, title]) => ({ labelledBy, id, title }));

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
    expect(asides()).toHaveLength(3);
  });

  it('gives every id on the page once', () => {
    const all = ids();
    expect(all).toEqual(expect.arrayContaining(['aside-who-is-ani-1', 'aside-who-is-ani-2']));
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  it('labels each aside by its own title', () => {
    expect(asides()).toHaveLength(3);
    for (const { labelledBy, id } of asides()) expect(labelledBy).toBe(id);
  });

  it('slugs the title as headings are slugged, in any script, numbering a repeat', () => {
    expect(ids()).toContain('aside-who-is-ani');
    expect(asides().map(({ id }) => id)).toEqual(['aside-who-is-ani-1', 'aside-who-is-ani-2', 'aside-кто-такая-аня']);
  });
});
