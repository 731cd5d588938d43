/**
 * The collection queries work out the catalogue of essays and films once per build, however many
 * pages ask: at 1,000 essays, sorting the collection again for every essay and film page made the
 * build quadratic. The dev server works it out per request, so an edited essay shows at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const collections = vi.hoisted(() => ({
  calls: 0,
  essays: [] as unknown[],
  films: [] as unknown[],
}));

vi.mock('astro:content', () => ({
  getCollection: async (name: 'essays' | 'films', filter?: (entry: unknown) => boolean) => {
    collections.calls++;
    const entries = name === 'essays' ? collections.essays : collections.films;
    return filter ? entries.filter(filter) : [...entries];
  },
}));

const date = (iso: string) => ({ iso, start: new Date(iso), end: new Date(new Date(iso).getTime() + 86_400_000) });
const essay = (id: string, published: string, films: { id: string; subject: boolean }[]) => ({
  id,
  data: {
    title: id,
    published: date(published),
    draft: false,
    films: films.map((film) => ({ ...film, spoilers: { level: 'none', ending: false } })),
  },
});
const film = (id: string, title: string, year: number) => ({ id, data: { title, year } });

beforeEach(() => {
  vi.resetModules();
  collections.calls = 0;
  collections.films = [film('b', 'Beta', 2001), film('a', 'Alpha', 1999)];
  collections.essays = [
    essay('old', '2020-01-01', [{ id: 'a', subject: true }]),
    essay('new', '2024-01-01', [
      { id: 'b', subject: true },
      { id: 'a', subject: false },
    ]),
  ];
});
afterEach(() => vi.unstubAllEnvs());

describe('in a build', () => {
  beforeEach(() => vi.stubEnv('DEV', false));

  it('reads and sorts the collections once, however many pages ask', async () => {
    const { catalogue } = await import('../../src/server/content/queries');
    const asked = await Promise.all(Array.from({ length: 50 }, () => catalogue()));
    expect(collections.calls).toBe(2); // essays and films, once each
    expect(new Set(asked).size).toBe(1);
  });

  it('lists each film’s essays about it and those that discuss it, newest first', async () => {
    const { catalogue } = await import('../../src/server/content/queries');
    const cat = await catalogue();
    expect(cat.essays.map((entry) => entry.id)).toEqual(['new', 'old']);
    expect(cat.films.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(cat.essaysAbout('a').map((entry) => entry.id)).toEqual(['old']);
    expect(cat.essaysDiscussing('a').map((entry) => entry.id)).toEqual(['new']);
    expect(cat.filmsOf(cat.essays[0]!).map(({ film, subject }) => [film.id, subject])).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });
});

describe('on the dev server', () => {
  beforeEach(() => vi.stubEnv('DEV', true));

  it('reads the collections afresh for each request, so an edit shows at once', async () => {
    const { catalogue } = await import('../../src/server/content/queries');
    await catalogue();
    await catalogue();
    expect(collections.calls).toBe(4);
  });
});
