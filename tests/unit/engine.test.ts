/**
 * src/server/citations/engine.ts: the citeproc engines, one per style, and what they are set up
 * to do (links for URLs, DOIs and an archived copy), the memo and what formatting costs.
 *
 * Results are kept on disk between runs (./cache.ts), and a result read back would hide a change
 * to the engine's setup: each item here gets an ISBN of its own, which no style prints, so it is
 * new to the cache and the engine formats it.
 */
import { randomInt } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { CslItem } from '../../src/server/citations/csl';
import { formatEntry, formatNote, stats, STYLES } from '../../src/server/citations/engine';
import { runsFromHtml } from '../../src/server/citations/runs';

/** An item no earlier run has formatted: its ISBN is drawn for this run. */
const fresh = (item: Omit<CslItem, 'id'>): CslItem => ({ id: 'fresh', ISBN: `978${randomInt(1e9, 1e10 - 1)}`, ...item });

/**
 * The engine module loaded anew, with no engine built and nothing in memory: what it counts and
 * sets up is then this test's own, whichever tests ran before it.
 */
async function freshEngine() {
  vi.resetModules();
  return import('../../src/server/citations/engine');
}

/** The disk caches a fresh engine module opened, saved as a build saves them when it exits. */
function saveAsAtExit(before: ReadonlySet<unknown>) {
  const added = process.listeners('exit').filter((listener) => !before.has(listener));
  expect(added).toHaveLength(1);
  for (const listener of added) {
    (listener as (code: number) => void)(0);
    process.removeListener('exit', listener);
  }
}

const book: Omit<CslItem, 'id'> = {
  type: 'book',
  title: 'A Book Cited Here',
  author: [{ family: 'Writer', given: 'Sam' }],
  publisher: 'Example Press',
  issued: { 'date-parts': [[2001]] },
};

describe('formatNote', () => {
  it('formats a complete note in each style', () => {
    const item = () => fresh(book);
    expect(formatNote('chicago', item())).toBe('Sam Writer, <i>A Book Cited Here</i> (Example Press, 2001).');
    expect(formatNote('mla', item(), { locator: '12', label: 'page' })).toBe('(Writer 12)');
    expect(formatNote('apa', item(), { locator: '12', label: 'page' })).toBe('(Writer, 2001, p. 12)');
  });

  it('formats each locator of one work apart', () => {
    const item = fresh(book);
    expect(formatNote('chicago', item, { locator: '7', label: 'page' })).toBe(
      'Sam Writer, <i>A Book Cited Here</i> (Example Press, 2001), 7.',
    );
    expect(formatNote('chicago', item, { locator: '9', label: 'page' })).toBe(
      'Sam Writer, <i>A Book Cited Here</i> (Example Press, 2001), 9.',
    );
    expect(formatNote('chicago', item)).toBe('Sam Writer, <i>A Book Cited Here</i> (Example Press, 2001).');
  });

  it('links a URL and a DOI, as the engine is asked to', async () => {
    const { formatNote } = await freshEngine();
    const page = fresh({ type: 'webpage', title: 'A Page', URL: 'https://example.com/page', DOI: '10.1234/a.page' });
    const links = runsFromHtml(formatNote('chicago', page)).filter((run) => run.href);
    expect(links.map((run) => run.href)).toEqual(['https://doi.org/10.1234/a.page']);
    const withoutDoi = fresh({ type: 'webpage', title: 'A Page', URL: 'https://example.com/page' });
    expect(runsFromHtml(formatNote('chicago', withoutDoi)).filter((run) => run.href)).toEqual([
      { text: 'https://example.com/page', href: 'https://example.com/page' },
    ]);
  });

  it('links the archived copy’s address, and only that variable, its characters escaped in the link', () => {
    const address = 'https://web.archive.org/web/2024/https://example.com/?a=1&lt;b&c="d"';
    const page = fresh({ type: 'webpage', title: 'A Page', 'container-title': 'A Site', archive_location: address });
    const runs = runsFromHtml(formatNote('chicago', page));
    expect(runs.filter((run) => run.href)).toEqual([{ text: address, href: address }]);
    expect(runs.map((run) => run.text).join('')).toBe(`“A Page,” A Site, archived at ${address}.`);
  });

  it('escapes a “<” and a “>” of the archived copy’s address in the link', () => {
    const address = 'https://web.archive.org/web/2024/https://example.com/?q=<b>';
    const page = fresh({ type: 'webpage', title: 'A Page', 'container-title': 'A Site', archive_location: address });
    expect(runsFromHtml(formatNote('chicago', page)).filter((run) => run.href)).toEqual([{ text: address, href: address }]);
  });

  it('formats a work once per process, whatever its id: the same work again comes from memory', () => {
    const item = fresh(book);
    const first = formatNote('chicago', item);
    const { formatted, fromMemory } = stats;
    expect(formatNote('chicago', { ...item, id: 'another-essays-id' })).toBe(first);
    expect([stats.formatted, stats.fromMemory]).toEqual([formatted, fromMemory + 1]);
  });

  it('counts what it formats and the time it takes', () => {
    const { formatted, formatMs } = stats;
    const started = performance.now();
    formatNote('chicago', fresh(book));
    const took = performance.now() - started;
    expect(stats.formatted).toBe(formatted + 1);
    expect(stats.formatMs).toBeGreaterThan(formatMs);
    // Part of the time the call took, not a clock reading.
    expect(stats.formatMs - formatMs).toBeLessThanOrEqual(took);
  });

  it('builds one engine per style, on its first citation, and counts the time it took', async () => {
    const engine = await freshEngine();
    const started = performance.now();
    for (const name of Object.keys(STYLES) as (keyof typeof STYLES)[]) {
      engine.formatNote(name, fresh(book));
      expect(engine.stats.engines).toBeGreaterThan(0);
      engine.formatNote(name, fresh(book));
    }
    expect(engine.stats.engines).toBe(3);
    expect(engine.stats.engineMs).toBeGreaterThan(0);
    // Part of the time the calls took, not a clock reading.
    expect(engine.stats.engineMs).toBeLessThanOrEqual(performance.now() - started);
  });

  it('reads back in the next build what one build formatted, and a style’s “no entry” as no entry', async () => {
    const note = fresh(book);
    const letter = fresh({ type: 'personal_communication', title: 'A Letter', author: [{ family: 'Writer', given: 'Sam' }] });
    const listeners = new Set(process.listeners('exit'));
    const first = await freshEngine();
    const written = first.formatNote('chicago', note);
    expect(first.formatEntry('apa', letter)).toBeNull();
    saveAsAtExit(listeners);
    const next = await freshEngine();
    expect(next.formatNote('chicago', note)).toBe(written);
    expect(next.formatEntry('apa', letter)).toBeNull();
    expect(next.stats).toMatchObject({ engines: 0, formatted: 0, fromDisk: 2 });
    // Read from disk once; after that, from memory.
    expect(next.formatNote('chicago', note)).toBe(written);
    expect(next.stats).toMatchObject({ fromDisk: 2, fromMemory: 1 });
    saveAsAtExit(listeners);
  });

  it('keeps each style’s results apart on disk: a work noted in two styles reads back as each wrote it', async () => {
    const item = fresh(book);
    const listeners = new Set(process.listeners('exit'));
    const first = await freshEngine();
    const chicago = first.formatNote('chicago', item);
    const mla = first.formatNote('mla', item);
    expect(chicago).not.toBe(mla);
    saveAsAtExit(listeners);
    const next = await freshEngine();
    expect([next.formatNote('chicago', item), next.formatNote('mla', item)]).toEqual([chicago, mla]);
    expect(next.stats).toMatchObject({ formatted: 0, fromDisk: 2 });
    saveAsAtExit(listeners);
  });
});

describe('formatEntry', () => {
  it('is the entry without its wrapper', () => {
    expect(formatEntry('chicago', fresh(book))).toBe('Writer, Sam. <i>A Book Cited Here</i>. Example Press, 2001.');
    expect(formatEntry('mla', fresh(book))).toBe('Writer, Sam. <i>A Book Cited Here</i>. Example Press, 2001.');
  });

  it('is null when the style lists no entry for the work, again from memory', () => {
    const letter = fresh({ type: 'personal_communication', title: 'A Letter', author: [{ family: 'Writer', given: 'Sam' }] });
    expect(formatEntry('apa', letter)).toBeNull();
    const { fromMemory } = stats;
    expect(formatEntry('apa', letter)).toBeNull();
    expect(stats.fromMemory).toBe(fromMemory + 1);
  });

  it('formats each work of a run as itself, not the one before', () => {
    expect(formatEntry('chicago', fresh({ ...book, title: 'First Book' }))).toBe('Writer, Sam. <i>First Book</i>. Example Press, 2001.');
    expect(formatEntry('chicago', fresh({ ...book, title: 'Second Book' }))).toBe('Writer, Sam. <i>Second Book</i>. Example Press, 2001.');
  });
});
