/** The benchmark's seeded corpus generator (bench/corpus.ts): same seed, same corpus, valid content. */
import { describe, expect, it } from 'vitest';
import {
  marksIn,
  readEssayBody,
  seededRandom,
  shapeOf,
  shuffled,
  syntheticEssays,
  syntheticFilms,
  type SourceEssay,
} from '../corpus';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, and others for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('stays in [0, 1) and spreads over it', () => {
    const values = Array.from({ length: 10_000 }, seededRandom(7));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });
});

describe('shuffled', () => {
  it('returns a permutation, deterministically, and leaves its input alone', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    const once = shuffled(items, seededRandom(3));
    expect(once).toEqual(shuffled(items, seededRandom(3)));
    expect(once).not.toEqual(items);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });
});

describe('marksIn', () => {
  it('finds footnote marks, not definitions', () => {
    expect(marksIn('Text.[^a] More[^b-2].\n[^a]: [@x]')).toEqual(['a', 'b-2']);
  });
});

const BODY = [
  'Intro with a mark.[^one]',
  '## First section',
  'A paragraph citing twice.[^two] Again.[^one]',
  '<Aside title="Box" source="boxed">',
  'Inside the box.',
  '</Aside>',
  '### A subsection',
  'Plain paragraph.',
  '[^one]: [@source-a, 12]\n[^two]: A note citing [@source-b].',
].join('\n\n');
const SOURCES = [{ id: 'source-a' }, { id: 'source-b' }, { id: 'boxed' }];

describe('readEssayBody', () => {
  const essay = readEssayBody(BODY, SOURCES);

  it('keeps paragraphs with their marks, headings by level, and leaves components out', () => {
    expect(essay.paragraphs.map((paragraph) => paragraph.marks)).toEqual([['one'], ['two', 'one'], []]);
    expect(essay.sections).toEqual(['First section']);
    expect(essay.subsections).toEqual(['A subsection']);
    expect(essay.paragraphs.some((paragraph) => paragraph.text.includes('Inside the box'))).toBe(false);
  });

  it('splits note definitions that follow one another, with the sources each cites', () => {
    expect([...essay.notes.keys()]).toEqual(['one', 'two']);
    expect(essay.citations.get('one')).toEqual(['source-a']);
    expect(essay.citations.get('two')).toEqual(['source-b']);
  });
});

describe('syntheticEssays', () => {
  const launch: SourceEssay[] = [
    readEssayBody(BODY, SOURCES),
    readEssayBody('Alone.\n\n## Only\n\nAnd more.\n\nAnd more still.', [{ id: 'bibliography' }]),
  ];
  const films = syntheticFilms(3);
  const essays = syntheticEssays(12, launch, films, { seed: 5 });

  it('is the same corpus for the same seed', () => {
    expect(syntheticEssays(12, launch, films, { seed: 5 })).toEqual(essays);
  });

  it('gives every essay its own id, a film that exists and a description the schema accepts', () => {
    expect(new Set(essays.map((essay) => essay.id)).size).toBe(12);
    for (const essay of essays) {
      expect(films.map((film) => film.id)).toContain(essay.frontmatter.film);
      expect(String(essay.frontmatter.description).length).toBeGreaterThanOrEqual(20);
      expect(String(essay.frontmatter.description).length).toBeLessThanOrEqual(300);
    }
  });

  it('takes the shape of a launch essay: its count of sections, subsections and paragraphs', () => {
    for (const [index, essay] of essays.entries()) {
      const shape = shapeOf(launch[index % 2]!);
      const blocks = essay.body
        .trim()
        .split('\n\n')
        .filter((block) => !block.startsWith('[^'));
      expect(blocks.filter((block) => block.startsWith('## ')).length).toBe(shape.sections);
      expect(blocks.filter((block) => block.startsWith('### ')).length).toBe(shape.subsections);
      expect(blocks.filter((block) => !block.startsWith('#')).length).toBe(shape.paragraphs);
      expect(blocks[0]!.startsWith('#')).toBe(false);
    }
  });

  it('keeps every note whose mark it carries, and exactly the sources those notes cite', () => {
    for (const essay of essays) {
      const marks = new Set(marksIn(essay.body));
      const defined = [...essay.body.matchAll(/^\[\^([^\]]+)\]:/gm)].map((match) => match[1]);
      expect(new Set(defined)).toEqual(marks);
      const cited = new Set([...essay.body.matchAll(/\[@([a-z0-9-]+)/g)].map((match) => match[1]));
      const sources = (essay.frontmatter.sources as Array<{ id: string }>).map((source) => source.id);
      if (marks.size > 0) expect(new Set(sources)).toEqual(cited);
      else expect(sources).toEqual(['bibliography']);
    }
  });

  it('varies spoilers, and gives away an ending only at the major level', () => {
    const spoilers = essays.map((essay) => essay.frontmatter.spoilers as { level: string; ending: boolean });
    expect(new Set(spoilers.map((spoiler) => spoiler.level))).toEqual(new Set(['none', 'mild', 'major']));
    for (const spoiler of spoilers) if (spoiler.ending) expect(spoiler.level).toBe('major');
  });

  it('dates essays one a day, backwards from the last date', () => {
    expect(essays.slice(0, 2).map((essay) => essay.frontmatter.published)).toEqual(['2025-06-30', '2025-06-29']);
  });
});
