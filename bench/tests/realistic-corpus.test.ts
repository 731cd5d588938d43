/** The bench's realistic corpus (bench/realistic-corpus.ts): deterministic, shaped like prose, valid content. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../corpus';
import { densityOf, inventedName, inventedWord, realisticCorpus, zipfSampler, type Density } from '../realistic-corpus';
import { ID_PATTERN } from '../../src/shared/site';

/** About the launch essays': two essays, three notes in 10,500 words, one aside, eleven films. */
const LAUNCH: Density = { essays: 2, words: 10_500, notes: 3, citations: 3, asides: 1, mentions: 9, films: 11 };

describe('densityOf', () => {
  it('counts words of prose, notes, citations, asides, mentions and films', () => {
    const density = densityOf([
      {
        frontmatter: { films: [{ id: 'a' }, { id: 'b' }] },
        body: 'One two [Three](film:a) four.[^n]\n\n<Aside title="x">\n\nInside.\n\n</Aside>\n\n[^n]: [@src, 4] and [@other].',
      },
      { frontmatter: { film: 'a' }, body: '## Head\n\nFive six.' },
    ]);
    expect(density).toEqual({ essays: 2, words: 8, notes: 1, citations: 2, asides: 1, mentions: 1, films: 3 });
  });
});

describe('inventedWord and inventedName', () => {
  it('spell every number as another word', () => {
    const words = Array.from({ length: 50_000 }, (_, n) => inventedWord(n));
    expect(new Set(words).size).toBe(words.length);
  });

  it('give names that no common word spells, and never the same name twice across kinds', () => {
    const names = [1, 2, 3, 6, 7].flatMap((kind) => Array.from({ length: 2_000 }, (_, n) => inventedName(n, kind)));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names.slice(0, 200)) expect(name).toMatch(/^[A-Z][a-z]+(n|r|l|s|th|x) [A-Z][a-z]+(n|r|l|s|th|x)$/);
    expect(inventedWord(12_345)).toMatch(/[aeiou]$/);
  });
});

describe('zipfSampler', () => {
  it('draws low ranks often and high ranks rarely, about as 1 / rank', () => {
    const draw = zipfSampler(10_000, 1, seededRandom(3));
    const counts = new Map<number, number>();
    for (let n = 0; n < 200_000; n++) {
      const rank = draw();
      counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
    const at = (rank: number) => counts.get(rank) ?? 0;
    // (9 + 2.7) / (0 + 2.7) ≈ 4.3
    expect(at(0) / at(9)).toBeGreaterThan(3.5);
    expect(at(0) / at(9)).toBeLessThan(5.2);
    expect(Math.max(...counts.keys())).toBeLessThan(10_000);
    expect(counts.size).toBeGreaterThan(5_000);
  });
});

describe('realisticCorpus', () => {
  const corpus = realisticCorpus(60, LAUNCH, { seed: 4 });
  const filmIds = new Set(corpus.films.map((film) => film.id));
  const sharedIds = new Set(corpus.sources.map((source) => source.id));

  it('is the same corpus for the same seed, and another for another seed', () => {
    expect(realisticCorpus(60, LAUNCH, { seed: 4 })).toEqual(corpus);
    expect(realisticCorpus(60, LAUNCH, { seed: 5 }).essays[0]!.body).not.toBe(corpus.essays[0]!.body);
  });

  it('gives essays, films and sources ids the site accepts, each once', () => {
    const ids = [...corpus.essays.map((essay) => essay.id), ...filmIds, ...sharedIds];
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(new Set(corpus.essays.map((essay) => essay.id)).size).toBe(60);
    expect(filmIds.size).toBe(corpus.films.length);
  });

  it('discusses several films per essay, its subject listed, and mentions only films it lists', () => {
    for (const { frontmatter, body } of corpus.essays) {
      const films = frontmatter.films as Array<{ id: string; spoilers: string; ending?: boolean }>;
      expect(films.length).toBeGreaterThanOrEqual(3);
      expect(films[0]!.id).toBe(frontmatter.subject);
      for (const film of films) {
        expect(filmIds).toContain(film.id);
        if (film.ending) expect(film.spoilers).toBe('major');
      }
      expect(new Set(films.map((film) => film.id)).size).toBe(films.length);
      for (const [, id] of body.matchAll(/\]\(film:([^)]+)\)/g)) expect(films.map((film) => film.id)).toContain(id);
      expect(String(frontmatter.description).length).toBeGreaterThanOrEqual(20);
      expect(String(frontmatter.description).length).toBeLessThanOrEqual(300);
    }
  });

  it('shares a few films among many essays and most among few, and has no film no essay lists', () => {
    const essaysPerFilm = new Map<string, number>();
    for (const { frontmatter } of corpus.essays)
      for (const film of frontmatter.films as Array<{ id: string }>) essaysPerFilm.set(film.id, (essaysPerFilm.get(film.id) ?? 0) + 1);
    const counts = [...essaysPerFilm.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(6);
    expect(counts.filter((count) => count <= 3).length).toBeGreaterThan(counts.length / 2);
    expect(essaysPerFilm.size).toBe(corpus.films.length);
  });

  it('defines every note it marks, cites only sources it lists, and lists only sources it cites', () => {
    for (const { frontmatter, body } of corpus.essays) {
      const marks = [...body.matchAll(/\[\^(\d+)\](?!:)/g)].map((match) => match[1]);
      const defined = [...body.matchAll(/^\[\^(\d+)\]:/gm)].map((match) => match[1]);
      expect(new Set(marks)).toEqual(new Set(defined));
      const listed = (frontmatter.sources as Array<string | { id: string }>).map((source) =>
        typeof source === 'string' ? source : source.id,
      );
      expect(listed.length).toBeGreaterThan(0);
      for (const source of listed) if (typeof source === 'string' && !source.includes('-source-')) expect(sharedIds).toContain(source);
      const cited = new Set([...body.matchAll(/\[@([a-z0-9-]+)/g)].map((match) => match[1]));
      if (marks.length > 0) expect(new Set(listed)).toEqual(cited);
    }
  });

  it('writes every shared source some essay cites, and only those', () => {
    const cited = new Set(corpus.essays.flatMap(({ body }) => [...body.matchAll(/\[@([a-z0-9-]+)/g)].map((match) => match[1]!)));
    for (const id of sharedIds) expect(cited).toContain(id);
  });

  it('has notes and asides at the launch essays’ density per word', () => {
    const words = corpus.essays.reduce((sum, { body }) => sum + body.split(/\s+/).length, 0);
    const notes = corpus.essays.reduce((sum, { body }) => sum + (body.match(/^\[\^\d+\]:/gm)?.length ?? 0), 0);
    const expected = (words * LAUNCH.notes) / LAUNCH.words;
    expect(notes).toBeGreaterThan(expected * 0.6);
    expect(notes).toBeLessThan(expected * 1.4);
    expect(corpus.essays.some(({ body }) => body.includes('<Aside title='))).toBe(true);
  });

  it('has a long tail: most distinct words occur in one or two essays', () => {
    const essaysPerWord = new Map<string, number>();
    for (const { body } of corpus.essays)
      for (const word of new Set(body.toLowerCase().match(/[a-z]+/g))) essaysPerWord.set(word, (essaysPerWord.get(word) ?? 0) + 1);
    const few = [...essaysPerWord.values()].filter((count) => count <= 2).length;
    expect(few / essaysPerWord.size).toBeGreaterThan(0.5);
    expect(essaysPerWord.get('the')).toBe(60);
  });

  it('names, for each essay, someone found in its text and in no other essay, film or source', () => {
    expect(corpus.rareNames).toHaveLength(60);
    const elsewhere = JSON.stringify([corpus.films, corpus.sources]);
    corpus.rareNames.forEach((name, index) => {
      const holders = corpus.essays.filter(({ body }) => body.includes(name));
      expect(holders).toEqual([corpus.essays[index]]);
      expect(elsewhere).not.toContain(name);
    });
  });
});
