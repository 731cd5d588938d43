/**
 * The formatted citations kept between builds (`src/server/citations/cache.ts`): one JSON file
 * per style signature, read on the first lookup and written at exit, merged with what another
 * build wrote meanwhile. Each test uses a signature of its own and removes its files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { digest, DiskCache } from '../../src/server/citations/cache';

/** Every file of this file's tests starts with it; all are removed after each test. */
const PREFIX = `citation-cache-test-${process.pid}-`;
let count = 0;
/** A signature no other test or build uses. */
const signature = () => `${PREFIX}${(count += 1)}`;
const folder = path.resolve('node_modules', '.cache', 'long-take', 'citations');
const removeFiles = () => {
  for (const file of existsSync(folder) ? readdirSync(folder) : []) {
    if (file.startsWith(PREFIX)) rmSync(path.join(folder, file), { recursive: true, force: true });
  }
};

/** The process's exit listeners before any cache of this file was read. */
let exitListeners: ReadonlySet<unknown>;
const addedExitListeners = () => process.listeners('exit').filter((listener) => !exitListeners.has(listener));
beforeAll(() => {
  exitListeners = new Set(process.listeners('exit'));
});
afterEach(removeFiles);
afterAll(() => {
  // The caches of these tests are not saved when the test process exits.
  for (const listener of addedExitListeners()) process.removeListener('exit', listener);
  removeFiles();
});

const written = (cache: DiskCache) => JSON.parse(readFileSync(cache.file, 'utf8')) as unknown;

describe('digest', () => {
  it('is 32 hex digits that change with any part, and with where the parts divide', () => {
    expect(digest('style', 'item')).toMatch(/^[0-9a-f]{32}$/);
    expect(digest('style', 'item')).toBe(digest('style', 'item'));
    expect(digest('style', 'item')).not.toBe(digest('style', 'item2'));
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
  });
});

describe('DiskCache', () => {
  it('keeps its file in the project’s cache folder, named by the signature', () => {
    const name = signature();
    expect(new DiskCache(name).file).toBe(path.resolve('node_modules', '.cache', 'long-take', 'citations', `${name}.json`));
  });

  it('gives back what was set, and nothing for a key never set', () => {
    const cache = new DiskCache(signature());
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 'one');
    expect(cache.get('a')).toBe('one');
  });

  it('saves what was added, for the next build to read', () => {
    const name = signature();
    const cache = new DiskCache(name);
    cache.set('a', 'one');
    cache.save();
    expect(written(cache)).toEqual({ a: 'one' });
    expect(new DiskCache(name).get('a')).toBe('one');
    // Written, then renamed: no partial file is left beside it.
    expect(readdirSync(path.dirname(cache.file)).filter((file) => file.startsWith(name))).toEqual([`${name}.json`]);
  });

  it('merges what it adds into what another build wrote meanwhile, its own entries winning', () => {
    const cache = new DiskCache(signature());
    cache.set('mine', 'one');
    cache.set('both', 'mine');
    mkdirSync(path.dirname(cache.file), { recursive: true });
    writeFileSync(cache.file, JSON.stringify({ theirs: 'two', both: 'theirs' }));
    cache.save();
    expect(written(cache)).toEqual({ theirs: 'two', mine: 'one', both: 'mine' });
  });

  it('writes nothing when nothing was added, and nothing again once saved', () => {
    const cache = new DiskCache(signature());
    expect(cache.get('a')).toBeUndefined();
    cache.save();
    expect(existsSync(cache.file)).toBe(false);
    cache.set('a', 'one');
    cache.save();
    writeFileSync(cache.file, JSON.stringify({ other: 'build' }));
    cache.save();
    expect(written(cache)).toEqual({ other: 'build' });
  });

  it.each([
    { what: 'is not JSON', text: '{"a": "one"' },
    { what: 'is a number', text: '42' },
    { what: 'is a string', text: '"ab"' },
    { what: 'is null', text: 'null' },
  ])('reads a file that $what as empty, and replaces it when it saves', ({ text }) => {
    const name = signature();
    const cache = new DiskCache(name);
    mkdirSync(path.dirname(cache.file), { recursive: true });
    writeFileSync(cache.file, text);
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 'two');
    cache.save();
    expect(written(cache)).toEqual({ b: 'two' });
  });

  it('never throws when it cannot save: a lost entry only costs its formatting again', () => {
    const blocker = signature();
    mkdirSync(folder, { recursive: true });
    // A file where the cache would need a folder.
    writeFileSync(path.join(folder, blocker), '');
    const cache = new DiskCache(`${blocker}/inner`);
    cache.set('a', 'one');
    expect(() => cache.save()).not.toThrow();
    expect(existsSync(cache.file)).toBe(false);
  });

  it('saves every cache that was read when the process exits', async () => {
    // A fresh module instance: the listener is added by the first cache read in one.
    vi.resetModules();
    const { DiskCache: FreshCache } = await import('../../src/server/citations/cache');
    const before = new Set(addedExitListeners());
    const first = new FreshCache(signature());
    const second = new FreshCache(signature());
    first.set('a', 'one');
    second.set('b', 'two');
    // One listener for all caches.
    const added = addedExitListeners().filter((listener) => !before.has(listener));
    expect(added).toHaveLength(1);
    (added[0] as () => void).call(process);
    expect(written(first)).toEqual({ a: 'one' });
    expect(written(second)).toEqual({ b: 'two' });
  });
});
